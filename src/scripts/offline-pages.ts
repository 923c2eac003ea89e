/** The offline page's list of pages this device has: visited pages and the saved guide, read from Cache Storage. */
import { cachePrefix, savedBuildId } from '../lib/offline';

const titleOf = (html: string) =>
	/<title>([^<]*)<\/title>/i
		.exec(html)?.[1]
		?.replace(/ \| .*$/, '')
		.trim();

async function findPages(): Promise<{ url: string; title: string }[]> {
	const pages = new Map<string, string>();
	for (const name of await caches.keys()) {
		if (!name.startsWith(`${cachePrefix}pages-`) && !savedBuildId(name)) continue;
		const cache = await caches.open(name);
		for (const request of await cache.keys()) {
			const url = new URL(request.url);
			if (!url.pathname.endsWith('/') || pages.has(url.pathname)) continue;
			const response = await cache.match(request);
			if (!response?.headers.get('content-type')?.includes('text/html')) continue;
			const html = await response.text();
			if (/http-equiv="refresh"/i.test(html)) continue;
			const title = titleOf(html);
			if (title) pages.set(url.pathname, title);
		}
	}
	return [...pages].map(([url, title]) => ({ url, title })).sort((a, b) => a.url.localeCompare(b.url));
}

export function listOfflinePages(): void {
	const status = document.querySelector<HTMLElement>('[data-offline-pages-status]');
	const list = document.querySelector<HTMLUListElement>('[data-offline-pages]');
	if (!status || !list || !('caches' in window)) return;
	void findPages().then((pages) => {
		status.textContent =
			pages.length === 0
				? 'No page is saved on this device yet.'
				: `${pages.length} ${pages.length === 1 ? 'page' : 'pages'} on this device:`;
		for (const page of pages) {
			const item = document.createElement('li');
			const link = document.createElement('a');
			link.href = page.url;
			link.textContent = page.title;
			item.append(link);
			list.append(item);
		}
	});
}
