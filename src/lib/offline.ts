/**
 * Offline reading, the parts that need no browser and no Node: cache names,
 * which built files "Save the whole guide" downloads, and sizes as a reader
 * reads them. Shared by the build step (src/integrations/offline.ts), the
 * service worker (src/sw/service-worker.ts) and the page scripts, so the three
 * always agree on names. Browser-safe: no Node imports.
 */

/** Prefix of every Cache Storage cache this site creates (other sites' caches on the origin are left alone). */
export const cachePrefix = 'pmle-';

/** Where a build's caches live. Each name carries the build ID, so one build's HTML never meets another build's files. */
export interface CacheNames {
	/** Pages the reader opened (network first, kept for offline). */
	pages: string;
	/** Hashed CSS and JS under `_astro/` (cache first: a hashed name never changes content). */
	assets: string;
	/** "Save the whole guide": every page, the search index and the question bank of this build. */
	saved: string;
}

export function cacheNames(buildId: string): CacheNames {
	return {
		pages: `${cachePrefix}pages-${buildId}`,
		assets: `${cachePrefix}assets-${buildId}`,
		saved: `${cachePrefix}saved-${buildId}`,
	};
}

/** The build ID of a saved-guide cache name (`pmle-saved-<id>`), or undefined for any other cache. */
export function savedBuildId(cacheName: string): string | undefined {
	const match = new RegExp(`^${cachePrefix}saved-([\\w-]+)$`).exec(cacheName);
	return match?.[1];
}

/**
 * Key of the entry written last into a saved-guide cache: its presence means
 * the download finished, so a half-saved copy is never taken for a whole one.
 * Relative to the base path.
 */
export const completeMarker = '__offline-complete__';

/** Build-time list of what "Save the whole guide" downloads (dist/offline-manifest.json). */
export interface OfflineManifest {
	/** Changes with any change to the built files; names this build's caches. */
	buildId: string;
	/** Total bytes of `files`, shown before the download starts. */
	bytes: number;
	/** Number of HTML pages among `files`. */
	pages: number;
	/** Every URL to save, with its size in bytes: [url, bytes]. */
	files: [string, number][];
}

/** Built files left out of the saved guide: the worker and its own list, crawler files, the 404 page (the offline page takes its place). */
const notSaved = [/^sw\.js$/, /^offline-manifest\.json$/, /^robots\.txt$/, /^sitemap[^/]*\.xml$/, /^404\.html$/];

/** Whether the saved guide includes a built file (path relative to dist/, forward slashes). */
export function isSavedFile(path: string): boolean {
	return !notSaved.some((pattern) => pattern.test(path));
}

/** URL under `base` that serves a built file: `section-1/index.html` → `/base/section-1/`. */
export function urlForBuiltFile(path: string, base: string): string {
	const root = base.endsWith('/') ? base : `${base}/`;
	if (path === 'index.html') return root;
	if (path.endsWith('/index.html')) return `${root}${path.slice(0, -'index.html'.length)}`;
	return `${root}${path}`;
}

/** The offline manifest for a build: every saved file (in a stable order) with its URL and size. */
export function buildOfflineManifest(
	files: readonly { path: string; bytes: number }[],
	base: string,
	buildId: string
): OfflineManifest {
	const saved = files.filter((file) => isSavedFile(file.path)).sort((a, b) => a.path.localeCompare(b.path));
	return {
		buildId,
		bytes: saved.reduce((sum, file) => sum + file.bytes, 0),
		pages: saved.filter((file) => file.path.endsWith('.html')).length,
		files: saved.map((file) => [urlForBuiltFile(file.path, base), file.bytes]),
	};
}

/** A size as a reader reads it: `950 KB`, `12.4 MB` (decimal units, as operating systems show free space). */
export function formatBytes(bytes: number): string {
	if (bytes < 1000) return `${bytes} bytes`;
	if (bytes < 1_000_000) return `${Math.round(bytes / 1000)} KB`;
	const mb = bytes / 1_000_000;
	return `${mb < 100 ? mb.toFixed(1) : Math.round(mb)} MB`;
}
