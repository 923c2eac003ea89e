/**
 * A candidate's first visit in real Chromium against the built site: home page,
 * a section overview, Ctrl+K search, a result, and the page it leads to.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { browser, server } from '../support/browser-harness';
import type { Page } from 'playwright-core';
import { openSearch } from '../support/browser';

let page: Page;
const consoleErrors: string[] = [];

beforeAll(async () => {
	page = await browser.newPage();
	page.on('console', (msg) => {
		if (msg.type() === 'error') consoleErrors.push(msg.text());
	});
	page.on('pageerror', (error) => consoleErrors.push(error.message));
	page.on('response', (response) => {
		if (response.status() >= 400) consoleErrors.push(`${response.status()} ${response.url()}`);
	});
});

// The tests below are one visit in order, on one page; each step must leave no error behind.
afterEach(() => {
	expect(consoleErrors.splice(0), 'console errors, page errors or failed requests').toEqual([]);
});

describe('a first visit', () => {
	it('opens the home page and goes to a section overview', async () => {
		await page.goto(server.url);
		await expect(page.title()).resolves.toMatch(/Professional Machine Learning Engineer/);
		await page.getByRole('link', { name: 'Section 1: Architecting low-code AI solutions' }).first().click();
		await expect.poll(() => page.getByRole('button', { name: 'Search Ctrl K' }).count()).toBe(1);
		await page.waitForURL(`${server.url}section-1/`);
		await expect(page.locator('h1').textContent()).resolves.toBe('Section 1: Architecting low-code AI solutions');
		await expect(page.locator('#objective-1-1').isVisible()).resolves.toBe(true);
	});

	it('opens search with Ctrl+K, shows results for a term, and lands on the chosen page', async () => {
		const { dialog, input } = await openSearch(page);
		await input.fill('ARIMA_PLUS');
		const firstResult = dialog.locator('.pagefind-ui__result-link').first();
		await firstResult.waitFor({ timeout: 15_000 });
		const href = await firstResult.getAttribute('href');
		expect(href).toMatch(/^\/section-1\/bigquery-ml\//);
		await firstResult.click();
		await page.waitForURL((url) => url.pathname === '/section-1/bigquery-ml/');
		await expect(page.locator('h1').textContent()).resolves.toMatch(/BigQuery ML/);
	});

	it('lists results without the alias metadata that makes former names findable', async () => {
		const { dialog, input } = await openSearch(page);
		await input.fill('feature store');
		const results = dialog.locator('.pagefind-ui__result');
		await results.first().waitFor({ timeout: 15_000 });
		// Screen readers hear the count once it settles, from a live region that persists.
		await expect
			.poll(() => page.locator('[data-search-announcer]').textContent())
			.toMatch(/^\d+ results? for feature store$/);
		await expect(page.locator('[data-search-announcer]').getAttribute('role')).resolves.toBe('status');
		// The aliases are in the result data (a search for a former name relies on them) …
		await expect.poll(() => dialog.locator("[data-pagefind-ui-meta='aliases']").count()).toBeGreaterThan(0);
		// … but a reader sees none of them: no text, no box, no empty tag list.
		try {
			const shown = await dialog.locator('.pagefind-ui__results').innerText();
			expect(shown).not.toMatch(/Aliases:/);
			const boxes = await dialog
				.locator("[data-pagefind-ui-meta='aliases'], .pagefind-ui__result-tags")
				.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height));
			expect(boxes.filter((height) => height > 0)).toEqual([]);
		} finally {
			await page.keyboard.press('Escape');
		}
	});

	it('shows the section, objective and product filters in the search dialog', async () => {
		const { dialog, input } = await openSearch(page);
		await input.fill('model');
		await dialog.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 15_000 });
		const filterNames = await dialog.locator('.pagefind-ui__filter-name').allTextContents();
		expect(filterNames.map((n) => n.trim().toLowerCase())).toEqual(
			expect.arrayContaining(['section', 'objective', 'product'])
		);
		await page.keyboard.press('Escape');
	});

	it('moves focus to the first new result after "Load more results"', async () => {
		const { dialog, input } = await openSearch(page);
		await input.fill('model');
		const results = dialog.locator('.pagefind-ui__result');
		await dialog.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 15_000 });
		const before = await results.count();
		const loadMore = dialog.getByRole('button', { name: 'Load more results' });
		try {
			await loadMore.focus();
			await page.keyboard.press('Enter');
			await expect.poll(() => results.count()).toBeGreaterThan(before);
			const firstNew = results.nth(before).locator('.pagefind-ui__result-link').first();
			await expect.poll(() => firstNew.evaluate((link) => link === document.activeElement)).toBe(true);
			// Pressing it again (Tab back to it) does the same, and focus never falls to <body>.
			if (await loadMore.isVisible()) {
				const shown = await results.count();
				await loadMore.focus();
				await page.keyboard.press('Enter');
				const next = results.nth(shown).locator('.pagefind-ui__result-link').first();
				await expect.poll(() => next.evaluate((link) => link === document.activeElement)).toBe(true);
			}
		} finally {
			await page.keyboard.press('Escape');
		}
	});

	it('narrows a search to the study pages of a June 2026 objective', async () => {
		const { dialog, input } = await openSearch(page);
		await input.fill('metadata');
		const links = dialog.locator('.pagefind-ui__result-link');
		await links.first().waitFor({ timeout: 15_000 });
		const block = dialog.locator('details.pagefind-ui__filter-block', {
			has: page.locator('summary', { hasText: /^June 2026 objective$/ }),
		});
		await block.evaluate((details: HTMLDetailsElement) => (details.open = true));
		// June 2026 objective 2.3 is where 2024-10's 2.3 (experiments) and 5.3 (metadata and lineage) went.
		await block.getByRole('checkbox', { name: /^2\.3 Tracking experiments, metadata and lineage \(\d+\)$/ }).check();
		const pages = () =>
			links.evaluateAll((els) =>
				[...new Set(els.map((el) => new URL((el as HTMLAnchorElement).href).pathname))].sort()
			);
		await expect
			.poll(pages, { timeout: 15_000 })
			.toEqual(['/section-2/experiments/', '/section-5/metadata-and-lineage/']);
		// The dialog keeps its filters: clear this one so that later searches are not narrowed.
		await block.getByRole('checkbox', { name: /^2\.3 Tracking experiments/ }).uncheck();
		await page.keyboard.press('Escape');
	});
});
