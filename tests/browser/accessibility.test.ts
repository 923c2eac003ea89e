/**
 * axe-core (WCAG 2.0, 2.1 and 2.2, levels A and AA) on every page of the built
 * site in Chromium, in the light and the dark theme: zero violations.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/browser';
import { assertBuilt, distDir, htmlFiles, readDist } from '../support/dist';
import { serveDist, type RunningServer } from '../support/static-server';

const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

let server: RunningServer;
let browser: Browser;
let pages: string[] = [];

beforeAll(async () => {
	assertBuilt();
	server = await serveDist(distDir);
	browser = await launchChromium();
	pages = (await htmlFiles()).map((file) => file.replace(/index\.html$/, ''));
});

afterAll(async () => {
	await browser?.close();
	await server?.close();
});

interface Violation {
	id: string;
	impact: string;
	help: string;
	nodes: { target: string[] }[];
}

async function audit(page: Page): Promise<Violation[]> {
	// Expressive Code makes overflowing code blocks focusable from an idle callback; let it finish.
	await page.waitForFunction(
		() =>
			[...document.querySelectorAll('.expressive-code pre')].every(
				(pre) => pre.scrollWidth <= pre.clientWidth || pre.hasAttribute('tabindex')
			),
		undefined,
		{ timeout: 5000 }
	);
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

describe.each(['light', 'dark'] as const)('accessibility in the %s theme', (theme) => {
	it('every page has zero axe violations', async () => {
		// bypassCSP lets the test inject axe; the site's own policy is tested in csp-and-privacy.test.ts.
		const context = await browser.newContext({ bypassCSP: true });
		await context.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
		const page = await context.newPage();
		const problems: string[] = [];
		for (const path of pages) {
			if (path.startsWith('o/')) {
				// Permalink pages redirect at once; audit their markup without following the refresh.
				const html = (await readDist(`${path}index.html`)).replace(/<meta http-equiv="refresh"[^>]*>/, '');
				await page.goto(server.url);
				await page.setContent(html);
			} else {
				await page.goto(`${server.url}${path === '404.html' ? 'no-such-page/' : path}`);
				expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
			}
			for (const v of await audit(page)) {
				problems.push(
					`  /${path} [${v.impact}] ${v.id}: ${v.help} → ${v.nodes
						.slice(0, 3)
						.map((n) => n.target.join(' '))
						.join(' | ')}`
				);
			}
		}
		await context.close();
		expect(problems, `axe violations (${theme}):\n${problems.join('\n')}`).toEqual([]);
	});
});
