/**
 * dist/_headers, the headers file for Netlify and Cloudflare Pages: it parses,
 * stays within Cloudflare's limits, sends a Content Security Policy that agrees
 * with every page's own <meta> policy, caches every content-hashed file for a
 * year and nothing else.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, distDir, readDist } from '../support/dist';
import { listBuiltFiles } from '../../src/integrations/built-files';
import { headersFileName, metaPolicyOf } from '../../src/integrations/static-host-headers';
import { headerOnlyDirectives } from '../../src/data/content-security-policy';
import { isHashSource, parsePolicy } from '../../src/lib/csp';
import {
	headersFileLimits,
	headersFor,
	immutableCaching,
	parseHeadersFile,
	revalidateCaching,
	urlPathOf,
	type HeaderRule,
} from '../../src/lib/static-headers';

let text = '';
let rules: HeaderRule[] = [];
let files: string[] = [];
const values = (path: string, name: string) =>
	headersFor(rules, path)
		.filter(([header]) => header.toLowerCase() === name.toLowerCase())
		.map(([, value]) => value);

beforeAll(async () => {
	assertBuilt();
	text = await readFile(join(distDir, headersFileName), 'utf8');
	rules = parseHeadersFile(text);
	files = (await listBuiltFiles(distDir)).filter((file) => file !== headersFileName);
});

describe('the headers file', () => {
	it("parses, within Cloudflare Pages' limits of 100 rules and 2,000 characters a line", () => {
		expect(rules.length).toBeGreaterThan(5);
		expect(rules.length).toBeLessThanOrEqual(headersFileLimits.rules);
		for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(headersFileLimits.lineLength);
		// Netlify accepts a splat only at the end of a path.
		for (const rule of rules) expect(rule.path, rule.path).toMatch(/^\/[^*]*\*?$/);
	});

	it('sends one policy to every page that allows what its <meta> policy allows, with the same directives', async () => {
		const headerOnly = [...parsePolicy(headerOnlyDirectives.join('; ')).keys()];
		const pages = files.filter((file) => file.endsWith('.html'));
		expect(pages.length).toBeGreaterThan(150);
		for (const page of pages) {
			const meta = metaPolicyOf(await readDist(page));
			expect(meta, `${page} has a <meta> policy`).toBeDefined();
			const sent = values(urlPathOf(page, '/'), 'Content-Security-Policy');
			expect(sent, `${page}: exactly one CSP header`).toHaveLength(1);
			const header = parsePolicy(sent[0]!);
			const own = parsePolicy(meta!);
			expect([...header.keys()].sort(), page).toEqual([...own.keys(), ...headerOnly].sort());
			for (const [name, sources] of own) {
				const allowed = header.get(name)!;
				const fixed = (list: string[]) => list.filter((s) => !isHashSource(s));
				expect(fixed(allowed), `${page} ${name}`).toEqual(fixed(sources));
				for (const hash of sources.filter(isHashSource)) expect(allowed, `${page} ${name}`).toContain(hash);
			}
		}
		expect(parsePolicy(values('/', 'Content-Security-Policy')[0]!).get('frame-ancestors')).toEqual(["'none'"]);
	});

	it('sends the standard security headers with every response', () => {
		for (const path of ['/', '/section-1/bigquery-ml/', '/_astro/x.js', '/pagefind/pagefind.js']) {
			expect(values(path, 'X-Content-Type-Options'), path).toEqual(['nosniff']);
			expect(values(path, 'X-Frame-Options'), path).toEqual(['DENY']);
			expect(values(path, 'Referrer-Policy'), path).toEqual(['strict-origin-when-cross-origin']);
			expect(values(path, 'Permissions-Policy'), path).toHaveLength(1);
		}
	});

	it('caches every content-hashed file for a year, and makes every page and fixed-name file revalidate', () => {
		const astro = files.filter((file) => file.startsWith('_astro/'));
		expect(astro.length).toBeGreaterThan(10);
		// Astro names its bundles <name>.<8-character hash>.<ext>, Expressive Code its
		// script and styles ec.<5-character hash>.<ext>: safe to keep forever.
		for (const file of astro) expect(file, 'a hashed name').toMatch(/\.([\w-]{8}|[a-z0-9]{5})\.\w+$/);
		const pagefindChunks = files.filter((file) => /^pagefind\/(fragment|index|filter)\//.test(file));
		expect(pagefindChunks.length).toBeGreaterThan(10);
		for (const file of pagefindChunks) expect(file, 'a hashed name').toMatch(/\/[a-z-]+_[0-9a-f]{7,}\.pf_\w+$/);
		const hashed = [
			...astro,
			...pagefindChunks,
			...files.filter((file) => /^pagefind\/pagefind\.\w+_[0-9a-f]+\.pf_meta$/.test(file)),
		];
		for (const file of files) {
			const caching = values(urlPathOf(file, '/'), 'Cache-Control');
			expect(caching, file).toEqual([hashed.includes(file) ? immutableCaching : revalidateCaching]);
		}
		for (const fixed of [
			'pagefind/pagefind.js',
			'pagefind/pagefind-entry.json',
			'pagefind/wasm.en.pagefind',
			'index.html',
		])
			expect(values(urlPathOf(fixed, '/'), 'Cache-Control'), fixed).toEqual([revalidateCaching]);
	});
});
