/**
 * Offline reading in Chromium on the real build: the service worker's first
 * visit (only the visited page kept), "Save the whole guide" (size first,
 * progress to 100%; cancelling deletes the partial copy), then offline: never-visited pages, search with the same
 * results as online, practice, flashcards, the mock exam, the offline page for
 * a page that is not saved, and removing the saved guide. The update flow runs
 * on a copy of dist/ served live, replaced by a "new deployment" mid-test.
 * (The base path is covered in tests/build/base-path.test.ts, on its fixture build.)
 */
import { cp, mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, server } from '../support/browser-harness';
import { openSearch, settledResultLinks } from '../support/browser';
import { distDir } from '../support/dist';
import { projectRoot } from '../support/fixture-build';
import { correctIndexes, readBank, choose, card } from '../support/practice';
import { serveDist, type RunningServer } from '../support/static-server';
import { cacheNames, formatBytes, type OfflineManifest } from '../../src/lib/offline';
import type { PracticeBank } from '../../src/lib/practice/types';

let manifest: OfflineManifest;
let bank: PracticeBank;

beforeAll(async () => {
	manifest = JSON.parse(await readFile(join(distDir, 'offline-manifest.json'), 'utf8')) as OfflineManifest;
	bank = await readBank();
});

/** Cache name → cached paths, for this origin. */
function cacheContents(page: Page): Promise<Record<string, string[]>> {
	return page.evaluate(async () => {
		const out: Record<string, string[]> = {};
		for (const name of await caches.keys()) {
			out[name] = (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname);
		}
		return out;
	});
}

/** Waits until the page's service worker is active, and returns its scope. */
function workerScope(page: Page): Promise<string> {
	return page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
}

/** Records every value the save control's progress bar takes. */
async function recordProgress(page: Page): Promise<() => Promise<number[]>> {
	await page.evaluate(() => {
		const bar = document.querySelector('offline-save progress')!;
		const values: number[] = [];
		(window as unknown as { progressValues: number[] }).progressValues = values;
		new MutationObserver(() => values.push(Number(bar.getAttribute('value')))).observe(bar, {
			attributes: true,
			attributeFilter: ['value'],
		});
	});
	return () => page.evaluate(() => (window as unknown as { progressValues: number[] }).progressValues);
}

/** Saves the whole guide from the control on the current page, checking the size shown first and the progress. */
async function saveWholeGuide(page: Page, bytes: number): Promise<void> {
	const control = page.locator('offline-save');
	const save = control.getByRole('button', { name: `Save the whole guide for offline use (${formatBytes(bytes)})` });
	await save.waitFor();
	await expect(control.locator('[data-offline-status]').textContent()).resolves.toContain(formatBytes(bytes));
	const progress = await recordProgress(page);
	await save.click();
	await expect.poll(() => control.getAttribute('data-state'), { timeout: 60_000 }).toBe('saved');
	const values = await progress();
	expect(values.length, 'the progress bar moved').toBeGreaterThan(1);
	expect(Math.max(...values), 'the progress bar reached 100%').toBe(100);
	await expect(control.locator('[data-offline-status]').textContent()).resolves.toMatch(/^The whole guide is saved/);
	await control.getByRole('button', { name: 'Remove the saved guide' }).waitFor();
}

/** The top results for a query, as a reader sees them once every result has loaded. */
async function searchResults(page: Page, query: string): Promise<string[]> {
	const { dialog, input } = await openSearch(page);
	await input.fill(query);
	const links = await settledResultLinks(dialog);
	await page.keyboard.press('Escape');
	return links;
}

const titleOf = async (path: string) =>
	/<title>([^<]*)<\/title>/.exec(await readFile(join(distDir, path, 'index.html'), 'utf8'))![1]!;

describe('offline reading', () => {
	it('first visit: the worker controls the base path and keeps the visited page only (plus the app shell)', async () => {
		const { page } = await openPage();
		await page.goto(`${server.url}section-1/bigquery-ml/`);
		expect(await workerScope(page)).toBe(server.url);
		const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
		expect(policy).toContain("worker-src 'self';");
		expect(policy).toContain("manifest-src 'self';");
		const names = cacheNames(manifest.buildId);
		await expect.poll(async () => (await cacheContents(page))[names.pages]).toEqual(['/section-1/bigquery-ml/']);
		const all = await cacheContents(page);
		expect(
			Object.keys(all).filter((name) => name.includes('saved')),
			'nothing saved unasked'
		).toEqual([]);
		const precache = Object.entries(all).find(([name]) => name.startsWith('workbox-precache'))![1];
		expect(precache).toContain('/offline/');
		expect(precache).toContain('/manifest.webmanifest');
		expect(precache.filter((path) => !path.startsWith('/_astro/')).length, 'no page but the offline page').toBe(3);
		// The manifest the page links is served and names the base path as its scope.
		const webManifest = await page.evaluate(async () => {
			const href = document.querySelector<HTMLLinkElement>('link[rel="manifest"]')!.href;
			return (await fetch(href)).json();
		});
		expect(webManifest).toMatchObject({ start_url: '/', scope: '/', display: 'standalone' });
	});

	it('saves the whole guide, then offline opens unvisited pages, searches as online, practises; removing it leaves the offline page', async () => {
		const { page, context } = await openPage();
		await page.goto(server.url);
		await workerScope(page);
		const online = await searchResults(page, 'model monitoring drift');
		expect(online.length).toBeGreaterThan(2);
		await saveWholeGuide(page, manifest.bytes);
		const saved = (await cacheContents(page))[cacheNames(manifest.buildId).saved]!;
		expect(saved).toContain('/pagefind/pagefind-entry.json');
		expect(saved).toContain('/practice/questions.json');
		expect(saved.filter((path) => path.startsWith('/pagefind/')).length).toBe(
			manifest.files.filter(([url]) => url.startsWith('/pagefind/')).length
		);

		await context.setOffline(true);
		// Pages never visited, each with its own title and the site's styles.
		for (const path of ['section-4/', 'section-5/metadata-and-lineage/', 'products-and-names/']) {
			await page.goto(`${server.url}${path}`);
			expect(await page.title()).toBe(await titleOf(path));
			expect(await page.evaluate(() => document.styleSheets.length)).toBeGreaterThan(0);
		}
		expect(await searchResults(page, 'model monitoring drift'), 'offline search = online search').toEqual(online);

		// Practice: answer a question.
		const question = bank.questions.find((q) => q.objective === '2.1' && q.select === 1)!;
		await page.goto(`${server.url}practice/2.1/`);
		await choose(page, `[id="${question.id}"]`, correctIndexes(question));
		await card(page, question.id).getByRole('button', { name: 'Check answer' }).click();
		await expect.poll(() => card(page, question.id).locator('.question-result').textContent()).toMatch(/^✓ Correct/);

		// Flashcards: a deck loads and reveals its first card.
		await page.goto(`${server.url}flashcards/2.1/`);
		await expect.poll(() => page.locator('[data-counts]').textContent()).toMatch(/due of \d+ in this deck/);
		await page.getByRole('button', { name: /^Show answer/ }).click();
		await expect.poll(() => page.locator('[data-answer]').isVisible()).toBe(true);

		// Mock exam: it loads the question bank and starts.
		await page.goto(`${server.url}practice/mock-exam/?questions=3`);
		await page.getByRole('button', { name: 'Start the mock exam' }).click();
		await expect.poll(() => page.locator('.exam-question-title').textContent()).toBe('Question 1 of 3');

		// Remove the saved guide (offline too): a page not visited now gets the offline page.
		await page.goto(server.url);
		await page.locator('offline-save').getByRole('button', { name: 'Remove the saved guide' }).click();
		await expect.poll(() => page.locator('offline-save').getAttribute('data-state')).toBe('idle');
		expect(Object.keys(await cacheContents(page)).filter((name) => name.includes('saved'))).toEqual([]);
		await page.goto(`${server.url}section-6/`);
		await expect.poll(() => page.locator('h1').textContent()).toBe('You are offline');
		expect(page.url(), 'the address stays the one asked for').toBe(`${server.url}section-6/`);
		// Its list names the pages this device still has: the ones visited online (pages read from
		// the saved copy went with it).
		await expect
			.poll(() => page.locator('[data-offline-pages] li').allTextContents())
			.toEqual([(await titleOf('')).replace(/ \| .*$/, '')]);
	});
});

describe('cancelling a save', () => {
	it('stops the download and deletes the partial copy, leaving the control ready to save again', async () => {
		const { page } = await openPage();
		await page.goto(`${server.url}practice/`);
		await workerScope(page);
		// The first page is not controlled by the worker, so its downloads can be slowed here.
		await page.route(/\/pagefind\/fragment\//, async (route) => {
			await new Promise((resolve) => setTimeout(resolve, 200));
			await route.continue().catch(() => undefined);
		});
		const control = page.locator('offline-save');
		await control.getByRole('button', { name: /^Save the whole guide for offline use/ }).click();
		await expect.poll(() => control.locator('progress').getAttribute('value')).not.toBe('0');
		expect(await control.locator('[data-offline-status]').textContent()).toMatch(/^Saving the guide: \d+% /);
		await control.getByRole('button', { name: 'Cancel' }).click();
		await expect.poll(() => control.getAttribute('data-state')).toBe('idle');
		await control.getByRole('button', { name: /^Save the whole guide for offline use/ }).waitFor();
		expect(await control.locator('progress').isHidden()).toBe(true);
		await expect
			.poll(async () => Object.keys(await cacheContents(page)).filter((name) => name.includes('saved')))
			.toEqual([]);
	});
});

describe('a new deployment', () => {
	const copies: { dir: string; server: RunningServer }[] = [];

	/** A copy of dist/ served live, so that a test can deploy over it. */
	async function liveCopy(): Promise<{ dir: string; url: string }> {
		await mkdir(join(projectRoot, '.tmp'), { recursive: true });
		const dir = await mkdtemp(join(projectRoot, '.tmp', 'offline-update-'));
		await cp(distDir, dir, { recursive: true });
		const server = await serveDist(dir, '/', { live: true });
		copies.push({ dir, server });
		return { dir, url: server.url };
	}

	afterAll(async () => {
		for (const { dir, server } of copies) {
			await server.close();
			await rm(dir, { recursive: true, force: true });
		}
	});

	/**
	 * Deploys "build 2" over a copy: a new build ID in the worker and the offline
	 * list, every page marked `<meta name="deployment" content="2">`, and one CSS
	 * file renamed (as a changed asset is), so an old page and a new one need
	 * different files. `withoutList` leaves out the offline list, so the saved
	 * copy cannot be brought up to date.
	 */
	async function deployNewVersion(dir: string, { withoutList = false } = {}): Promise<string> {
		const newId = 'a11ed0ffee000002';
		const oldCss = (await readdir(join(dir, '_astro'))).find((name) => /^print\..+\.css$/.test(name))!;
		const newCss = 'print.deploy2.css';
		await rename(join(dir, '_astro', oldCss), join(dir, '_astro', newCss));
		const files = (await readdir(dir, { recursive: true })).filter((f) =>
			/\.html$|^sw\.js$|^offline-manifest\.json$/.test(f)
		);
		for (const file of files) {
			let text = (await readFile(join(dir, file), 'utf8'))
				.replaceAll(manifest.buildId, newId)
				.replaceAll(oldCss, newCss);
			if (file.endsWith('.html'))
				text = text.replace('<meta charset="utf-8"/>', '<meta charset="utf-8"/><meta name="deployment" content="2">');
			await writeFile(join(dir, file), text);
		}
		if (withoutList) await rm(join(dir, 'offline-manifest.json'));
		return newId;
	}

	const deployment = (page: Page) =>
		page.evaluate(() => document.querySelector('meta[name="deployment"]')?.getAttribute('content') ?? '1');
	/** The stylesheets the page links, and whether each one loaded. */
	const stylesheets = (page: Page) =>
		page.evaluate(() =>
			[...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].map((link) => ({
				href: new URL(link.href).pathname,
				loaded: Boolean(link.sheet),
			}))
		);

	async function updateAndReload(page: Page): Promise<void> {
		await page.evaluate(async () => (await navigator.serviceWorker.ready).update());
		const notice = page.getByRole('status').filter({ hasText: 'A new version of the guide is available.' });
		await notice.waitFor();
		await Promise.all([page.waitForEvent('load'), notice.getByRole('button', { name: 'Reload' }).click()]);
		await expect.poll(() => deployment(page)).toBe('2');
	}

	it('tells the reader, reloads into the new version, and re-saves the guide as that version only', async () => {
		const site = await liveCopy();
		const { page, context } = await openPage();
		await page.goto(site.url);
		await workerScope(page);
		await saveWholeGuide(page, manifest.bytes);
		expect(await deployment(page)).toBe('1');

		const newId = await deployNewVersion(site.dir);
		await updateAndReload(page);

		// The saved copy is brought up to the new build in the background; then the old one is gone.
		const names = cacheNames(newId);
		await expect
			.poll(async () => Object.keys(await cacheContents(page)).filter((name) => name.includes('saved')), {
				timeout: 60_000,
			})
			.toEqual([names.saved]);
		await expect.poll(async () => (await cacheContents(page))[names.saved]).toContain('/__offline-complete__');

		await context.setOffline(true);
		for (const path of ['section-3/', 'section-6/']) {
			await page.goto(`${site.url}${path}`);
			expect(await deployment(page), `${path} offline is the new HTML`).toBe('2');
			const sheets = await stylesheets(page);
			expect(sheets.map((sheet) => sheet.href)).toContain('/_astro/print.deploy2.css');
			expect(
				sheets.every((sheet) => sheet.loaded),
				'every stylesheet of the new HTML loads offline'
			).toBe(true);
		}
	});

	it('offers the reload in every open tab, also after another tab took the new version', async () => {
		const site = await liveCopy();
		const { page: first, context } = await openPage();
		await first.goto(`${site.url}section-1/`);
		await workerScope(first);
		await first.goto(`${site.url}section-2/`);
		const second = await context.newPage();
		await second.goto(`${site.url}section-3/`);
		await deployNewVersion(site.dir);
		await updateAndReload(first);
		// The second tab still shows the old page: it is told, and its Reload brings the new one.
		const notice = second.getByRole('status').filter({ hasText: 'A new version of the guide is available.' });
		await notice.waitFor();
		expect(await deployment(second)).toBe('1');
		// "Later" puts the notice away and leaves the page as it is; the next change of worker offers it again.
		await notice.getByRole('button', { name: 'Later' }).click();
		await expect.poll(() => notice.count()).toBe(0);
		expect(await deployment(second)).toBe('1');
		await second.evaluate(() => navigator.serviceWorker.dispatchEvent(new Event('controllerchange')));
		await notice.waitFor();
		await Promise.all([second.waitForEvent('load'), notice.getByRole('button', { name: 'Reload' }).click()]);
		await expect.poll(() => deployment(second)).toBe('2');
	});

	it('keeps the old saved copy working offline, with its own files, until the new one is saved', async () => {
		const site = await liveCopy();
		const { page, context } = await openPage({ expectedErrors: [/offline-manifest\.json/, /status of 404/] });
		await page.goto(site.url);
		await workerScope(page);
		await saveWholeGuide(page, manifest.bytes);
		const online = await searchResults(page, 'feature store');

		// The new deployment's list is missing, so the new copy cannot be saved yet.
		const newId = await deployNewVersion(site.dir, { withoutList: true });
		await updateAndReload(page);
		await page.goto(`${site.url}section-2/`);
		expect(await deployment(page)).toBe('2');
		const saved = Object.keys(await cacheContents(page)).filter((name) => name.includes('saved'));
		expect(saved, 'only the old, complete copy').toEqual([cacheNames(manifest.buildId).saved]);

		await context.setOffline(true);
		// Visited since the update: the new page. Not visited: the old copy's page, with the old copy's files.
		await page.goto(`${site.url}section-2/`);
		expect(await deployment(page)).toBe('2');
		await page.goto(`${site.url}section-3/`);
		expect(await deployment(page), 'from the old saved copy').toBe('1');
		expect(await page.title()).toBe(await titleOf('section-3'));
		const sheets = await stylesheets(page);
		expect(sheets.map((sheet) => sheet.href)).not.toContain('/_astro/print.deploy2.css');
		expect(
			sheets.every((sheet) => sheet.loaded),
			'the old page loads its own stylesheets'
		).toBe(true);
		expect(await searchResults(page, 'feature store'), 'search on the old copy').toEqual(online);
		expect(newId).not.toBe(manifest.buildId);
	});
});
