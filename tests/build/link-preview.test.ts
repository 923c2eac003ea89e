/**
 * Link previews in the default build (no SITE_URL): every docs page has its
 * generated image, pages carry Open Graph and Twitter tags but no og:image
 * (Open Graph needs an absolute URL; tests/build/base-path.test.ts checks it with
 * SITE_URL set), permalinks preview their destination, and study pages show
 * their lastReviewed date in the footer. The image's text is unit-tested.
 */
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import yaml from 'js-yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, distDir, htmlFiles, readDist } from '../support/dist';
import { listBuiltFiles } from '../../src/integrations/built-files';
import { projectRoot } from '../support/fixture-build';
import { previewImagePath, previewImageSize } from '../../src/lib/link-preview';

const docsDir = join(projectRoot, 'src/content/docs');
let entries: { id: string; data: Record<string, unknown> }[] = [];

beforeAll(async () => {
	assertBuilt();
	const sources = (await listBuiltFiles(docsDir)).filter((file) => /\.mdx?$/.test(file));
	entries = await Promise.all(
		sources.map(async (file) => {
			const source = await readFile(join(docsDir, file), 'utf8');
			const id = relative('.', file.replace(/\.mdx?$/, '').replace(/(^|\/)index$/, '')) || 'index';
			return { id, data: yaml.load(/^---\n([\s\S]*?)\n---/.exec(source)![1]!) as Record<string, unknown> };
		})
	);
});

const meta = (html: string, key: string) =>
	new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html)?.[1];
/** Width and height from a PNG's IHDR chunk. */
const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

describe('link previews', () => {
	it('have a 1200×630 PNG image for every docs page', async () => {
		expect(entries.length).toBeGreaterThan(20);
		for (const { id } of entries) {
			const png = await readFile(join(distDir, previewImagePath(id)));
			expect(png.subarray(1, 4).toString(), id).toBe('PNG');
			expect(pngSize(png), id).toEqual(previewImageSize);
		}
	});

	it('tag a study page with its title, description and a large-image card, and no relative og:image', async () => {
		const html = await readDist('section-1/bigquery-ml/index.html');
		expect(meta(html, 'og:title')).toBe('BigQuery ML: choosing, engineering and predicting');
		expect(meta(html, 'og:description')).toMatch(/^How to pick the right BigQuery ML model type/);
		expect(meta(html, 'twitter:card')).toBe('summary_large_image');
		for (const page of await htmlFiles()) {
			const image = meta(await readDist(page), 'og:image');
			if (image !== undefined) expect(image, page).toMatch(/^https?:\/\//);
		}
		expect(meta(html, 'og:image')).toBeUndefined();
	});

	it('give a permalink the Open Graph title and description of the page it leads to', async () => {
		const target = await readDist('section-1/bigquery-ml/index.html');
		const permalink = await readDist('o/1.1.2/index.html');
		for (const key of ['og:title', 'og:description', 'description', 'twitter:card'])
			expect(meta(permalink, key), key).toBe(meta(target, key));
		// Its own <title> stays unique: it names the objective.
		expect(permalink).toContain('<title>Objective 1.1.2 · PMLE Study Guide</title>');
	});

	it("show a study page's lastReviewed date in the footer, and no date on other pages", async () => {
		for (const { id, data } of entries) {
			const html = await readDist(id === 'index' ? 'index.html' : `${id}/index.html`);
			const shown = /Last reviewed: <time datetime="([^"]+)"/.exec(html)?.[1];
			if (data.kind === 'study') {
				const reviewed = data.lastReviewed instanceof Date ? data.lastReviewed : new Date(`${data.lastReviewed}`);
				expect(shown, id).toBe(reviewed.toISOString());
			} else expect(shown, id).toBeUndefined();
		}
	});
});
