/**
 * Sharing links: heading anchors and copy-link buttons, and permalinks, in Chromium.
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
	it('every content heading has a visible anchor link and a copy button', async () => {
		await page.goto(`${server.url}section-1/bigquery-ml/`);
		const headings = page.locator('.sl-markdown-content :is(h2, h3)[id]');
		const count = await headings.count();
		expect(count).toBeGreaterThan(10);
		expect(await page.locator('.sl-markdown-content .sl-anchor-link').count()).toBe(count);
		expect(await page.locator('.sl-markdown-content button.copy-link').count()).toBe(count);
		const opacity = await page
			.locator('.sl-markdown-content .sl-anchor-link')
			.first()
			.evaluate((el) => getComputedStyle(el).opacity);
		expect(Number(opacity)).toBeGreaterThan(0);
	});

	it('copies the full URL with the fragment and announces it', async () => {
		const button = page.getByRole('button', { name: 'Copy link to section “Sources”' });
		await button.focus();
		await page.keyboard.press('Enter');
		const expected = `${server.url}section-1/bigquery-ml/#sources`;
		await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
		await expect.poll(() => page.locator('[data-copy-link-status]').textContent()).toBe(`Link copied: ${expected}`);
	});

	it('overview headings get copy buttons too', async () => {
		await page.goto(`${server.url}section-2/`);
		await expect(page.getByRole('button', { name: /Copy link to section “2\.1 / }).count()).resolves.toBe(1);
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
