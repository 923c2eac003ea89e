/**
 * What a browser test file needs: the shared Chromium, the served site, and
 * pages whose console errors, page errors and failed requests are checked after
 * every test (browser-setup.ts), so no test forgets to.
 */
import { inject } from 'vitest';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';

/** The served site: `server.url` is its root URL, ending in `/`. */
export const server = { url: inject('siteUrl') };

/** The shared Chromium, connected once per test file. */
export const browser: Browser = await chromium.connect(inject('chromiumEndpoint'));

export interface TestPage {
	context: BrowserContext;
	page: Page;
	/** Console errors, page errors and failed requests, checked after the test. */
	errors: string[];
	/** Paths requested by the page. */
	requests: string[];
}

export interface OpenPageOptions extends BrowserContextOptions {
	/** Errors this test provokes on purpose (matched against each collected error). */
	expectedErrors?: RegExp[];
}

const opened: { tab: TestPage; expectedErrors: RegExp[] }[] = [];

/** A page in a fresh context (its own localStorage) that records errors and requests. */
export async function openPage({ expectedErrors = [], ...options }: OpenPageOptions = {}): Promise<TestPage> {
	const context = await browser.newContext({ viewport: { width: 1100, height: 900 }, ...options });
	const page = await context.newPage();
	const errors: string[] = [];
	const requests: string[] = [];
	page.on('console', (msg) => {
		if (msg.type() === 'error') errors.push(msg.text());
	});
	page.on('pageerror', (error) => errors.push(error.message));
	page.on('request', (request) => requests.push(new URL(request.url()).pathname));
	page.on('response', (response) => {
		if (response.status() >= 400) errors.push(`${response.status()} ${response.url()}`);
	});
	const tab = { context, page, errors, requests };
	opened.push({ tab, expectedErrors });
	return tab;
}

/** Closes the pages the test opened and returns the errors nobody expected. */
export async function closeOpenedPages(): Promise<string[]> {
	const unexpected: string[] = [];
	for (const { tab, expectedErrors } of opened.splice(0)) {
		await tab.context.close();
		unexpected.push(...tab.errors.filter((error) => !expectedErrors.some((pattern) => pattern.test(error))));
	}
	return unexpected;
}
