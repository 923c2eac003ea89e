/** Helpers to read the built site in `dist/`. */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { projectRoot } from './fixture-build';

export const distDir = join(projectRoot, 'dist');

export function assertBuilt(): void {
	if (!existsSync(join(distDir, 'index.html'))) {
		throw new Error('dist/ is missing: run `npm test` (which builds first) or `npm run build` before these tests.');
	}
}

/** All HTML files in dist, as paths relative to dist (e.g. `section-1/index.html`). */
export async function htmlFiles(dir = distDir): Promise<string[]> {
	const entries = await readdir(dir, { withFileTypes: true, recursive: true });
	return entries
		.filter((e) => e.isFile() && e.name.endsWith('.html'))
		.map((e) => relative(distDir, join(e.parentPath, e.name)))
		.sort();
}

export function readDist(path: string): Promise<string> {
	return readFile(join(distDir, path), 'utf8');
}
