/**
 * Lists the files of a build output folder, for the build steps that work on
 * `dist/` (and for the tests that read it).
 */
import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/** Every file below `root`, as sorted forward-slash paths relative to it (`section-1/index.html`). */
export async function listBuiltFiles(root: string): Promise<string[]> {
	const entries = await readdir(root, { recursive: true, withFileTypes: true });
	return entries
		.filter((entry) => entry.isFile())
		.map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))
		.sort();
}
