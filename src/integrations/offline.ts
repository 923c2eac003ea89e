/**
 * Astro integration: after the build, write what offline reading needs into
 * dist/ (see README, "Offline reading"):
 * - `offline-manifest.json`: every page, the whole Pagefind index, the question
 *   bank and the hashed assets, with sizes and the build ID ("Save the whole guide").
 * - `sw.js`: the service worker, src/sw/service-worker.ts bundled by esbuild,
 *   then given its precache list by workbox-build's `injectManifest`.
 *
 * Why injectManifest and not generateSW: the worker's offline logic (the
 * offline page as fallback, saved-guide caches named per build, serving an
 * older complete copy until the new one is saved) needs code of our own that
 * generateSW's options cannot express; with injectManifest that code is typed
 * TypeScript in src/, and workbox-build still owns the precache list and its
 * revisions. workbox-build cannot bundle, so esbuild (Astro's own dependency)
 * does, just before.
 *
 * It must run after Starlight has written the Pagefind index (our integrations
 * come after starlight() in astro.config.mjs, and the check below fails the
 * build if the index is missing) and after the CSP hashes are final, since the
 * build ID and the precache revisions are computed from the final files.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { injectManifest } from 'workbox-build';
import { buildOfflineManifest, formatBytes } from '../lib/offline';
import { listBuiltFiles } from './built-files';

const workerSource = fileURLToPath(new URL('../sw/service-worker.ts', import.meta.url));

/** Paths (relative to dist) of the `_astro/` files a page loads, following the JS modules' static imports. */
async function pageAssets(root: string, htmlPath: string, base: string): Promise<string[]> {
	const html = await readFile(join(root, htmlPath), 'utf8');
	const found = new Set<string>();
	const queue = [...html.matchAll(/(?:href|src)="([^"]+)"/g)]
		.map((m) => m[1]!)
		.filter((url) => url.startsWith(`${base}_astro/`))
		.map((url) => url.slice(base.length));
	while (queue.length > 0) {
		const path = queue.pop()!;
		if (found.has(path) || !existsSync(join(root, path))) continue;
		found.add(path);
		if (!path.endsWith('.js')) continue;
		const js = await readFile(join(root, path), 'utf8');
		// Static and dynamic imports (`./x.js`) and Vite's preload list (`_astro/x.css`).
		for (const m of js.matchAll(/["'`](?:\.\/|[\w/-]*_astro\/)([\w.-]+\.(?:js|css))["'`]/g)) {
			queue.push(`_astro/${m[1]}`);
		}
	}
	return [...found].sort();
}

export function offline(): AstroIntegration {
	let base = '/';
	return {
		name: 'pmle-offline',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base.endsWith('/') ? config.base : `${config.base}/`;
			},
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				for (const required of ['pagefind/pagefind.js', 'pagefind/pagefind-entry.json', 'offline/index.html']) {
					if (!existsSync(join(root, required))) {
						throw new Error(
							`Offline build step: dist/${required} is missing. The offline integration must run after Starlight has written the Pagefind index and after src/pages/offline.astro is built (keep offline() after starlight() in astro.config.mjs).`
						);
					}
				}
				const hash = createHash('sha256');
				const files: { path: string; bytes: number }[] = [];
				for (const path of await listBuiltFiles(root)) {
					if (path === 'sw.js' || path === 'offline-manifest.json') continue;
					const content = await readFile(join(root, path));
					hash.update(path).update('\0').update(content).update('\0');
					files.push({ path, bytes: (await stat(join(root, path))).size });
				}
				const buildId = hash.digest('hex').slice(0, 16);
				const manifest = buildOfflineManifest(files, base, buildId);
				await writeFile(join(root, 'offline-manifest.json'), JSON.stringify(manifest));

				const temp = await mkdtemp(join(tmpdir(), 'pmle-sw-'));
				try {
					const swSrc = join(temp, 'sw.js');
					await build({
						entryPoints: [workerSource],
						outfile: swSrc,
						bundle: true,
						format: 'iife',
						minify: true,
						target: 'es2022',
						legalComments: 'none',
						define: {
							__BUILD_ID__: JSON.stringify(buildId),
							__BASE__: JSON.stringify(base),
							'process.env.NODE_ENV': '"production"',
						},
						logLevel: 'warning',
					});
					const shell = await pageAssets(root, 'offline/index.html', base);
					const { count, size, warnings } = await injectManifest({
						swSrc,
						swDest: join(root, 'sw.js'),
						globDirectory: root,
						// The icons are left to the browser (it fetches them to install the app): precaching them would add to every first visit.
						globPatterns: ['offline/index.html', 'manifest.webmanifest', 'favicon.svg', ...shell],
						manifestTransforms: [
							async (entries) => ({
								manifest: entries.map((entry) => ({
									...entry,
									// The offline page is served at its directory URL; hashed files need no revision.
									url: `${base}${entry.url.replace(/(^|\/)index\.html$/, '$1')}`,
									revision: entry.url.startsWith('_astro/') ? null : entry.revision,
								})),
								warnings: [],
							}),
						],
					});
					for (const warning of warnings) logger.warn(warning);
					logger.info(
						`Service worker for build ${buildId}: ${count} files precached (${formatBytes(size)}); the saved guide is ${manifest.files.length} files, ${formatBytes(manifest.bytes)}.`
					);
				} finally {
					await rm(temp, { recursive: true, force: true });
				}
			},
		},
	};
}
