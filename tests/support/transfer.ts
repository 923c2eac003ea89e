/**
 * Measures what a first visit to a page transfers, as gzip bytes per resource
 * type, by loading it in a fresh Chromium context and compressing every
 * same-origin response body. Shared by the budget test and the benchmark.
 * The service worker's own requests count too (its script and what it
 * precaches on install: listened for on the context, not the page); a URL
 * counts once, as a file the page already loaded comes from the HTTP cache.
 */
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';

export interface Transfer {
	html: number;
	css: number;
	js: number;
	other: number;
	total: number;
	requests: number;
}

function kind(contentType: string, url: string): keyof Omit<Transfer, 'total' | 'requests'> {
	if (contentType.includes('text/html')) return 'html';
	if (contentType.includes('text/css')) return 'css';
	if (contentType.includes('javascript') || url.endsWith('.js')) return 'js';
	return 'other';
}

export async function measureFirstVisit(browser: Browser, url: string): Promise<Transfer> {
	const context = await browser.newContext();
	const page = await context.newPage();
	const origin = new URL(url).origin;
	const pending: Promise<void>[] = [];
	const transfer: Transfer = { html: 0, css: 0, js: 0, other: 0, total: 0, requests: 0 };
	const seen = new Set<string>();
	context.on('response', (response) => {
		if (!response.url().startsWith(origin) || response.status() >= 300) return;
		const key = response.url().replace(/[?&]__WB_REVISION__=\w+/, '');
		if (seen.has(key)) return;
		seen.add(key);
		pending.push(
			response
				.body()
				.then((body) => {
					const bytes = gzipSync(body, { level: 9 }).length;
					transfer[kind(response.headers()['content-type'] ?? '', response.url())] += bytes;
					transfer.total += bytes;
					transfer.requests += 1;
				})
				.catch(() => undefined)
		);
	});
	await page.goto(url, { waitUntil: 'networkidle' });
	// Starlight loads the search UI when the browser is idle: let that happen too.
	await page.waitForTimeout(500);
	await page.waitForLoadState('networkidle');
	// The service worker (registered after load) installs and precaches the app shell.
	await page.evaluate(() => ('serviceWorker' in navigator ? navigator.serviceWorker.ready.then(() => true) : false));
	await page.waitForLoadState('networkidle');
	await Promise.all(pending);
	await context.close();
	return transfer;
}
