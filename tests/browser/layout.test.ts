/**
 * Every page reads on a 320 px wide phone without sideways scrolling: wide
 * tables scroll inside their own focusable regions, and code lines wrap, so no
 * code block needs a scroll region at all.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
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
