/**
 * Every page reads on a 320 px wide phone without sideways scrolling (wide
 * tables and code scroll inside their own focusable regions instead).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/browser';
import { assertBuilt, distDir, htmlFiles } from '../support/dist';
import { serveDist, type RunningServer } from '../support/static-server';

let server: RunningServer;
let browser: Browser;
let pages: string[] = [];

beforeAll(async () => {
	assertBuilt();
	server = await serveDist(distDir);
	browser = await launchChromium();
	pages = (await htmlFiles())
		.filter((file) => !file.startsWith('o/') && file !== '404.html')
		.map((file) => file.replace(/index\.html$/, ''));
});

afterAll(async () => {
	await browser?.close();
	await server?.close();
});

describe('small screens', () => {
	it('no page scrolls sideways at 320 px', async () => {
		const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
		const wide: string[] = [];
		for (const path of pages) {
			await page.goto(`${server.url}${path}`);
			const width = await page.evaluate(() => document.documentElement.scrollWidth);
			if (width > 320) wide.push(`/${path} is ${width} px wide`);
		}
		await page.close();
		expect(wide).toEqual([]);
	});
});
