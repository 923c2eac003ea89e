/// <reference lib="webworker" />
// (The worker's globals: self.skipWaiting, FetchEvent.resultingClientId and the like.)
/**
 * The service worker (dist/sw.js). Bundled by esbuild and given its precache
 * list by workbox-build's injectManifest in src/integrations/offline.ts; the
 * constants below are replaced at that step. Its scope is the base path.
 *
 * - Precached (installed with the worker): the offline page, the CSS and JS it
 *   uses (the app shell every page shares), the web app manifest and icons.
 * - Pages the reader opens: network first (4 s timeout), kept in this build's
 *   pages cache; offline, a page comes from that cache, then from the saved
 *   guide, else the offline page answers instead of the browser's error.
 * - Hashed files under `_astro/`: cache first (a hashed name never changes).
 * - Everything else (search index, question bank): network, then the saved guide.
 *
 * Every cache is named after the build (src/lib/offline.ts), so one build's HTML
 * is never served with another build's files. A new worker waits until the
 * reader chooses to reload (message `skip-waiting`). On activation it drops the
 * caches of other builds, except a complete saved guide: that older copy stays
 * usable offline until the page scripts have saved this build's copy.
 */
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { NetworkFirst } from 'workbox-strategies';
import { cacheNames, cachePrefix, completeMarker, savedBuildId } from '../lib/offline';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (string | { url: string; revision: string | null })[] };
/** Replaced at build time: this build's ID and the base path (ending in `/`). */
declare const __BUILD_ID__: string;
declare const __BASE__: string;

const buildId = __BUILD_ID__;
const base = __BASE__;
const names = cacheNames(buildId);
const offlinePage = `${base}offline/`;

/** Which build's saved copy served each open page, when an older copy did: its requests then come from the same copy. */
const servedFromBuild = new Map<string, string>();

const inScope = (url: URL) => url.origin === self.location.origin && url.pathname.startsWith(base);

/** Complete saved-guide caches, this build's (complete or not: it is consistent with this build) first. */
async function savedCaches(prefer?: string): Promise<{ build: string; cache: Cache }[]> {
	const found: { build: string; cache: Cache }[] = [];
	for (const name of await caches.keys()) {
		const build = savedBuildId(name);
		if (!build) continue;
		const cache = await caches.open(name);
		if (build === buildId || (await cache.match(`${base}${completeMarker}`))) found.push({ build, cache });
	}
	const rank = (build: string) => (build === prefer ? 0 : build === buildId ? 1 : 2);
	return found.sort((a, b) => rank(a.build) - rank(b.build));
}

async function fromSaved(
	request: Request,
	prefer?: string
): Promise<{ build: string; response: Response } | undefined> {
	for (const { build, cache } of await savedCaches(prefer)) {
		// Queries never select a different file here (Pagefind adds a cache-busting `?ts=`).
		const response = await cache.match(request, { ignoreSearch: true });
		if (response) return { build, response };
	}
	return undefined;
}

precacheAndRoute(self.__WB_MANIFEST, { ignoreURLParametersMatching: [/.*/] });
cleanupOutdatedCaches();

// Pages: network first, then this build's visited pages, then a saved guide, then the offline page.
registerRoute(
	({ request, url }) => request.mode === 'navigate' && inScope(url),
	new NetworkFirst({
		cacheName: names.pages,
		networkTimeoutSeconds: 4,
		matchOptions: { ignoreSearch: true },
		plugins: [
			{
				// Keep only real pages: not the 404 page, not a redirect.
				cacheWillUpdate: async ({ response }) => (response.status === 200 && !response.redirected ? response : null),
				handlerDidError: async ({ request, event }) => {
					const saved = await fromSaved(request);
					if (saved) {
						const clientId = (event as FetchEvent).resultingClientId;
						if (clientId && saved.build !== buildId) servedFromBuild.set(clientId, saved.build);
						return saved.response;
					}
					return (await matchPrecache(offlinePage)) ?? Response.error();
				},
			},
		],
	})
);

// Hashed CSS and JS: cache first, from any cache of this site, else the network (kept in this build's assets cache).
registerRoute(
	({ url }) => inScope(url) && url.pathname.startsWith(`${base}_astro/`),
	async ({ request }) => {
		const cached = await caches.match(request);
		if (cached) return cached;
		const response = await fetch(request);
		if (response.ok) await (await caches.open(names.assets)).put(request, response.clone());
		return response;
	}
);

// The rest (search index, question bank, downloads): the network, then the saved guide
// of the build that served the page asking for it.
registerRoute(
	({ request, url }) => request.method === 'GET' && inScope(url),
	async ({ request, event }) => {
		try {
			return await fetch(request);
		} catch (error) {
			const saved = await fromSaved(request, servedFromBuild.get((event as FetchEvent).clientId));
			if (saved) return saved.response;
			throw error;
		}
	}
);

self.addEventListener('message', (event) => {
	const data = event.data as { type?: string } | null;
	if (data?.type === 'skip-waiting') void self.skipWaiting();
	if (data?.type === 'build-id') event.ports[0]?.postMessage({ buildId });
});

self.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			// Drop other builds' caches; an older saved guide stays only if it is complete.
			for (const name of await caches.keys()) {
				if (!name.startsWith(cachePrefix) || name.endsWith(`-${buildId}`)) continue;
				const build = savedBuildId(name);
				if (build && (await (await caches.open(name)).match(`${base}${completeMarker}`))) continue;
				await caches.delete(name);
			}
			// The page that installed the worker loaded before it: keep it too, so the first visit reads offline.
			const pages = await caches.open(names.pages);
			for (const client of await self.clients.matchAll({ type: 'window', includeUncontrolled: true })) {
				const url = new URL(client.url);
				url.search = '';
				url.hash = '';
				if (!inScope(url) || (await pages.match(url.href))) continue;
				try {
					const response = await fetch(url.href);
					if (response.status === 200 && (response.headers.get('content-type') ?? '').includes('text/html')) {
						await pages.put(url.href, response);
					}
				} catch {
					// Offline already: nothing to keep.
				}
			}
		})()
	);
});
