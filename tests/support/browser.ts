/**
 * Launches Debian's Chromium through playwright-core. No browser is downloaded:
 * the executable comes from the system (`apt-get install chromium`).
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

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
