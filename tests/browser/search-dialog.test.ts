/**
 * The search dialog's filters as a reader sees them: on a phone they wait in one
 * collapsed row so the first result shows without scrolling; on a desktop they
 * sit beside the results; and the Product filter lists only the products of the
 * pages found (src/scripts/pagefind-ui.ts, src/styles/custom.css).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, server } from '../support/browser-harness';
import { openSearch } from '../support/browser';
import { products } from '../../src/data/products';

/** Opens search and runs a query once Pagefind has its filters (a search started earlier can miss them). */
async function search(page: Page, query: string) {
	const { dialog, input } = await openSearch(page);
	await input.focus();
	await dialog.locator('.pagefind-ui__filter-block').nth(3).waitFor({ state: 'attached', timeout: 30_000 });
	await input.fill(query);
	await dialog.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 15_000 });
	await expect.poll(() => dialog.locator('.pagefind-ui__message').textContent()).toMatch(/results? for/);
	return dialog;
}

const blocks = (page: Page) =>
	page.locator('#starlight__search .pagefind-ui__filter-block').evaluateAll((details) =>
		details.map((block) => ({
			name: block.querySelector('summary')!.textContent!.trim(),
			open: (block as HTMLDetailsElement).open,
			top: block.getBoundingClientRect().top,
			visible: block.getBoundingClientRect().height > 0,
		}))
	);

describe('search filters', () => {
	it('at 375 px wait collapsed in at most two rows, and the first result shows without scrolling', async () => {
		const { page } = await openPage({ viewport: { width: 375, height: 667 } });
		await page.goto(`${server.url}section-1/`);
		const dialog = await search(page, 'drift');
		const filters = await blocks(page);
		expect(filters.map((f) => f.name).sort()).toEqual(['June 2026 objective', 'Objective', 'Product', 'Section']);
		expect(
			filters.filter((f) => f.open || !f.visible),
			'filters open or hidden'
		).toEqual([]);
		expect(new Set(filters.map((f) => Math.round(f.top))).size, 'rows of filters').toBeLessThanOrEqual(2);
		const first = dialog.locator('.pagefind-ui__result').first();
		const { title, scrolled, viewport } = await first.evaluate((result) => ({
			title: result.querySelector('.pagefind-ui__result-title')!.getBoundingClientRect().toJSON() as DOMRect,
			scrolled: result.closest('.dialog-frame')!.scrollTop,
			viewport: window.innerHeight,
		}));
		expect(scrolled).toBe(0);
		expect(title.top).toBeGreaterThan(0);
		expect(title.bottom, 'first result title inside the viewport').toBeLessThanOrEqual(viewport);
		// Opening one filter gives it the full width, in its place.
		await dialog.locator('.pagefind-ui__filter-name', { hasText: 'Product' }).click();
		const product = dialog.locator('.pagefind-ui__filter-block', { hasText: 'Product' });
		await expect.poll(() => product.evaluate((block) => (block as HTMLDetailsElement).open)).toBe(true);
		const [panelWidth, productWidth] = await product.evaluate((block) => [
			block.parentElement!.getBoundingClientRect().width,
			block.getBoundingClientRect().width,
		]);
		expect(productWidth).toBeCloseTo(panelWidth, 0);
		await expect(product.locator('.pagefind-ui__filter-checkbox').first().isVisible()).resolves.toBe(true);
	});

	it('at 1280 px sit beside the results, and Product lists only the products of the pages found', async () => {
		const { page } = await openPage({ viewport: { width: 1280, height: 800 } });
		await page.goto(`${server.url}section-1/`);
		const dialog = await search(page, 'ARIMA_PLUS');
		const filters = await blocks(page);
		expect(filters.map((f) => f.name).sort()).toEqual(['June 2026 objective', 'Objective', 'Product', 'Section']);
		expect(filters.every((f) => f.visible)).toBe(true);
		const [panel, results] = await Promise.all(
			['.pagefind-ui__filter-panel', '.pagefind-ui__results-area'].map((selector) =>
				dialog.locator(selector).evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect)
			)
		);
		expect(panel!.right, 'filters left of the results').toBeLessThanOrEqual(results!.left);

		await dialog.locator('.pagefind-ui__filter-name', { hasText: 'Product' }).click();
		const labels = dialog
			.locator('.pagefind-ui__filter-block', { hasText: 'Product' })
			.locator('.pagefind-ui__filter-label');
		await expect.poll(() => labels.count()).toBeGreaterThan(0);
		const shown = await labels.allTextContents();
		expect(shown.length, 'products listed').toBeLessThan(products.length / 2);
		expect(
			shown.filter((label) => !/\([1-9]\d*\)$/.test(label.trim())),
			'products with no result'
		).toEqual([]);
		expect(
			shown.map((label) => label.replace(/ \(\d+\)$/, '')),
			'listed by product'
		).toContain('BigQuery ML');

		// Ticking the product with the fewest pages narrows the results to its count.
		const counted = shown.map((label) => ({ label: label.trim(), count: Number(/\((\d+)\)$/.exec(label)![1]) }));
		const narrowest = counted.reduce((a, b) => (b.count < a.count ? b : a));
		await dialog.getByRole('checkbox', { name: narrowest.label, exact: true }).check();
		await expect
			.poll(() => dialog.locator('.pagefind-ui__message').textContent())
			.toBe(`${narrowest.count} result${narrowest.count === 1 ? '' : 's'} for ARIMA_PLUS`);
	});
});
