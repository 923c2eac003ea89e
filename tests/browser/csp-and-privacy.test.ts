/**
 * Content Security Policy and privacy, in Chromium on the built site: a
 * candidate's session (navigation, theme switching, search, copying links,
 * practice questions) raises no CSP violation and requests nothing from any
 * origin but the site's own.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { browser, server } from '../support/browser-harness';
import type { BrowserContext, Page } from 'playwright-core';
import { openSearch } from '../support/browser';

let context: BrowserContext;
let page: Page;
const foreignRequests: string[] = [];
const consoleProblems: string[] = [];

beforeAll(async () => {
	context = await browser.newContext();
	await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(server.url).origin });
	await context.addInitScript(() => {
		const log: string[] = [];
		Object.defineProperty(window, '__cspViolations', { value: log });
		document.addEventListener('securitypolicyviolation', (e) =>
			log.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`)
		);
	});
	const origin = new URL(server.url).origin;
	context.on('request', (request) => {
		const url = request.url();
		if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreignRequests.push(url);
	});
	page = await context.newPage();
	page.on('console', (msg) => {
		if (msg.type() === 'error' || /Content.Security.Policy/i.test(msg.text())) consoleProblems.push(msg.text());
	});
	page.on('pageerror', (error) => consoleProblems.push(error.message));
});

async function violations(): Promise<string[]> {
	return page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
}

// One session in order, on one page; each step must log no error and reach no other origin.
afterEach(() => {
	expect(consoleProblems.splice(0), 'console errors or CSP reports').toEqual([]);
	expect(foreignRequests.splice(0), 'requests to another origin').toEqual([]);
});

describe('a session under the Content Security Policy', () => {
	it('ships a strict policy on every page', async () => {
		await page.goto(server.url);
		const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
		expect(policy).toContain("default-src 'self'");
		expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
		expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
		expect(await violations()).toEqual([]);
	});

	it('navigates and switches themes without violations', async () => {
		await page.goto(`${server.url}section-1/`);
		await page
			.getByRole('link', { name: /BigQuery ML/ })
			.first()
			.click();
		await page.waitForURL(/bigquery-ml/);
		const select = page.locator('starlight-theme-select select').first();
		await select.selectOption('dark');
		await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
		await select.selectOption('light');
		await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
		await page.reload();
		await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
		expect(await violations()).toEqual([]);
	});

	it('copies heading links and code without violations', async () => {
		await page.getByRole('link', { name: 'Link to section “Sources”' }).click();
		await expect.poll(() => page.locator('[data-copy-link-status]').textContent()).toMatch(/^Link copied/);
		await page.locator('.expressive-code .copy button').first().click();
		expect(await violations()).toEqual([]);
	});

	it('searches (WebAssembly and worker) without violations', async () => {
		const { input } = await openSearch(page);
		await input.fill('forecast horizon');
		await page.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 15_000 });
		expect(await page.locator('.pagefind-ui__result-link').count()).toBeGreaterThan(0);
		await page.keyboard.press('Escape');
		expect(await violations()).toEqual([]);
	});

	it('answers practice questions and runs a mock exam without violations', async () => {
		await page.goto(`${server.url}practice/1.1/`);
		const first = page.locator('article.question').first();
		await first.locator('input').first().check();
		await first.getByRole('button', { name: 'Check answer' }).click();
		await expect.poll(() => first.locator('.question-outcome:visible').count()).toBeGreaterThan(0);
		await page.goto(`${server.url}practice/mock-exam/?questions=3&minutes=5`);
		await page.getByRole('button', { name: 'Start the mock exam' }).click();
		await page.locator('.exam-question-title').waitFor();
		await page.getByRole('button', { name: 'Submit exam…' }).click();
		await page.getByRole('dialog', { name: 'Submit the exam?' }).getByRole('button', { name: 'Submit now' }).click();
		await page.locator('[data-exam-result-title]').waitFor({ timeout: 10_000 });
		expect(await violations()).toEqual([]);
	});

	it('reviews flashcards without violations', async () => {
		await page.goto(`${server.url}flashcards/all/`);
		await page.getByRole('button', { name: /^Show answer/ }).click();
		await page.getByRole('button', { name: /^3 Good/ }).click();
		await expect.poll(() => page.locator('[data-status]').textContent()).toMatch(/^Good: /);
		expect(await violations()).toEqual([]);
	});

	it('marks a study page as studied and shows the readiness dashboard with a mock exam without violations', async () => {
		await page.goto(`${server.url}section-1/bigquery-ml/`);
		await page.getByRole('checkbox', { name: 'Mark this page as studied' }).check();
		await expect.poll(() => page.locator('[data-studied-date]').textContent()).toMatch(/^Studied on /);
		await page.goto(`${server.url}practice/readiness/`);
		// The mock exam of an earlier test is in the history: its table needs the question bank.
		await page.locator('[data-exams] table').waitFor();
		await expect
			.poll(() => page.locator('tr[data-objective="1.1"] [data-stat="studied"]').textContent())
			.toMatch(/^Studied /);
		expect(await violations()).toEqual([]);
	});
});
