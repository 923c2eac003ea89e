/**
 * Every page reads on a 320 px wide phone without sideways scrolling: wide
 * tables scroll inside their own focusable regions, and code lines wrap, so no
 * code block needs a scroll region at all. A table wrapper is a tab stop only
 * while its table overflows (and always without JavaScript). A scrolled table
 * keeps its first column in view, and the site title survives WCAG text spacing.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { browser, openPage, server } from '../support/browser-harness';
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
		// No service worker: the last test swaps a script with page.route(), which never sees
		// the requests a worker answers (offline reading is tested in offline.test.ts).
		context = await browser.newContext({
			viewport: { width: 1280, height: 900 },
			bypassCSP: true,
			serviceWorkers: 'block',
		});
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

describe('wide tables on a phone (375 px)', () => {
	it('keep the first column in view while the table scrolls sideways', async () => {
		const { page } = await openPage({ viewport: { width: 375, height: 740 } });
		await page.goto(`${server.url}section-1/bigquery-ml/`);
		const wrapper = page.getByRole('region', {
			name: 'Table: Map the business question to a model type',
		});
		await wrapper.scrollIntoViewIfNeeded();
		const measure = () =>
			wrapper.evaluate((region) => {
				const rows = [...region.querySelectorAll('tr')];
				const row = rows[1]!;
				row.scrollIntoView({ block: 'center' });
				const [first, second] = [...row.cells].map((cell) => cell.getBoundingClientRect());
				const header = rows[0]!.cells[0]!.getBoundingClientRect();
				// What a reader sees at the middle of the first cell: the cell itself, not a column scrolled over it.
				const seen = document.elementFromPoint(first!.left + first!.width / 2, first!.top + 8);
				return {
					scrollLeft: region.scrollLeft,
					overflow: region.scrollWidth - region.clientWidth,
					wrapperLeft: region.getBoundingClientRect().left,
					firstLeft: first!.left,
					secondLeft: second!.left,
					headerLeft: header.left,
					onTop: seen !== null && row.cells[0]!.contains(seen),
				};
			});
		const start = await measure();
		expect(start.overflow, 'the table is wider than the screen').toBeGreaterThan(100);
		await wrapper.evaluate((region) => region.scrollTo({ left: region.scrollWidth }));
		await expect.poll(async () => (await measure()).scrollLeft).toBeGreaterThan(100);
		const end = await measure();
		expect(end.firstLeft, 'first body cell at the left edge').toBeCloseTo(end.wrapperLeft, 0);
		expect(end.headerLeft, 'first header cell at the left edge').toBeCloseTo(end.wrapperLeft, 0);
		expect(end.secondLeft, 'the other columns scrolled').toBeLessThan(start.secondLeft - 100);
		expect(end.onTop, 'the first cell is painted over the columns scrolled under it').toBe(true);
	});
});

describe('text spacing (WCAG 1.4.12) at 320 px', () => {
	it('shows the whole site title', async () => {
		const { page } = await openPage({ viewport: { width: 320, height: 640 } });
		await page.goto(server.url);
		// The overrides a reader's own style sheet applies (a constructed sheet: the site's CSP allows no inline style).
		await page.evaluate(() => {
			const sheet = new CSSStyleSheet();
			sheet.replaceSync(
				'* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }'
			);
			document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
		});
		const title = await page.locator('.site-title').evaluate((link) => {
			const walker = document.createTreeWalker(link, NodeFilter.SHOW_TEXT);
			const glyphs: DOMRect[] = [];
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
				const range = document.createRange();
				range.selectNodeContents(node);
				glyphs.push(...[...range.getClientRects()].map((r) => r.toJSON() as DOMRect));
			}
			const box = (el: Element) => el.getBoundingClientRect();
			return {
				text: link.textContent!.trim(),
				clipped: [link, ...link.querySelectorAll('*'), link.closest('.title-wrapper')!]
					.filter((el) => el.scrollWidth > el.clientWidth || el.scrollHeight > el.clientHeight)
					.map((el) => el.className),
				glyphs,
				wrapper: box(link.closest('.title-wrapper')!).toJSON() as DOMRect,
				header: box(link.closest('header')!).toJSON() as DOMRect,
			};
		});
		expect(title.text).toBe('PMLE Study Guide');
		expect(title.clipped, 'elements that clip the title').toEqual([]);
		for (const glyphs of title.glyphs) {
			expect(glyphs.right, 'text inside its column').toBeLessThanOrEqual(title.wrapper.right);
			expect(glyphs.top, 'text inside the header').toBeGreaterThanOrEqual(title.header.top);
			expect(glyphs.bottom, 'text inside the header').toBeLessThanOrEqual(title.header.bottom);
		}
	});
});
