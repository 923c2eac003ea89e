/**
 * Finds and launches Chromium through playwright-core. Nothing downloads a
 * browser at install time. The first choice is a system Chromium (`CHROMIUM_PATH`,
 * then the usual Linux paths: Debian's `apt-get install chromium` puts it at
 * /usr/bin/chromium). Where none is installed, a Linux machine falls back to the
 * Chromium build shipped inside the `@sparticuz/chromium` npm package (it unpacks
 * to a temporary folder on first use), so `npm test` works with only Node and npm.
 * On macOS or Windows set `CHROMIUM_PATH` to an installed Chrome, Chromium or Edge.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';

/** Linux paths where distributions install Chromium. */
const systemPaths = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/lib/chromium/chromium'];

/** Flags for a quiet headless Chromium on a machine with no outside network. */
export const chromiumFlags = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
];

export interface ChromiumChoice {
	executablePath: string;
	/** Where it came from, for the test log. */
	source: 'CHROMIUM_PATH' | 'system' | '@sparticuz/chromium';
}

/**
 * The Chromium the tests use. `CHROMIUM_PATH` wins (and must exist);
 * `PMLE_CHROMIUM=npm` forces the npm fallback, to test it on a machine that
 * has a system Chromium.
 */
export async function findChromium(env = process.env): Promise<ChromiumChoice> {
	if (env.CHROMIUM_PATH) {
		if (!existsSync(env.CHROMIUM_PATH)) {
			throw new Error(
				`CHROMIUM_PATH is set to ${env.CHROMIUM_PATH}, but no file is there. Point it at a Chromium, Chrome or Edge executable.`
			);
		}
		return { executablePath: env.CHROMIUM_PATH, source: 'CHROMIUM_PATH' };
	}
	const system = env.PMLE_CHROMIUM === 'npm' ? undefined : systemPaths.find((path) => existsSync(path));
	if (system) return { executablePath: system, source: 'system' };
	if (process.platform !== 'linux') {
		throw new Error(
			`No Chromium found. On ${process.platform}, set CHROMIUM_PATH to an installed Chrome, Chromium or Edge executable.`
		);
	}
	const { default: packaged } = await import('@sparticuz/chromium');
	return { executablePath: await packaged.executablePath(), source: '@sparticuz/chromium' };
}

export async function launchChromium(): Promise<Browser> {
	const { executablePath } = await findChromium();
	return chromium.launch({ executablePath, args: chromiumFlags });
}

/**
 * Opens Starlight's search dialog with Ctrl+K the way a candidate does, once the
 * page is ready for it. Starlight creates the Pagefind UI in the browser's first
 * idle period after load; if the dialog opens before that, its blurred backdrop
 * can keep software-rendered headless Chromium from ever going idle, and the
 * search box never appears (seen only under test load). So this waits for the
 * UI first, as a person reading the page for a moment would.
 */
export async function openSearch(page: Page): Promise<{ dialog: Locator; input: Locator }> {
	await page.locator('button[data-open-modal]:not([disabled])').waitFor();
	await page.locator('#starlight__search .pagefind-ui').waitFor({ state: 'attached', timeout: 30_000 });
	await page.keyboard.press('Control+k');
	const dialog = page.getByRole('dialog', { name: 'Search' });
	await dialog.waitFor({ state: 'visible' });
	const input = dialog.getByRole('textbox', { name: 'Search' });
	await input.waitFor();
	return { dialog, input };
}

/**
 * The links of the first page of search results, once every result on it has
 * loaded. Pagefind UI shows a placeholder per result and fills each in when its
 * fragment arrives, in whatever order the fragments come back; reading the links
 * before the last one lands can skip a result (a later one appears in its place).
 */
export async function settledResultLinks(dialog: Locator): Promise<string[]> {
	await dialog.locator('.pagefind-ui__message', { hasText: /results? for/ }).waitFor({ timeout: 15_000 });
	const results = dialog.locator('.pagefind-ui__result');
	await results.first().waitFor();
	await dialog
		.locator('.pagefind-ui__results .pagefind-ui__loading')
		.first()
		.waitFor({ state: 'detached', timeout: 15_000 });
	return results.evaluateAll((items) =>
		items.map((item) => item.querySelector('.pagefind-ui__result-link')!.getAttribute('href')!)
	);
}
