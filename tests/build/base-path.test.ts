/**
 * Deploying under a sub-path, as a fork would: build with BASE_PATH=/pmle/ (and
 * the fork's own REPO_URL) and check that links, search results and their
 * targets all live under it, that the repository links follow REPO_URL, and
 * that offline reading works there (in Chromium, on this same fixture build:
 * one build is slow enough). With SITE_URL set, link previews get their
 * absolute og:image.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, removeFixture, type BuildResult } from '../support/fixture-build';
import { loadPagefind } from '../support/pagefind-node';
import { fileForPath } from '../../src/lib/link-check';
import { parseHeadersFile } from '../../src/lib/static-headers';
import { launchChromium } from '../support/browser';
import { serveDist } from '../support/static-server';
import type { OfflineManifest } from '../../src/lib/offline';

let result: BuildResult;
let dist: string;

beforeAll(async () => {
	result = await buildFixture(
		{},
		{
			BASE_PATH: '/pmle/',
			SITE_URL: 'https://example.org',
			REPO_URL: 'https://codeberg.org/someone/pmle-fork/',
		}
	);
	dist = join(result.dir, 'dist');
});

afterAll(async () => {
	if (result) await removeFixture(result);
});

describe('a build under /pmle/', () => {
	it('succeeds with every internal link checked', () => {
		expect(result.code, result.output.slice(-3000)).toBe(0);
		expect(result.output).toMatch(/Checked the links of \d+ pages: none broken/);
	});

	it('prints no warnings: a deployable build (SITE_URL set) is quiet, so a new warning stands out', () => {
		// The known harmless ones are silenced at their source (astro.config.mjs):
		// Rolldown's MODULE_LEVEL_DIRECTIVE for Astro's head-inject marker, Astro's
		// Shiki-and-CSP notice, the CSP style-src shadowing notice and the /404 route
		// conflict. Without SITE_URL the sitemap integration adds one, by design.
		const warnings = result.output
			.split('\n')
			.filter((line) =>
				/\[WARN\]|MODULE_LEVEL_DIRECTIVE|conflicts with higher priority route|not compatible with Content Security Policy/.test(
					line
				)
			);
		expect(warnings).toEqual([]);
	});

	it('prefixes page links, assets and canonical URLs with the base', async () => {
		const html = await readFile(join(dist, 'section-1', 'bigquery-ml', 'index.html'), 'utf8');
		expect(html.includes('href="/pmle/section-1/#objective-1-1"'), 'badge links under the base').toBe(true);
		expect(
			html.includes('<link rel="canonical" href="https://example.org/pmle/section-1/bigquery-ml/"'),
			'canonical URL'
		).toBe(true);
		expect(
			html.match(/(href|src)="\/(section-|_astro|pagefind|practice)[^"]*"/g) ?? [],
			'links that ignore the base'
		).toEqual([]);
		const redirect = await readFile(join(dist, 'o', '1.1.2', 'index.html'), 'utf8');
		expect(redirect).toContain('url=/pmle/section-1/bigquery-ml/#feature-engineering-and-selection-in-bigquery-ml');
	});

	it('returns search results whose links resolve to built pages under the base', async () => {
		const pagefind = await loadPagefind(dist, '/pmle/');
		const search = await pagefind.search('BigQuery ML');
		expect(search.results.length).toBeGreaterThan(0);
		for (const r of search.results.slice(0, 5)) {
			const { url } = await r.data();
			expect(url).toMatch(/^\/pmle\//);
			const file = fileForPath(new URL(url, 'https://example.org').pathname, '/pmle/');
			expect(file && existsSync(join(dist, file)), `${url} resolves to a built file`).toBe(true);
		}
	});

	it('writes a sitemap when SITE_URL is set, and robots.txt points to it', async () => {
		expect(existsSync(join(dist, 'sitemap-index.xml'))).toBe(true);
		const sitemap = await readFile(join(dist, 'sitemap-0.xml'), 'utf8');
		expect(sitemap).toContain('<loc>https://example.org/pmle/section-1/bigquery-ml/</loc>');
		expect(await readFile(join(dist, 'robots.txt'), 'utf8')).toContain(
			'Sitemap: https://example.org/pmle/sitemap-index.xml'
		);
	});

	it('links to the repository named by REPO_URL', async () => {
		const home = await readFile(join(dist, 'index.html'), 'utf8');
		expect(home).toContain('href="https://codeberg.org/someone/pmle-fork" rel="me"');
		expect(home).toContain('href="https://codeberg.org/someone/pmle-fork/issues"');
		const study = await readFile(join(dist, 'section-1', 'bigquery-ml', 'index.html'), 'utf8');
		expect(study).toContain(
			'href="https://codeberg.org/someone/pmle-fork/_edit/main/src/content/docs/section-1/bigquery-ml.mdx"'
		);
	});

	it('gives a study page and a permalink to it the same preview image, which exists under the base', async () => {
		const meta = (html: string, key: string) =>
			new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html)?.[1];
		const study = await readFile(join(dist, 'section-1', 'bigquery-ml', 'index.html'), 'utf8');
		const image = 'https://example.org/pmle/og/section-1/bigquery-ml.png';
		expect(meta(study, 'og:image')).toBe(image);
		expect(meta(study, 'og:image:alt')).toBe(
			'BigQuery ML: choosing, engineering and predicting — Section 1 · Architecting low-code AI solutions — Objective 1.1 — PMLE Study Guide'
		);
		expect(meta(study, 'og:url')).toBe('https://example.org/pmle/section-1/bigquery-ml/');
		expect(existsSync(join(dist, 'og', 'section-1', 'bigquery-ml.png'))).toBe(true);

		const permalink = await readFile(join(dist, 'o', '1.1.2', 'index.html'), 'utf8');
		for (const key of ['og:image', 'og:image:alt', 'og:title', 'og:description', 'twitter:card'])
			expect(meta(permalink, key), key).toBe(meta(study, key));
		expect(meta(permalink, 'og:url')).toBe(
			'https://example.org/pmle/section-1/bigquery-ml/#feature-engineering-and-selection-in-bigquery-ml'
		);
		expect(permalink).toContain(`<link rel="canonical" href="${meta(permalink, 'og:url')}"`);

		// A page without an image of its own (a practice page) shows the home page's.
		const practice = await readFile(join(dist, 'practice', 'index.html'), 'utf8');
		expect(meta(practice, 'og:image')).toBe('https://example.org/pmle/og/index.png');
		expect(existsSync(join(dist, 'og', 'index.png'))).toBe(true);
	});

	it('writes a headers file whose rules all live under the base', async () => {
		const rules = parseHeadersFile(await readFile(join(dist, '_headers'), 'utf8'));
		expect(rules[0]!.path).toBe('/pmle/*');
		expect(rules.map((rule) => rule.path)).toContain('/pmle/_astro/*');
		for (const rule of rules) expect(rule.path).toMatch(/^\/pmle\//);
	});
});

describe('offline reading under /pmle/', () => {
	it('scopes the worker and the manifest to the base, saves the guide and opens unvisited pages offline', async () => {
		const offlineList = JSON.parse(await readFile(join(dist, 'offline-manifest.json'), 'utf8')) as OfflineManifest;
		expect(
			offlineList.files.every(([url]) => url.startsWith('/pmle/')),
			'every saved URL under the base'
		).toBe(true);
		expect(offlineList.files.map(([url]) => url)).toContain('/pmle/pagefind/pagefind-entry.json');
		const server = await serveDist(dist, '/pmle/');
		const browser = await launchChromium();
		try {
			const context = await browser.newContext();
			const page = await context.newPage();
			const errors: string[] = [];
			page.on('pageerror', (error) => errors.push(error.message));
			page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
			await page.goto(server.url);
			expect(await page.evaluate(async () => (await navigator.serviceWorker.ready).scope)).toBe(server.url);
			const webManifest = await page.evaluate(async () =>
				(await fetch(document.querySelector<HTMLLinkElement>('link[rel="manifest"]')!.href)).json()
			);
			expect(webManifest).toMatchObject({ start_url: '/pmle/', scope: '/pmle/', id: '/pmle/' });
			expect(webManifest.icons.map((icon: { src: string }) => icon.src)).toContain('/pmle/icons/icon-192.png');
			const control = page.locator('offline-save');
			await control.getByRole('button', { name: /^Save the whole guide for offline use/ }).click();
			await expect.poll(() => control.getAttribute('data-state'), { timeout: 60_000 }).toBe('saved');

			await context.setOffline(true);
			await page.goto(`${server.url}section-3/`);
			expect(await page.title()).toMatch(/^Section 3: /);
			await page.goto(`${server.url}practice/mock-exam/?questions=3`);
			await page.getByRole('button', { name: 'Start the mock exam' }).click();
			await expect.poll(() => page.locator('.exam-question-title').textContent()).toBe('Question 1 of 3');
			// Outside the saved guide (the 404 page is not saved): the offline page, under the base.
			await page.goto(`${server.url}no-such-page/`);
			expect(await page.locator('h1').textContent()).toBe('You are offline');
			expect(errors).toEqual([]);
		} finally {
			await browser.close();
			await server.close();
		}
	});
});
