/**
 * Preview images for links to docs pages: `/og/<entry id>.png`, 1200×630, drawn
 * at build time by astro-og-canvas (CanvasKit, no browser) with the page title,
 * its section and objective IDs, and the site name (src/lib/link-preview.ts).
 * Fonts come from the @fontsource/inter package: nothing is downloaded at build
 * time (astro-og-canvas would otherwise fetch a font from the web).
 */
import { createRequire } from 'node:module';
import { getCollection } from 'astro:content';
import { OGImageRoute } from 'astro-og-canvas';
import { previewImagePath, previewLines, previewText, previewTitleSize } from '../../lib/link-preview';

const { resolve } = createRequire(import.meta.url);
const fonts = [
	resolve('@fontsource/inter/files/inter-latin-400-normal.woff'),
	resolve('@fontsource/inter/files/inter-latin-700-normal.woff'),
];

const pages = Object.fromEntries((await getCollection('docs')).map((entry) => [entry.id, previewText(entry.data)]));

export const { getStaticPaths, GET } = await OGImageRoute({
	pages,
	// `/og/section-1/bigquery-ml.png`: the entry id with the image's extension.
	getSlug: (id) => previewImagePath(id).replace(/^\/og\//, ''),
	getImageOptions: (_id, text: (typeof pages)[string]) => ({
		title: text.title,
		description: previewLines(text).join('\n'),
		bgGradient: [
			[20, 29, 56],
			[9, 13, 26],
		],
		border: { color: [120, 146, 255], width: 16, side: 'inline-start' },
		padding: 64,
		fonts,
		font: {
			title: {
				families: ['Inter'],
				weight: 'Bold',
				size: previewTitleSize(text.title),
				lineHeight: 1.15,
				color: [255, 255, 255],
			},
			description: { families: ['Inter'], size: 34, lineHeight: 1.45, color: [196, 206, 232] },
		},
	}),
});
