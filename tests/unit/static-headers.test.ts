/** The headers file for Netlify and Cloudflare Pages, and the site-wide policy it sends. */
import { describe, expect, it } from 'vitest';
import { parsePolicy, unionOfPolicies } from '../../src/lib/csp';
import {
	cachingRules,
	formatHeadersFile,
	headerRules,
	headersFor,
	immutableCaching,
	isHashedFile,
	parseHeadersFile,
	patternMatches,
	revalidateCaching,
	urlPathOf,
} from '../../src/lib/static-headers';
import { headerPolicy } from '../../src/integrations/static-host-headers';
import { cspDirectives } from '../../src/data/content-security-policy';

const files = [
	'404.html',
	'_astro/index.B3x_1aZq.css',
	'_astro/page.cNngjUgL.js',
	'favicon.svg',
	'index.html',
	'o/1.1/index.html',
	'og/index.png',
	'pagefind/filter/en_2019ee4.pf_filter',
	'pagefind/fragment/en_0a1b2c3.pf_fragment',
	'pagefind/index/en_085c2da.pf_index',
	'pagefind/pagefind-entry.json',
	'pagefind/pagefind.en_20578c873d.pf_meta',
	'pagefind/pagefind.js',
	'pagefind/wasm.en.pagefind',
	'section-1/bigquery-ml/index.html',
	'section-1/index.html',
	'sw.js',
];
const cacheOf = (rules: ReturnType<typeof cachingRules>, path: string) =>
	headersFor(rules, path)
		.filter(([name]) => name === 'Cache-Control')
		.map(([, value]) => value);

describe('caching rules', () => {
	it('tells content-hashed files from fixed names', () => {
		expect(isHashedFile('_astro/page.cNngjUgL.js')).toBe(true);
		expect(isHashedFile('pagefind/fragment/en_0a1b2c3.pf_fragment')).toBe(true);
		expect(isHashedFile('pagefind/pagefind.en_20578c873d.pf_meta')).toBe(true);
		expect(isHashedFile('pagefind/pagefind.js')).toBe(false);
		expect(isHashedFile('pagefind/pagefind-entry.json')).toBe(false);
		expect(isHashedFile('pagefind/wasm.en.pagefind')).toBe(false);
		expect(isHashedFile('sw.js')).toBe(false);
	});

	it('maps files to the URL paths they are served at', () => {
		expect(urlPathOf('index.html', '/')).toBe('/');
		expect(urlPathOf('section-1/index.html', '/pmle/')).toBe('/pmle/section-1/');
		expect(urlPathOf('sw.js', '/pmle/')).toBe('/pmle/sw.js');
	});

	it('matches a trailing splat as a prefix and anything else exactly', () => {
		expect(patternMatches('/section-1/*', '/section-1/')).toBe(true);
		expect(patternMatches('/o/*', '/og/index.png')).toBe(false);
		expect(patternMatches('/sw.js', '/sw.js')).toBe(true);
		expect(patternMatches('/', '/section-1/')).toBe(false);
	});

	it('gives every file exactly one Cache-Control: immutable for hashed files, revalidate for the rest', () => {
		for (const base of ['/', '/pmle/']) {
			const rules = cachingRules(files, base);
			for (const file of files) {
				const expected = isHashedFile(file) ? immutableCaching : revalidateCaching;
				expect(cacheOf(rules, urlPathOf(file, base)), `${base} ${file}`).toEqual([expected]);
			}
			expect(rules.every((rule) => rule.path.startsWith(base))).toBe(true);
		}
	});

	it('groups folders without hashed files under one rule, and names Pagefind files one by one', () => {
		const paths = cachingRules(files, '/').map((rule) => rule.path);
		expect(paths).toContain('/section-1/*');
		expect(paths).toContain('/_astro/*');
		expect(paths).toContain('/pagefind/pagefind.js');
		expect(paths).not.toContain('/pagefind/*');
	});
});

describe('the headers file', () => {
	const policy = "default-src 'self'; script-src 'self' 'sha256-a'";

	it('sends the security headers and the policy for the whole site, and only there', () => {
		const rules = headerRules(files, '/pmle/', policy);
		expect(rules[0]!.path).toBe('/pmle/*');
		expect(Object.fromEntries(rules[0]!.headers)).toMatchObject({
			'Content-Security-Policy': policy,
			'X-Content-Type-Options': 'nosniff',
			'X-Frame-Options': 'DENY',
			'Referrer-Policy': 'strict-origin-when-cross-origin',
		});
		const csp = headersFor(rules, '/pmle/section-1/').filter(([name]) => name === 'Content-Security-Policy');
		expect(csp).toEqual([['Content-Security-Policy', policy]]);
	});

	it('reads back what it writes', () => {
		const rules = headerRules(files, '/', policy);
		expect(parseHeadersFile(formatHeadersFile(rules))).toEqual(rules);
		expect(() => parseHeadersFile('  X-Orphan: 1\n')).toThrow(/Line 1/);
	});

	it("fails the build past Cloudflare's limits, naming them", () => {
		expect(() => headerRules(files, '/', `script-src ${"'sha256-x' ".repeat(200)}`)).toThrow(/2000 a line/);
		const many = Array.from({ length: 120 }, (_, i) => `file-${i}.txt`);
		expect(() => headerRules(many, '/', policy)).toThrow(/at most 100/);
	});
});

describe('the site-wide policy', () => {
	const page = (hashes: string) =>
		`default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${hashes}; style-src-elem 'self'`;

	it('is the union of the pages’ hashes, plus the header-only directives', () => {
		const union = parsePolicy(headerPolicy([page("'sha256-a'"), page("'sha256-b' 'sha256-a'")]));
		expect(union.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'", "'sha256-a'", "'sha256-b'"]);
		expect(union.get('frame-ancestors')).toEqual(["'none'"]);
	});

	it('refuses pages that disagree on anything but hashes', () => {
		expect(() => unionOfPolicies([page(''), "default-src 'none'; script-src 'self'"])).toThrow(/different/);
		expect(() => unionOfPolicies([page(''), page('').replace("'wasm-unsafe-eval' ", '')])).toThrow(
			/non-hash sources for script-src/
		);
	});

	it('keeps every directive of the configured list', () => {
		const configured = cspDirectives.join('; ');
		const union = parsePolicy(headerPolicy([configured]));
		for (const [name, sources] of parsePolicy(configured)) expect(union.get(name)).toEqual(sources);
	});
});
