/**
 * Astro integration: after the build, check every internal link and fragment in
 * the real HTML output and fail the build when one is broken.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { findBrokenLinks, formatBrokenLinks } from '../lib/link-check';
import { listBuiltFiles } from './built-files';

export function linkCheck(): AstroIntegration {
	let base = '/';
	return {
		name: 'pmle-link-check',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base;
			},
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const files = new Set(await listBuiltFiles(root));
				const pages = new Map<string, string>();
				for (const file of files) if (file.endsWith('.html')) pages.set(file, await readFile(join(root, file), 'utf8'));
				const broken = findBrokenLinks(pages, files, base);
				if (broken.length > 0) {
					throw new AstroError(
						`Found ${broken.length} broken internal link${broken.length === 1 ? '' : 's'} in the built site:\n${formatBrokenLinks(broken)}`,
						'Fix the link in the page (or component) named on the left. Links to headings must use the heading id; study-page consideration headings derive theirs from the registry label (src/lib/anchors.ts). If a page moved, add a redirect.'
					);
				}
				logger.info(`Checked the links of ${pages.size} pages: none broken.`);
			},
		},
	};
}
