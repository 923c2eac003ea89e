/**
 * Renders the app icons in public/icons/ from public/favicon.svg with Chromium
 * (run once after changing the favicon: `node tests/tools/render-icons.ts`).
 * The PNGs are committed, so builds need no image library. The maskable icon
 * fills its square with the brand colour and keeps the mark inside the central
 * safe zone that launchers may crop to a circle.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { launchChromium } from '../support/browser.ts';
import { loadProjectModule, projectRoot } from './project-module.ts';

const { themeColor } = await loadProjectModule<typeof import('../../src/pages/manifest.webmanifest')>(
	'src/pages/manifest.webmanifest.ts'
);

const svg = await readFile(join(projectRoot, 'public', 'favicon.svg'), 'utf8');
const sized = (size: number) => svg.replace('<svg ', `<svg width="${size}" height="${size}" `);
const icons = [
	{ name: 'icon-192', size: 192, html: `<body style="margin:0">${sized(192)}</body>` },
	{ name: 'icon-512', size: 512, html: `<body style="margin:0">${sized(512)}</body>` },
	{
		name: 'maskable-512',
		size: 512,
		html: `<body style="margin:0;background:${themeColor}"><div style="width:512px;height:512px;display:grid;place-items:center">${sized(358)}</div></body>`,
	},
];

const browser = await launchChromium();
const page = await browser.newPage();
for (const { name, size, html } of icons) {
	await page.setViewportSize({ width: size, height: size });
	await page.setContent(html);
	await page.screenshot({ path: join(projectRoot, 'public', 'icons', `${name}.png`), omitBackground: true });
}
await browser.close();
console.log(`Wrote ${icons.map((icon) => `public/icons/${icon.name}.png`).join(', ')}.`);
