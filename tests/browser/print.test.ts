/**
 * Printing: section reviews and study pages on A4 and US Letter. Under print
 * emulation at the width of the printed area, the navigation, search and
 * buttons are not shown and nothing is wider than the paper; Chromium's
 * print-to-PDF output has no empty page and, on a review, starts each
 * sub-objective on a new page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { browser, server } from '../support/browser-harness';
import { htmlFiles } from '../support/dist';
import { sections } from '../../src/lib/registry';

const files = await htmlFiles();
const reviews = sections.map((s) => `${s.slug}/review/`);
const studyPages = files
	.filter((file) => /^section-\d\/(?!review\/)[^/]+\/index\.html$/.test(file))
	.map((file) => file.replace(/index\.html$/, ''));

/**
 * The paper sizes and the width of their printed area in CSS pixels (96 per
 * inch), less the 12 mm side margins of the print stylesheet's @page rule.
 */
const papers = [
	{ format: 'A4', printedWidth: Math.floor(((210 - 24) / 25.4) * 96) },
	{ format: 'Letter', printedWidth: Math.floor((8.5 - 24 / 25.4) * 96) },
] as const;

/** Elements a printed page must not show (none of them may be visible). */
const screenOnly = [
	'nav.sidebar',
	'site-search',
	'starlight-theme-select',
	'.right-sidebar-container',
	'mobile-starlight-toc',
	'.pagination-links',
	'.sl-anchor-link',
	'button',
];

async function printLayout(page: Page) {
	return page.evaluate((selectors) => {
		const visible = selectors.flatMap((selector) =>
			[...document.querySelectorAll<HTMLElement>(selector)]
				.filter((el) => el.checkVisibility())
				.map((el) => `${selector}: ${el.outerHTML.slice(0, 80)}`)
		);
		const width = document.documentElement.clientWidth;
		const tooWide = [...document.querySelectorAll<HTMLElement>('main table, main pre, main img, main .review-item')]
			.filter((el) => el.checkVisibility())
			.filter((el) => el.getBoundingClientRect().right > width + 0.5 || el.scrollWidth > el.clientWidth + 1)
			.map((el) => `${el.tagName.toLowerCase()}: ${el.textContent!.replace(/\s+/g, ' ').slice(0, 60)}`);
		return {
			visible,
			tooWide,
			pageWidth: document.documentElement.scrollWidth,
			width,
			counts: selectors.map((s) => document.querySelectorAll(s).length),
		};
	}, screenOnly);
}

describe.each(papers)('printing on $format', ({ format, printedWidth }) => {
	let page: Page;
	beforeAll(async () => {
		page = await browser.newPage({ viewport: { width: printedWidth, height: 1000 } });
		await page.emulateMedia({ media: 'print' });
	});
	afterAll(async () => {
		await page?.close();
	});

	it.each([...reviews, ...studyPages])('/%s hides navigation, search and buttons, and fits the paper', async (path) => {
		// goto waits for the load event, after the page's module scripts (heading links, tables) have run.
		await page.goto(`${server.url}${path}`);
		const layout = await printLayout(page);
		expect(layout.counts[0], 'the page has a sidebar to hide').toBeGreaterThan(0);
		expect(layout.counts[1], 'the page has a search to hide').toBeGreaterThan(0);
		expect(layout.visible, 'screen-only elements shown in print').toEqual([]);
		expect(layout.pageWidth, 'page width').toBeLessThanOrEqual(layout.width);
		expect(layout.tooWide, 'elements wider than the paper or clipped').toEqual([]);
	});

	it.each(reviews)('/%s prints with no empty page and each sub-objective on a new page', async (path) => {
		await page.goto(`${server.url}${path}`);
		const pdf = await page.pdf({ format });
		const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: false });
		const pages = text.map((t) => t.trim());
		expect(pages.filter((t) => t === '').length, 'empty pages').toBe(0);
		const section = sections.find((s) => path.startsWith(`${s.slug}/`))!;
		const starts = section.subObjectives
			.slice(1)
			.map((o) => ({ id: o.id, starts: pages.some((t) => t.startsWith(`${o.id} `)) }));
		expect(
			starts.filter((s) => !s.starts).map((s) => s.id),
			'sub-objectives not at the top of a page'
		).toEqual([]);
	});

	it('prints a study page with no empty page', async () => {
		await page.goto(`${server.url}${studyPages[0]}`);
		const pdf = await page.pdf({ format });
		const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: false });
		expect(text.length).toBeGreaterThan(3);
		expect(text.filter((t) => t.trim() === '').length, 'empty pages').toBe(0);
	});
});
