/**
 * No public URL or heading fragment disappears without a redirect. Run
 * `npm run urls:update` to record new pages after adding content.
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fileForPath } from '../../src/lib/link-check';
import { buildManifest, diffManifest, type UrlManifest } from '../support/url-manifest';
import { assertBuilt, distDir, htmlFiles, readDist } from '../support/dist';
import { projectRoot } from '../support/fixture-build';

const manifestPath = join(projectRoot, 'tests', 'url-manifest.json');
const update = process.env.UPDATE_URL_MANIFEST === '1';

let current: UrlManifest;
const pages = new Map<string, string>();

beforeAll(async () => {
	assertBuilt();
	for (const file of await htmlFiles()) pages.set(file, await readDist(file));
	current = buildManifest(pages);
	if (update) {
		const recorded: UrlManifest = existsSync(manifestPath) ? JSON.parse(await readFile(manifestPath, 'utf8')) : {};
		// Keep recorded entries that now redirect, so the redirect stays protected too.
		const merged = { ...recorded, ...current };
		await writeFile(manifestPath, `${JSON.stringify(Object.fromEntries(Object.entries(merged).sort()), null, '\t')}\n`);
	}
});

describe('URL stability', () => {
	it('has a committed manifest', () => {
		expect(existsSync(manifestPath), 'tests/url-manifest.json is missing: run `npm run urls:update`').toBe(true);
	});

	it('still serves every recorded page and heading', async () => {
		const recorded: UrlManifest = JSON.parse(await readFile(manifestPath, 'utf8'));
		const diff = diffManifest(recorded, current, (path) => pages.get(fileForPath(path, '/') ?? ''));
		const problems = [
			...diff.missingPages.map(
				(page) =>
					`  ${page} is gone. If it moved, add \`'${page}': '/new/path/'\` to src/data/redirects.ts; never delete a published URL.`
			),
			...diff.missingFragments.map(
				({ page, fragment }) =>
					`  ${page}#${fragment} is gone. Restore the heading (consideration headings take their id from the registry label), or keep the old id with an explicit heading id.`
			),
		];
		if (diff.newPages.length > 0 && !update) {
			console.info(
				`${diff.newPages.length} new page(s) not yet in tests/url-manifest.json; run \`npm run urls:update\` to protect them: ${diff.newPages.join(', ')}`
			);
		}
		expect(problems, `Published URLs disappeared:\n${problems.join('\n')}`).toEqual([]);
	});

	it('records the permalinks and study pages', async () => {
		const recorded: UrlManifest = JSON.parse(await readFile(manifestPath, 'utf8'));
		expect(recorded['/o/1.1.2/']).toBeDefined();
		expect(recorded['/section-1/bigquery-ml/']).toContain('feature-engineering-and-selection-in-bigquery-ml');
		expect(existsSync(join(distDir, 'index.html'))).toBe(true);
	});
});
