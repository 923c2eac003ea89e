/**
 * Sharing links: heading anchor links (which also copy their address) and permalinks, in Chromium.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { browser, server } from '../support/browser-harness';
import type { BrowserContext, Page } from 'playwright-core';

let context: BrowserContext;
let page: Page;

beforeAll(async () => {
	context = await browser.newContext();
	await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(server.url).origin });
	page = await context.newPage();
});

describe('heading links', () => {
	it('every content heading has one control, its visible anchor link', async () => {
		await page.goto(`${server.url}section-1/bigquery-ml/`);
		const headings = page.locator('.sl-markdown-content :is(h2, h3)[id]');
		const count = await headings.count();
		expect(count).toBeGreaterThan(10);
		expect(await page.locator('.sl-markdown-content .sl-anchor-link').count()).toBe(count);
		// Exactly one focusable control per heading: no second (copy) button beside the link.
		const controls = await page
			.locator('.sl-markdown-content .sl-heading-wrapper')
			.evaluateAll((wrappers) => wrappers.map((w) => w.querySelectorAll('a[href], button').length));
		expect(new Set(controls)).toEqual(new Set([1]));
		const opacity = await page
			.locator('.sl-markdown-content .sl-anchor-link')
			.first()
			.evaluate((el) => getComputedStyle(el).opacity);
		expect(Number(opacity)).toBeGreaterThan(0);
	});

	it('the link follows its fragment, copies the full URL and announces it', async () => {
		const link = page.getByRole('link', { name: 'Link to section “Sources”' });
		await expect(link.getAttribute('href')).resolves.toBe('#sources');
		await link.focus();
		await page.keyboard.press('Enter');
		const expected = `${server.url}section-1/bigquery-ml/#sources`;
		await page.waitForURL(expected);
		await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
		await expect.poll(() => page.locator('[data-copy-link-status]').textContent()).toBe(`Link copied: ${expected}`);
		// Focus stays on the link, where a keyboard user left it.
		await expect.poll(() => link.evaluate((el) => el === document.activeElement)).toBe(true);
	});

	it('overview headings get the same link', async () => {
		await page.goto(`${server.url}section-2/`);
		await expect(page.getByRole('link', { name: /^Link to section “2\.1 / }).count()).resolves.toBe(1);
	});

	it('at 375 px a long heading keeps its link on its last line, never alone on a line of its own', async () => {
		const phone = await browser.newContext({ viewport: { width: 375, height: 800 } });
		const tab = await phone.newPage();
		await tab.goto(`${server.url}section-1/bigquery-ml/`);
		const headings = await tab.locator('.sl-markdown-content .sl-heading-wrapper').evaluateAll((wrappers) =>
			wrappers.map((wrapper) => {
				const heading = wrapper.firstElementChild!;
				const lines = [...heading.getClientRects()];
				const last = lines.at(-1)!;
				const icon = wrapper.querySelector('.sl-anchor-link svg')!.getBoundingClientRect();
				return {
					text: heading.textContent,
					controls: wrapper.querySelectorAll('a[href], button').length,
					lines: lines.length,
					onLastLine: icon.top >= last.top - 1 && icon.bottom <= last.bottom + 1 && icon.left >= last.left,
					inView: icon.right <= document.documentElement.clientWidth,
				};
			})
		);
		await phone.close();
		// The page has headings long enough to wrap at this width, so the check bites.
		expect(headings.filter((h) => h.lines >= 2).length).toBeGreaterThan(2);
		expect(headings.filter((h) => h.controls !== 1 || !h.onLastLine || !h.inView)).toEqual([]);
	});
});

describe('permalinks', () => {
	it('/o/1.1.2/ lands on the BigQuery ML page at the feature-engineering heading', async () => {
		await page.goto(`${server.url}o/1.1.2/`);
		await page.waitForURL(/\/section-1\/bigquery-ml\/#feature-engineering-and-selection-in-bigquery-ml$/);
		await expect(page.locator('#feature-engineering-and-selection-in-bigquery-ml').isVisible()).resolves.toBe(true);
	});

	it('/o/4.2/ lands on the 4.2 study page, and /o/4.2.3/ on its hardware heading', async () => {
		// (Where an objective has no study page yet, its permalink falls back to the section
		// overview; tests/unit/lib.test.ts covers that rule now that every objective has a page.)
		await page.goto(`${server.url}o/4.2/`);
		await page.waitForURL(/\/section-4\/scaling-online-serving\/$/);
		await page.goto(`${server.url}o/4.2.3/`);
		await page.waitForURL(/\/section-4\/scaling-online-serving\/#serving-hardware$/);
		await expect(page.locator('#serving-hardware').isVisible()).resolves.toBe(true);
	});
});
