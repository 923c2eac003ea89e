/** Helpers to read the built site in `dist/`. */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { listBuiltFiles } from '../../src/integrations/built-files';
import { projectRoot } from './fixture-build';

export const distDir = join(projectRoot, 'dist');

export function assertBuilt(): void {
	if (!existsSync(join(distDir, 'index.html'))) {
		throw new Error('dist/ is missing: run `npm test` (which builds first) or `npm run build` before these tests.');
	}
}

/** All HTML files in dist, as paths relative to dist (e.g. `section-1/index.html`). */
export async function htmlFiles(dir = distDir): Promise<string[]> {
	return (await listBuiltFiles(dir)).filter((file) => file.endsWith('.html'));
}

export function readDist(path: string): Promise<string> {
	return readFile(join(distDir, path), 'utf8');
}
