/**
 * Every page reads on a 320 px wide phone without sideways scrolling: wide
 * tables scroll inside their own focusable regions, and code lines wrap, so no
 * code block needs a scroll region at all. A scrolled table keeps its first
 * column in view, and the site title survives WCAG text spacing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
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

describe('wide tables on a phone (375 px)', () => {
	it('keep the first column in view while the table scrolls sideways', async () => {
		const { page } = await openPage({ viewport: { width: 375, height: 740 } });
		await page.goto(`${server.url}section-1/bigquery-ml/`);
		const wrapper = page.getByRole('region', {
			name: 'Table: Business question, Learning task, BigQuery ML choice, What to remember',
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
