/**
 * axe-core (WCAG 2.0, 2.1 and 2.2, levels A and AA) on every page of the built
 * site in Chromium: light and dark theme, desktop and phone width, zero
 * violations. One test per page and setting, so a failure names its page and a
 * slow machine gets a timeout per page, not per suite. axe runs as soon as the
 * page has loaded, without waiting for any script: what it checks is what a
 * reader without JavaScript gets too.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { browser, server } from '../support/browser-harness';
import { htmlFiles, readDist } from '../support/dist';

const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

// Every page once, but only one of the generated /o/ permalink redirects: they share one template.
const files = await htmlFiles();
const pages = [
	...files.filter((file) => !file.startsWith('o/')).map((file) => file.replace(/index\.html$/, '')),
	files.find((file) => file.startsWith('o/'))!.replace(/index\.html$/, ''),
];

const settings = [
	{ theme: 'light', width: 1280, height: 900 },
	{ theme: 'dark', width: 1280, height: 900 },
	{ theme: 'light', width: 375, height: 740 },
	{ theme: 'dark', width: 375, height: 740 },
] as const;

interface Violation {
	id: string;
	impact: string;
	help: string;
	nodes: { target: string[] }[];
}

async function audit(page: Page): Promise<Violation[]> {
	await page.addScriptTag({ content: axeSource });
	return page.evaluate(async (runTags) => {
		// @ts-expect-error axe is injected above
		const result = await window.axe.run(document, { runOnly: { type: 'tag', values: runTags } });
		return result.violations.map((v: Violation) => ({
			id: v.id,
			impact: v.impact,
			help: v.help,
			nodes: v.nodes.map((n) => ({ target: n.target })),
		}));
	}, tags);
}

describe.each(settings)('accessibility, $theme theme at $width px', ({ theme, width, height }) => {
	let context: BrowserContext;
	let page: Page;

	beforeAll(async () => {
		// bypassCSP lets the test inject axe; the site's own policy is tested in csp-and-privacy.test.ts.
		context = await browser.newContext({ bypassCSP: true, viewport: { width, height } });
		await context.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
		page = await context.newPage();
	});

	afterAll(async () => {
		await context?.close();
	});

	it.each(pages)('/%s has no axe violations', async (path) => {
		if (path.startsWith('o/')) {
			// Permalink pages redirect at once; audit their markup without following the refresh.
			const html = (await readDist(`${path}index.html`)).replace(/<meta http-equiv="refresh"[^>]*>/, '');
			await page.goto(server.url);
			await page.setContent(html);
		} else {
			await page.goto(`${server.url}${path === '404.html' ? 'no-such-page/' : path}`);
			expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
		}
		const problems = (await audit(page)).map(
			(v) =>
				`[${v.impact}] ${v.id}: ${v.help} → ${v.nodes
					.slice(0, 3)
					.map((n) => n.target.join(' '))
					.join(' | ')}`
		);
		expect(problems, `axe violations on /${path} (${theme}, ${width} px)`).toEqual([]);
	});
});
