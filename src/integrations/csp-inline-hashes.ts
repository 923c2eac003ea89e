/**
 * Astro integration: after the build, add the hashes of each page's inline
 * scripts and styles to its Content Security Policy (see src/lib/csp.ts).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { completePagePolicy } from '../lib/csp';
import { listBuiltFiles } from './built-files';

export function cspInlineHashes(): AstroIntegration {
	return {
		name: 'pmle-csp-inline-hashes',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				let updated = 0;
				for (const file of await listBuiltFiles(root)) {
					if (!file.endsWith('.html')) continue;
					const path = join(root, file);
					const html = await readFile(path, 'utf8');
					const completed = completePagePolicy(html);
					if (completed !== html) {
						await writeFile(path, completed);
						updated++;
					}
				}
				logger.info(`Added inline script and style hashes to the CSP of ${updated} pages.`);
			},
		},
	};
}
