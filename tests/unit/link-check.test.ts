import { describe, expect, it } from 'vitest';
import {
	extractIds,
	extractLinks,
	fileForPath,
	findBrokenLinks,
	formatBrokenLinks,
	pathForFile,
} from '../../src/lib/link-check';

describe('link extraction', () => {
	it('finds anchors and meta refresh targets, decoding entities', () => {
		const html = `<a class="x" href="/a/?q=1&amp;r=2">A</a><a href='#top'>B</a><meta http-equiv="refresh" content="0;url=/b/#c">`;
		expect(extractLinks(html)).toEqual(['/a/?q=1&r=2', '#top', '/b/#c']);
	});

	it('finds ids', () => {
		expect([...extractIds('<h2 id="one">x</h2><div data-id="no" id=\'two\'></div>')]).toEqual(['one', 'two']);
	});
});

describe('paths', () => {
	it('maps site paths to files and back, with and without a base', () => {
		expect(fileForPath('/section-1/', '/')).toBe('section-1/index.html');
		expect(fileForPath('/pmle/section-1/', '/pmle/')).toBe('section-1/index.html');
		expect(fileForPath('/pmle', '/pmle/')).toBe('index.html');
		expect(fileForPath('/section-1/', '/pmle/')).toBeUndefined();
		expect(fileForPath('/pmle/favicon.svg', '/pmle/')).toBe('favicon.svg');
		expect(pathForFile('section-1/index.html', '/pmle/')).toBe('/pmle/section-1/');
		expect(pathForFile('index.html', '/')).toBe('/');
	});
});

describe('findBrokenLinks', () => {
	const pages = new Map([
		[
			'index.html',
			'<a href="/section-1/#objective-1-1">ok</a><a href="/missing/">x</a><a href="/section-1/#nope">y</a><a href="#_top">top</a><a href="https://example.com/">ext</a>',
		],
		['section-1/index.html', '<h2 id="objective-1-1">1.1</h2><a href="../">home</a><a href="/favicon.svg">icon</a>'],
	]);
	const files = new Set([...pages.keys(), 'favicon.svg']);

	it('reports missing pages and missing fragments, and nothing else', () => {
		const broken = findBrokenLinks(pages, files, '/');
		expect(broken).toEqual([
			{ page: '/', href: '/missing/', reason: 'no built file missing/index.html' },
			{ page: '/', href: '/section-1/#nope', reason: 'no element with id "nope" on /section-1/' },
		]);
		expect(formatBrokenLinks(broken)).toContain('  / → /missing/ (no built file missing/index.html)');
	});

	it('reports root-relative links that ignore the base path', () => {
		const underBase = new Map([
			['index.html', '<a href="/section-1/">x</a><a href="/pmle/section-1/">ok</a>'],
			['section-1/index.html', ''],
		]);
		expect(findBrokenLinks(underBase, new Set(underBase.keys()), '/pmle/')).toEqual([
			{ page: '/pmle/', href: '/section-1/', reason: 'points outside the base path /pmle/' },
		]);
	});
});

describe('URL manifest', async () => {
	const { buildManifest, diffManifest, linkableFragments } = await import('../support/url-manifest');
	const pages = new Map([
		['index.html', '<h1 id="_top">Home</h1><h2 id="a">A</h2>'],
		['p/index.html', '<h2 id="b">B</h2><article id="q-1">Q</article><div id="not-a-heading"></div>'],
		['404.html', '<h1>Not found</h1>'],
	]);

	it('records pages and their heading and question fragments', () => {
		expect(linkableFragments(pages.get('p/index.html')!)).toEqual(['b', 'q-1']);
		expect(buildManifest(pages)).toEqual({ '/': ['a'], '/p/': ['b', 'q-1'] });
	});

	it('reports missing pages, missing fragments and new pages', () => {
		const recorded = { '/': ['a', 'gone'], '/old/': [] };
		const current = buildManifest(pages);
		const built = (path: string) => ({ '/': pages.get('index.html'), '/p/': pages.get('p/index.html') })[path];
		expect(diffManifest(recorded, current, built)).toEqual({
			missingPages: ['/old/'],
			missingFragments: [{ page: '/', fragment: 'gone' }],
			newPages: ['/p/'],
		});
	});
});

describe('attribute decoding', () => {
	it('decodes named, decimal and hex character references in hrefs', async () => {
		const { decodeAttribute, extractLinks } = await import('../../src/lib/link-check');
		expect(decodeAttribute('/a/?x=1&#x26;y=2&#38;z=3&amp;w=4')).toBe('/a/?x=1&y=2&z=3&w=4');
		expect(decodeAttribute('&unknown; &lt;')).toBe('&unknown; <');
		expect(extractLinks('<a href="/practice/mock-exam/?questions=10&#x26;minutes=15">x</a>')).toEqual([
			'/practice/mock-exam/?questions=10&minutes=15',
		]);
	});
});
