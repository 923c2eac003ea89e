/**
 * Launches Debian's Chromium through playwright-core. No browser is downloaded:
 * the executable comes from the system (`apt-get install chromium`).
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

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

export async function launchChromium(): Promise<Browser> {
	if (!existsSync(chromiumPath)) {
		throw new Error(
			`Chromium not found at ${chromiumPath}. Install it with \`apt-get install -y chromium\` (as .ci/run does) or set CHROMIUM_PATH.`
		);
	}
	return chromium.launch({
		executablePath: chromiumPath,
		args: chromiumFlags,
	});
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
