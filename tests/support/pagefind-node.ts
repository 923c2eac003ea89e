/**
 * Runs the real Pagefind browser bundle (`dist/pagefind/pagefind.js`) in Node,
 * with `fetch` answering from the built files. This exercises the index exactly
 * as the search dialog does, minus the DOM.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { searchRanking } from '../../src/data/search-ranking.ts';

export interface PagefindResultData {
	url: string;
	excerpt: string;
	content: string;
	meta: Record<string, string>;
	filters: Record<string, string[]>;
	/** One per heading with an id that has matches below it: the search dialog's sub-results. */
	sub_results: { title: string; url: string; locations: number[]; excerpt: string }[];
}

export interface PagefindApi {
	search(
		term: string,
		options?: { filters?: Record<string, unknown> }
	): Promise<{
		results: { id: string; score: number; data(): Promise<PagefindResultData> }[];
	}>;
	filters(): Promise<Record<string, Record<string, number>>>;
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
}

/**
 * Loads Pagefind from `distDir`, serving requests for `<base>pagefind/…` (and
 * any file:// URL inside dist) from disk.
 */
export async function loadPagefind(distDir: string, base = '/'): Promise<PagefindApi> {
	globalThis.fetch = (async (input: RequestInfo | URL) => {
		const url = new URL(
			typeof input === 'string' || input instanceof URL ? input.toString() : input.url,
			'http://localhost'
		);
		let path = url.protocol === 'file:' ? url.pathname : decodeURIComponent(url.pathname);
		if (url.protocol !== 'file:') {
			if (!path.startsWith(base)) return new Response('not found', { status: 404 });
			path = join(distDir, path.slice(base.length));
		}
		try {
			const body = await readFile(path);
			const type = path.endsWith('.json')
				? 'application/json'
				: path.endsWith('.wasm')
					? 'application/wasm'
					: 'application/octet-stream';
			return new Response(body, { headers: { 'content-type': type } });
		} catch {
			return new Response('not found', { status: 404 });
		}
	}) as typeof fetch;
	const pagefind = (await import(pathToFileURL(join(distDir, 'pagefind', 'pagefind.js')).href)) as PagefindApi;
	// Same ranking as the search dialog (Starlight passes it to Pagefind UI).
	await pagefind.options({ basePath: `${base}pagefind/`, baseUrl: base, ranking: searchRanking });
	await pagefind.init();
	return pagefind;
}
