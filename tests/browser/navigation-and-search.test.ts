/**
 * A candidate's first visit in real Chromium against the built site: home page,
 * a section overview, Ctrl+K search, a result, and the page it leads to.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, openSearch } from '../support/browser';
import { assertBuilt, distDir } from '../support/dist';
import { serveDist, type RunningServer } from '../support/static-server';

let server: RunningServer;
let browser: Browser;
let page: Page;
const consoleErrors: string[] = [];

beforeAll(async () => {
	assertBuilt();
	server = await serveDist(distDir);
	browser = await launchChromium();
	page = await browser.newPage();
	page.on('console', (msg) => {
		if (msg.type() === 'error') consoleErrors.push(msg.text());
	});
	page.on('pageerror', (error) => consoleErrors.push(error.message));
	page.on('response', (response) => {
		if (response.status() >= 400) consoleErrors.push(`${response.status()} ${response.url()}`);
	});
});

afterAll(async () => {
	await browser?.close();
	await server?.close();
});

describe('a first visit', () => {
	it('opens the home page and goes to a section overview', async () => {
		await page.goto(server.url);
		await expect(page.title()).resolves.toMatch(/Professional Machine Learning Engineer/);
		await page.getByRole('link', { name: 'Section 1: Architecting low-code AI solutions' }).first().click();
		await expect.poll(() => page.getByRole('button', { name: 'Search Ctrl K' }).count()).toBe(1);
		await page.waitForURL(`${server.url}section-1/`);
		await expect(page.locator('h1').textContent()).resolves.toBe('Section 1: Architecting low-code AI solutions');
		await expect(page.locator('#objective-1-1').isVisible()).resolves.toBe(true);
	});

	it('opens search with Ctrl+K, shows results for a term, and lands on the chosen page', async () => {
		const { dialog, input } = await openSearch(page);
		await input.fill('ARIMA_PLUS');
		const firstResult = dialog.locator('.pagefind-ui__result-link').first();
		await firstResult.waitFor({ timeout: 15_000 });
		const href = await firstResult.getAttribute('href');
		expect(href).toMatch(/^\/section-1\/bigquery-ml\//);
		await firstResult.click();
		await page.waitForURL((url) => url.pathname === '/section-1/bigquery-ml/');
		await expect(page.locator('h1').textContent()).resolves.toMatch(/BigQuery ML/);
	});

	it('shows the section, objective and product filters in the search dialog', async () => {
		const { dialog, input } = await openSearch(page);
		await input.fill('model');
		await dialog.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 15_000 });
		const filterNames = await dialog.locator('.pagefind-ui__filter-name').allTextContents();
		expect(filterNames.map((n) => n.trim().toLowerCase())).toEqual(
			expect.arrayContaining(['section', 'objective', 'product'])
		);
		await page.keyboard.press('Escape');
	});

	it('loads nothing from other origins and logs no errors', () => {
		expect(consoleErrors).toEqual([]);
	});
});
