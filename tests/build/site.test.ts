/**
 * The built site: every page's metadata, the generated pages, and the real
 * Pagefind index queried headlessly.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, distDir, htmlFiles, readDist } from '../support/dist';
import { loadPagefind, type PagefindApi } from '../support/pagefind-node';
import { blueprint2026, considerationIds, objectiveIds, sections } from '../../src/lib/registry';
import { considerationAnchor } from '../../src/lib/anchors';
import { cspHash, inlineBodies } from '../../src/lib/csp';
import { decodeAttribute } from '../../src/lib/link-check';
import { repository } from '../../src/lib/repository';
import { projectRoot } from '../support/fixture-build';

let pages: string[] = [];
beforeAll(async () => {
	assertBuilt();
	pages = await htmlFiles();
});

const attr = (html: string, pattern: RegExp) => pattern.exec(html)?.[1];

describe('every built page', () => {
	it('exists for the home, the six overviews and the versions page', () => {
		expect(pages).toEqual(
			expect.arrayContaining([
				'index.html',
				'404.html',
				'exam-guide-versions/index.html',
				...sections.map((s) => `${s.slug}/index.html`),
			])
		);
	});

	it('has a title, a meta description and a language', async () => {
		for (const page of pages) {
			const html = await readDist(page);
			expect(attr(html, /<title>([^<]+)<\/title>/), `${page} <title>`).toMatch(/\S/);
			expect(attr(html, /<meta name="description" content="([^"]+)"/), `${page} meta description`).toMatch(/\S{3}/);
			expect(attr(html, /<html[^>]* lang="([^"]+)"/), `${page} lang`).toBe('en');
		}
	});

	it('has a unique title', async () => {
		const titles = await Promise.all(pages.map(async (p) => attr(await readDist(p), /<title>([^<]+)<\/title>/)));
		expect(new Set(titles).size).toBe(titles.length);
	});
});

describe('Content Security Policy', () => {
	const hashesIn = (directive: string | undefined) =>
		[...(directive ?? '').matchAll(/'(sha256-[^']+)'/g)].map((m) => `'${m[1]}'`).sort();
	const directive = (policy: string, name: string) =>
		policy
			.split(';')
			.map((d) => d.trim())
			.find((d) => d.startsWith(`${name} `));

	it("comes right after the charset and allows exactly the page's own non-empty inline scripts and styles", async () => {
		for (const page of pages) {
			const html = await readDist(page);
			const head = /<head>([\s\S]*?)<\/head>/.exec(html)?.[1] ?? '';
			expect(head, `${page}: the policy must be the first element after <meta charset>`).toMatch(
				/^<meta charset="utf-8"\/?><meta http-equiv="content-security-policy" content="[^"]+">/
			);
			const policy = attr(html, /<meta http-equiv="content-security-policy" content="([^"]+)">/)!;
			const { scripts, styles } = inlineBodies(html);
			const expected = (bodies: string[]) => [...new Set(bodies.filter((b) => b.trim()).map(cspHash))].sort();
			expect(hashesIn(directive(policy, 'script-src')), `${page} script-src hashes`).toEqual(expected(scripts));
			expect(hashesIn(directive(policy, 'style-src-elem')), `${page} style-src-elem hashes`).toEqual(expected(styles));
			expect(policy, `${page} allows an empty inline element`).not.toContain(cspHash(''));
			expect(directive(policy, 'worker-src'), page).toBe("worker-src 'self'");
		}
	});

	it('gives the redirect pages (/o/…), which run no inline code, no script hashes at all', async () => {
		const redirects = pages.filter((page) => page.startsWith('o/'));
		expect(redirects.length).toBeGreaterThan(80);
		for (const page of redirects) {
			const policy = attr(await readDist(page), /<meta http-equiv="content-security-policy" content="([^"]+)">/)!;
			expect(directive(policy, 'script-src'), page).toBe("script-src 'self' 'wasm-unsafe-eval'");
		}
	});
});

describe('tables', () => {
	it('sit in focusable regions named distinctly on their page, and pages with tables load the script that keeps only overflowing ones focusable', async () => {
		let tables = 0;
		for (const page of pages) {
			const html = await readDist(page);
			const wrappers = [...html.matchAll(/<div class="table-scroll"([^>]*)>/g)].map((m) => m[1]!);
			if (wrappers.length === 0) continue;
			tables += wrappers.length;
			// Without JavaScript every wrapper is a named tab stop, so a table that overflows is always reachable.
			for (const attributes of wrappers)
				expect(attributes, page).toMatch(/tabindex="0" role="region" aria-label="Table[^"]*"/);
			const names = wrappers.map((attributes) => attr(attributes, /aria-label="([^"]*)"/));
			expect(new Set(names).size, `${page}: ${names.join(' | ')}`).toBe(names.length);
			expect(html, `${page} loads the table-scroll script`).toMatch(/\/_astro\/ScrollRegionScript[^"]*\.js"/);
		}
		expect(tables).toBeGreaterThan(100);
	});
});

describe('privacy', () => {
	it('no page loads a script, style, font, image or frame from another origin', async () => {
		const external: string[] = [];
		for (const page of pages) {
			const html = await readDist(page);
			for (const m of html.matchAll(
				/<(script|link|img|iframe|source|video|audio|object|embed)\b[^>]*?\s(?:src|href|data|srcset)="([^"]+)"/gi
			)) {
				const [, tag, url] = m;
				if (
					tag!.toLowerCase() === 'link' &&
					!/rel="(stylesheet|preload|modulepreload|icon|prefetch|preconnect|dns-prefetch|manifest)"/.test(m[0])
				)
					continue;
				if (/^(https?:)?\/\//i.test(url!)) external.push(`${page}: <${tag}> ${url}`);
			}
		}
		expect(external).toEqual([]);
	});
});

describe('SEO basics', () => {
	it('serves robots.txt allowing crawlers', async () => {
		expect(await readDist('robots.txt')).toMatch(/^User-agent: \*\nAllow: \/\n/);
	});

	it('has a useful 404 page that links to the sections and is not indexed by search', async () => {
		const html = await readDist('404.html');
		expect(html).toContain('<title>Page not found');
		for (const section of sections) expect(html).toContain(`href="/${section.slug}/"`);
		expect(html).not.toContain('data-pagefind-body');
	});
});

describe('project repository (REPO_URL)', () => {
	/** Each link's href and text (tags stripped). */
	const links = (html: string) =>
		[...html.matchAll(/<a\b[^>]*?\shref="([^"]*)"[^>]*>([\s\S]*?)<\/a>/gi)].map(([, href, text]) => ({
			href: decodeAttribute(href!),
			text: text!
				.replace(/<[^>]+>/g, ' ')
				.replace(/\s+/g, ' ')
				.trim(),
		}));

	it('the home page links to the repository and sends error reports to its issues', async () => {
		const home = links(await readDist('index.html'));
		expect(home.filter((l) => l.href === repository.url).map((l) => l.text)).toContain(
			`Project repository on ${repository.host}`
		);
		const report = home.filter((l) => /open an issue/i.test(l.text));
		expect(report.map((l) => l.href)).toEqual([`${repository.issues}`]);
	});

	it('every page has the header link, and each "Edit page" link opens a file that exists', async () => {
		let edits = 0;
		for (const page of pages.filter((p) => !p.startsWith('o/'))) {
			const found = links(await readDist(page));
			if (!(await readDist(page)).includes('http-equiv="refresh"'))
				expect(
					found.some((l) => l.href === repository.url),
					`${page} links to the repository`
				).toBe(true);
			for (const { href } of found.filter((l) => l.text === 'Edit page')) {
				expect(href.startsWith(repository.editBase), href).toBe(true);
				expect(existsSync(join(projectRoot, href.slice(repository.editBase.length))), href).toBe(true);
				edits++;
			}
		}
		expect(edits).toBeGreaterThan(sections.length);
	});
});

describe('generated pages', () => {
	it('section overviews list every sub-objective and consideration of their section', async () => {
		for (const section of sections) {
			const html = await readDist(`${section.slug}/index.html`);
			expect(html).toContain(`<strong>${section.weight}%</strong> of the exam`);
			for (const objective of section.subObjectives) {
				expect(html, `${section.slug} lists ${objective.id}`).toContain(
					`id="objective-${objective.id.replace('.', '-')}"`
				);
				for (const c of objective.considerations)
					expect(html).toContain(`<span class="consideration-id">${c.id}</span>`);
			}
		}
	});

	it('overviews link written study pages to the right heading and never link unwritten ones', async () => {
		const studyPages = pages.filter((p) => /^section-\d\/[^/]+\/index\.html$/.test(p));
		for (const section of sections) {
			const html = await readDist(`${section.slug}/index.html`);
			for (const objective of section.subObjectives) {
				const block = html.split(`id="objective-${objective.id.replace('.', '-')}"`)[1]!.split('</section>')[0]!;
				const written = /Study page: <a href="([^"]+)"/.exec(block)?.[1];
				if (written) {
					expect(studyPages).toContain(`${written.slice(1)}index.html`);
					for (const c of objective.considerations) {
						expect(block).toContain(`${written}#${considerationAnchor(c.id)}`);
						const target = await readDist(`${written.slice(1)}index.html`);
						expect(target, `${written} has heading for ${c.id}`).toContain(`id="${considerationAnchor(c.id)}"`);
					}
				} else {
					expect(block).toContain('Not yet written');
					expect(block).not.toMatch(/<a href="\/section-/);
				}
			}
		}
	});

	it("the home page shows the six sections with both guides' weights and objective counts", async () => {
		const html = (await readDist('index.html')).replace(/\s+/g, ' ');
		for (const section of sections) {
			const weight2026 = blueprint2026.sections.find((s) => s.id === section.id)!.weight;
			expect(html).toContain(`href="/${section.slug}/"`);
			expect(html).toContain(
				`${weight2026}% of the June 2026 exam (${section.weight}% in October 2024) · ${section.subObjectives.length} sub-objectives`
			);
		}
		expect(html).toContain('href="/practice/mock-exam/"');
	});

	it('the versions page renders the 2026 mapping, flagged unofficial, and the rename table', async () => {
		const html = await readDist('exam-guide-versions/index.html');
		expect(html).toContain('unofficial summary');
		expect(html).toMatch(
			/1\.3 Training models by using AutoML<\/td>\s*<td>\s*1\.1 Developing ML models with BigQuery ML and AutoML\s*\(moved\)/
		);
		expect(html).toMatch(
			/<td>Cloud Composer<\/td>\s*<td>\s*<a href="\/products-and-names\/#managed-airflow">Managed Service for Apache Airflow<\/a>/
		);
		expect(html).toMatch(/<td>Vertex AI Pipelines<\/td>/);
	});

	it('study pages show objective badges linking to their section overview', async () => {
		const html = await readDist('section-1/bigquery-ml/index.html');
		expect(html).toMatch(/<a href="\/section-1\/#objective-1-1" class="objective-badge[ "]/);
	});

	it('every consideration has a registry-derived anchor that is unique per page', () => {
		const anchors = considerationIds.map(considerationAnchor);
		expect(anchors.every((a) => /^[a-z0-9-]+$/.test(a))).toBe(true);
		expect(objectiveIds).toHaveLength(16);
	});
});

describe('search index', () => {
	let pagefind: PagefindApi;
	beforeAll(async () => {
		expect(existsSync(join(distDir, 'pagefind', 'pagefind-entry.json'))).toBe(true);
		pagefind = await loadPagefind(distDir);
	});

	async function topUrls(term: string, n = 3) {
		const search = await pagefind.search(term);
		return Promise.all(search.results.slice(0, n).map(async (r) => (await r.data()).url));
	}

	it.each([
		['BigQuery ML', '/section-1/bigquery-ml/'],
		['ARIMA_PLUS', '/section-1/bigquery-ml/'],
		['AutoML forecasting', '/section-1/automl/'],
		['Document AI', '/section-1/ml-apis-and-foundation-models/'],
		['retrieval augmented generation', '/section-1/ml-apis-and-foundation-models/'],
		// An old name finds the products-and-names entry that gives today's name.
		['Cloud Composer', '/products-and-names/'],
	])('finds the page that teaches "%s"', async (term, expected) => {
		expect(await topUrls(term)).toContain(expected);
	});

	it('reports section, objective and product filters', async () => {
		const filters = await pagefind.filters();
		expect(Object.keys(filters)).toEqual(expect.arrayContaining(['section', 'objective', 'product']));
		expect(Object.keys(filters.section!)).toContain('Section 1: Architecting low-code AI solutions');
		expect(Object.keys(filters.objective!)).toContain('1.1 Developing ML models by using BigQuery ML');
		expect(Object.keys(filters.product!)).toContain('BigQuery ML');
	});

	it('attaches filters to results and narrows results by objective', async () => {
		const search = await pagefind.search('model', { filters: { objective: '1.3 Training models by using AutoML' } });
		expect(search.results.length).toBeGreaterThan(0);
		for (const result of search.results) {
			const data = await result.data();
			expect(data.filters.objective).toContain('1.3 Training models by using AutoML');
			expect(data.filters.section).toContain('Section 1: Architecting low-code AI solutions');
		}
	});

	it('keeps badge text and heading-link labels out of excerpts', async () => {
		const search = await pagefind.search('BigQuery ML');
		for (const result of search.results.slice(0, 5)) {
			const data = await result.data();
			expect(data.excerpt).not.toMatch(/Exam objectives covered|Section titled|Link to section/);
			expect(data.content).not.toContain('Exam objectives covered');
		}
	});
});
