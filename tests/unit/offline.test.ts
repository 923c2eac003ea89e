import { describe, expect, it } from 'vitest';
import {
	buildOfflineManifest,
	cacheNames,
	formatBytes,
	isSavedFile,
	savedBuildId,
	urlForBuiltFile,
} from '../../src/lib/offline';

describe('offline cache names', () => {
	it('name every cache after the build, and read the build back from a saved-guide cache only', () => {
		expect(cacheNames('abc123')).toEqual({
			pages: 'pmle-pages-abc123',
			assets: 'pmle-assets-abc123',
			saved: 'pmle-saved-abc123',
		});
		expect(savedBuildId('pmle-saved-abc123')).toBe('abc123');
		expect(savedBuildId('pmle-pages-abc123')).toBeUndefined();
		expect(savedBuildId('workbox-precache-v2-http://x/')).toBeUndefined();
		expect(savedBuildId('other-pmle-saved-abc')).toBeUndefined();
	});
});

describe('the offline manifest', () => {
	it('maps built files to URLs under the base', () => {
		expect(urlForBuiltFile('index.html', '/')).toBe('/');
		expect(urlForBuiltFile('section-1/index.html', '/pmle/')).toBe('/pmle/section-1/');
		expect(urlForBuiltFile('section-1/index.html', '/pmle')).toBe('/pmle/section-1/');
		expect(urlForBuiltFile('pagefind/pagefind-entry.json', '/pmle/')).toBe('/pmle/pagefind/pagefind-entry.json');
	});

	it('leaves out the worker, its own list, crawler files and the 404 page', () => {
		for (const path of [
			'sw.js',
			'offline-manifest.json',
			'robots.txt',
			'sitemap-index.xml',
			'sitemap-0.xml',
			'404.html',
		]) {
			expect(isSavedFile(path), path).toBe(false);
		}
		for (const path of ['index.html', 'offline/index.html', 'pagefind/wasm.en.pagefind', 'practice/questions.json']) {
			expect(isSavedFile(path), path).toBe(true);
		}
	});

	it('lists every saved file once, sorted, with the total size and the page count', () => {
		const manifest = buildOfflineManifest(
			[
				{ path: 'section-1/index.html', bytes: 300 },
				{ path: 'sw.js', bytes: 5000 },
				{ path: 'index.html', bytes: 100 },
				{ path: '_astro/a.css', bytes: 20 },
				{ path: 'practice/questions.json', bytes: 1000 },
			],
			'/pmle/',
			'b1'
		);
		expect(manifest).toEqual({
			buildId: 'b1',
			bytes: 1420,
			pages: 2,
			files: [
				['/pmle/_astro/a.css', 20],
				['/pmle/', 100],
				['/pmle/practice/questions.json', 1000],
				['/pmle/section-1/', 300],
			],
		});
	});
});

describe('formatBytes', () => {
	it('reads as people read sizes', () => {
		expect(formatBytes(0)).toBe('0 bytes');
		expect(formatBytes(999)).toBe('999 bytes');
		expect(formatBytes(1000)).toBe('1 KB');
		expect(formatBytes(949_500)).toBe('950 KB');
		expect(formatBytes(13_912_345)).toBe('13.9 MB');
		expect(formatBytes(123_456_789)).toBe('123 MB');
	});
});
