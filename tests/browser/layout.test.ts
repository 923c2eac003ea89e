/**
 * Every page reads on a 320 px wide phone without sideways scrolling: wide
 * tables scroll inside their own focusable regions, and code lines wrap, so no
 * code block needs a scroll region at all. A table wrapper is a tab stop only
 * while its table overflows (and always without JavaScript).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { browser, server } from '../support/browser-harness';
import { htmlFiles } from '../support/dist';

const pages = (await htmlFiles())
	.filter((file) => !file.startsWith('o/') && file !== '404.html')
	.map((file) => file.replace(/index\.html$/, ''));

describe('small screens (320 px)', () => {
	let page: Page;
	beforeAll(async () => {
		page = await browser.newPage({ viewport: { width: 320, height: 640 } });
	});
	afterAll(async () => {
		await page?.close();
	});

	it.each(pages)('/%s does not scroll sideways, and its code blocks do not either', async (path) => {
		await page.goto(`${server.url}${path}`);
		expect(await page.evaluate(() => document.documentElement.scrollWidth), 'page width').toBeLessThanOrEqual(320);
		const scrollingCode = await page.evaluate(() =>
			[...document.querySelectorAll<HTMLElement>('.expressive-code pre')]
				.filter((pre) => pre.scrollWidth > pre.clientWidth)
				.map((pre) => pre.textContent!.slice(0, 60))
		);
		expect(scrollingCode, 'code blocks that scroll sideways').toEqual([]);
	});
});

describe('table scroll regions', () => {
	const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
	let context: BrowserContext;
	let page: Page;
	beforeAll(async () => {
		// bypassCSP lets the last test inject axe; the site's own policy is tested in csp-and-privacy.test.ts.
		context = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
		page = await context.newPage();
	});
	afterAll(async () => {
		await context?.close();
	});

	/** Each table wrapper: does it overflow, and is it a focusable, named region? */
	const regions = () =>
		page.locator('.table-scroll').evaluateAll((wrappers) =>
			wrappers.map((w) => ({
				overflows: w.scrollWidth > w.clientWidth,
				focusable: w.getAttribute('tabindex') === '0',
				region: w.getAttribute('role') === 'region' && Boolean(w.getAttribute('aria-label')),
			}))
		);

	it('at 1280 px only the tables that overflow are tab stops, and a resize re-checks them', async () => {
		await page.goto(`${server.url}section-1/bigquery-ml/`);
		await expect.poll(async () => (await regions()).filter((r) => r.focusable !== r.overflows)).toEqual([]);
		const wide = await regions();
		expect(wide.filter((r) => !r.overflows).length, 'tables that fit').toBeGreaterThan(3);
		expect(
			wide.filter((r) => r.focusable && !r.region),
			'focusable but unnamed'
		).toEqual([]);
		expect(
			wide.filter((r) => !r.focusable && r.region),
			'named regions that are not tab stops'
		).toEqual([]);
		await page.setViewportSize({ width: 375, height: 740 });
		await expect.poll(async () => (await regions()).filter((r) => r.focusable !== r.overflows)).toEqual([]);
		expect((await regions()).filter((r) => r.overflows).length).toBeGreaterThan(wide.filter((r) => r.overflows).length);
	});

	it('at 375 px the BigQuery ML model-type table is a focusable region with a name of its own', async () => {
		const table = page.getByRole('region', { name: 'Table: Map the business question to a model type' });
		await expect(table.count()).resolves.toBe(1);
		await expect(table.locator('th').first().textContent()).resolves.toBe('Business question');
		await table.focus();
		await expect(table.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
		const names = await page
			.locator('.table-scroll[role="region"]')
			.evaluateAll((ws) => ws.map((w) => w.getAttribute('aria-label')));
		expect(new Set(names).size).toBe(names.length);
	});

	it('at 375 px every scrollable table is reachable by keyboard, with the script and without it', async () => {
		const scrollableRegionViolations = async () => {
			await page.addScriptTag({ content: axeSource });
			return page.evaluate(async () => {
				// @ts-expect-error axe is injected above
				const result = await window.axe.run(document, {
					runOnly: { type: 'rule', values: ['scrollable-region-focusable'] },
				});
				return result.violations.flatMap((v: { nodes: { target: string[] }[] }) =>
					v.nodes.map((n) => n.target.join(' '))
				);
			});
		};
		expect(await scrollableRegionViolations()).toEqual([]);
		// Without the table script, the HTML's own attributes apply: every wrapper is a named tab stop.
		await page.route(/\/_astro\/table-scroll\.[^/]*\.js$/, (route) =>
			route.fulfill({ contentType: 'text/javascript', body: '' })
		);
		await page.reload();
		expect(await scrollableRegionViolations()).toEqual([]);
		// At 1280 px the tables that fit stay tab stops too: the script really did not run.
		await page.setViewportSize({ width: 1280, height: 900 });
		const plain = await regions();
		expect(plain.some((r) => !r.overflows)).toBe(true);
		expect(plain.every((r) => r.focusable && r.region)).toBe(true);
		await page.unroute(/\/_astro\/table-scroll\.[^/]*\.js$/);
	});
});
