/**
 * The headers file in Chromium: every response carries the headers dist/_headers
 * gives its path, as Netlify or Cloudflare Pages would send them (added here by
 * request interception on the test server). The site-wide CSP header and each
 * page's <meta> policy then apply together: navigation, search (WebAssembly in a
 * worker) and practice must raise no violation, and the header's frame-ancestors,
 * which a <meta> policy cannot carry, must stop another page from framing the site.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openPage, server, type TestPage } from '../support/browser-harness';
import { openSearch } from '../support/browser';
import { distDir } from '../support/dist';
import { headersFor, parseHeadersFile, type HeaderRule } from '../../src/lib/static-headers';

let rules: HeaderRule[] = [];

beforeAll(async () => {
	rules = parseHeadersFile(await readFile(join(distDir, '_headers'), 'utf8'));
});

/** A page whose every response from the site gets the headers file's headers for its path. */
async function pageWithHeaders(options: Parameters<typeof openPage>[0] = {}): Promise<TestPage> {
	const tab = await openPage(options);
	const origin = new URL(server.url).origin;
	await tab.context.route(
		(url) => url.origin === origin,
		async (route) => {
			const response = await route.fetch();
			const added = headersFor(rules, new URL(route.request().url()).pathname);
			const headers = { ...response.headers() };
			for (const [name, value] of added) headers[name.toLowerCase()] = value;
			await route.fulfill({ response, headers });
		}
	);
	await tab.context.addInitScript(() => {
		const log: string[] = [];
		Object.defineProperty(window, '__cspViolations', { value: log });
		document.addEventListener('securitypolicyviolation', (e) =>
			log.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`)
		);
	});
	return tab;
}

const violations = (tab: TestPage) =>
	tab.page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);

describe('with the headers file applied', () => {
	it('pages get the CSP header, and navigation, search and practice raise no violation', async () => {
		const tab = await pageWithHeaders();
		const { page } = tab;
		const response = await page.goto(`${server.url}section-1/bigquery-ml/`);
		const policy = response!.headers()['content-security-policy'];
		expect(policy).toContain("frame-ancestors 'none'");
		expect(response!.headers()['x-content-type-options']).toBe('nosniff');
		expect(response!.headers()['cache-control']).toBe('public, max-age=0, must-revalidate');

		const { input } = await openSearch(page);
		await input.fill('forecast horizon');
		await page.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 15_000 });
		await page.keyboard.press('Escape');
		expect(await violations(tab)).toEqual([]);

		await page.goto(`${server.url}practice/1.1/`);
		const first = page.locator('article.question').first();
		await first.locator('input').first().check();
		await first.getByRole('button', { name: 'Check answer' }).click();
		await expect.poll(() => first.locator('.question-outcome:visible').count()).toBeGreaterThan(0);
		expect(await violations(tab)).toEqual([]);
	});

	it('keeps another page from framing the site', async () => {
		const tab = await pageWithHeaders({ expectedErrors: [/frame-ancestors|X-Frame-Options/i] });
		// A page of another (opaque) origin that frames the home page. Without the
		// header, the frame shows the site; with it, Chromium shows its error page.
		await tab.page.goto(`data:text/html,<iframe src="${server.url}" title="framed"></iframe>`);
		const frame = tab.page.frames()[1]!;
		await expect.poll(() => frame.url()).toMatch(/^chrome-error:/);
	});
});
