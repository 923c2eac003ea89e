/**
 * The products-and-names glossary on the real build: one entry per registry
 * product with its anchor, names, summary, status and docs link; links to the
 * study pages that list the product (read here from the MDX frontmatter, not
 * through the code under test) and to their objectives' practice pages; and
 * the real Pagefind index finding each entry by its former names. That the
 * glossary never ranks above the study pages for topic queries is checked with
 * the query set, in search-quality.test.ts.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import yaml from 'js-yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, distDir, readDist } from '../support/dist';
import { projectRoot } from '../support/fixture-build';
import { loadPagefind, type PagefindApi, type PagefindResultData } from '../support/pagefind-node';
import { categoryAnchor, formatDate, glossaryPath, statusLabel } from '../../src/lib/glossary';
import { productAnchor } from '../../src/lib/ids';
import { decodeAttribute } from '../../src/lib/link-check';
import { products } from '../../src/lib/registry';

interface StudyPage {
	route: string;
	objectives: string[];
	products: string[];
}

let html = '';
let entries = new Map<string, string>();
const studyPages: StudyPage[] = [];

/** The HTML of each entry, keyed by the id of its heading. */
function splitEntries(page: string): Map<string, string> {
	const blocks = page.split('<div class="glossary-entry').slice(1);
	return new Map(blocks.map((block) => [/<h3 id="([^"]+)"/.exec(block)?.[1] ?? '', block]));
}

/** Visible text of an HTML fragment: tags dropped, character references decoded, spaces collapsed. */
function text(fragment: string): string {
	return decodeAttribute(fragment.replace(/<[^>]+>/g, ' '))
		.replace(/\s+/g, ' ')
		.trim();
}

/** The `<dd>` of the entry's `<dt>label</dt>` row. */
function row(entry: string, label: string): string {
	return entry.split(`>${label}</dt>`)[1]?.split('</dd>')[0] ?? '';
}

/** The hrefs of the links in the entry's row. */
function rowLinks(entry: string, label: string): string[] {
	return [...row(entry, label).matchAll(/<a href="([^"]+)"/g)].map((m) => decodeAttribute(m[1]!));
}

beforeAll(async () => {
	assertBuilt();
	html = await readDist(`${glossaryPath.slice(1)}index.html`);
	entries = splitEntries(html);
	const docsDir = join(projectRoot, 'src', 'content', 'docs');
	for (const file of await readdir(docsDir, { recursive: true, withFileTypes: true })) {
		if (!file.isFile() || !/\.mdx?$/.test(file.name)) continue;
		const path = join(file.parentPath, file.name);
		const frontmatter = yaml.load((await readFile(path, 'utf8')).split(/^---$/m)[1] ?? '') as Record<string, unknown>;
		if (frontmatter.kind !== 'study') continue;
		studyPages.push({
			route: `/${relative(docsDir, path).replace(/\.mdx?$/, '')}/`,
			objectives: frontmatter.objectives as string[],
			products: frontmatter.products as string[],
		});
	}
});

describe('the glossary page', () => {
	it('has one entry per registry product, anchored at its product ID, and no other', () => {
		expect([...entries.keys()].sort()).toEqual(products.map((p) => productAnchor(p.id)).sort());
	});

	it('shows each product’s current name, summary and official docs link', () => {
		for (const product of products) {
			const entry = entries.get(productAnchor(product.id))!;
			expect(text(/<h3 [^>]*>([\s\S]*?)<\/h3>/.exec(entry)![1]!), product.id).toBe(product.name);
			expect(text(entry), product.id).toContain(product.summary);
			expect(rowLinks(entry, 'Official docs'), product.id).toEqual([product.docs]);
		}
	});

	it('lists every former name in its entry, with the last year it was current', () => {
		const formerNames = products.flatMap((p) => p.formerNames.map((f) => ({ id: p.id, ...f })));
		expect(formerNames.length).toBeGreaterThan(40);
		for (const former of formerNames) {
			expect(text(row(entries.get(productAnchor(former.id))!, 'Former names')), former.name).toContain(
				`${former.name}, until ${former.until}`
			);
		}
	});

	it('shows each status with its label, dates and official source', () => {
		for (const product of products.filter((p) => p.status)) {
			const entry = entries.get(productAnchor(product.id))!;
			const status = product.status!;
			const sentence = text(row(entry, 'Status'));
			expect(sentence, product.id).toMatch(new RegExp(`^${statusLabel(status)} \\S.*${formatDate(status.date)}`));
			if (status.shutdown) expect(sentence, product.id).toContain(`shutdown date ${formatDate(status.shutdown)}`);
			expect(rowLinks(entry, 'Status'), product.id).toEqual([status.source]);
		}
		expect(text(row(entries.get('imagen')!, 'Status'))).toMatch(/^Shut down on August 17, 2026\./);
		expect(text(row(entries.get('explainable-ai')!, 'Status'))).toMatch(
			/^Deprecated on March 16, 2026; shutdown date March 16, 2027\./
		);
	});

	it('links each product to exactly the study pages that list it, and to their objectives’ practice pages', () => {
		expect(studyPages.length).toBeGreaterThanOrEqual(16);
		for (const product of products) {
			const entry = entries.get(productAnchor(product.id))!;
			const using = studyPages.filter((page) => page.products.includes(product.id));
			expect(rowLinks(entry, 'Study pages').sort(), product.id).toEqual(using.map((p) => p.route).sort());
			const objectives = [...new Set(using.flatMap((p) => p.objectives))];
			expect(rowLinks(entry, 'Practice questions').sort(), product.id).toEqual(
				objectives.map((id) => `/practice/${id}/`).sort()
			);
		}
		// Most products are taught somewhere; the page says so for the rest.
		expect(entries.get('sensitive-data-protection')).toContain('href="/section-2/data-preparation/"');
		expect(html).toContain('Not taught on a study page yet.');
	});

	it('links only to pages and fragments that exist in the build', () => {
		for (const [, entry] of entries) {
			for (const href of [...rowLinks(entry, 'Study pages'), ...rowLinks(entry, 'Practice questions')]) {
				expect(existsSync(join(distDir, href, 'index.html')), href).toBe(true);
			}
		}
		for (const href of [...html.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]!)) {
			expect(html, `#${href}`).toContain(`id="${href}"`);
		}
	});

	it('lists the category headings in its table of contents and in its own navigation', () => {
		const toc = html.split('<starlight-toc')[1]?.split('</starlight-toc>')[0] ?? '';
		for (const category of new Set(products.map((p) => p.category))) {
			expect(toc, category).toContain(`href="#${categoryAnchor(category)}"`);
			expect(html, category).toContain(`<h2 id="${categoryAnchor(category)}"`);
		}
	});

	it('is linked from the home page and from the sidebar of every page', async () => {
		expect(await readDist('index.html')).toMatch(
			new RegExp(`<div class="sl-markdown-content">[\\s\\S]*href="${glossaryPath}"`)
		);
		const sidebar = (await readDist('section-1/index.html')).split(/<nav [^>]*aria-label="Main"/)[1] ?? '';
		expect(sidebar).toContain(`href="${glossaryPath}"`);
	});

	it('links each current name on the versions page’s rename table to its glossary entry', async () => {
		const versions = await readDist('exam-guide-versions/index.html');
		expect(versions).toContain(`href="${glossaryPath}#sensitive-data-protection"`);
		expect(versions).toContain(`href="${glossaryPath}#vector-search"`);
	});
});

describe('searching the glossary', () => {
	let pagefind: PagefindApi;
	beforeAll(async () => {
		pagefind = await loadPagefind(distDir);
	});

	const isGlossary = (url: string) => url.startsWith(glossaryPath);

	/** The glossary's place in the results for a query (-1 when absent) and its data; loads results only up to it. */
	async function findGlossary(query: string): Promise<{ rank: number; page?: PagefindResultData }> {
		const { results } = await pagefind.search(query);
		for (const [rank, result] of results.entries()) {
			const page = await result.data();
			if (isGlossary(page.url)) return { rank, page };
		}
		return { rank: -1 };
	}

	/** The sub-results Pagefind's UI shows under a page: the three with the most matched words, in page order. */
	function shownSubResults(page: PagefindResultData): string[] {
		const subs = page.sub_results.filter((s) => s.url !== page.url);
		const best = [...subs].sort((a, b) => b.locations.length - a.locations.length).slice(0, 3);
		return subs.filter((s) => best.includes(s)).map((s) => s.url.split('#')[1]!);
	}

	it('finds every former name’s entry as a sub-result of the glossary', async () => {
		const misses: string[] = [];
		for (const product of products) {
			for (const former of product.formerNames) {
				const { page } = await findGlossary(former.name);
				const anchors = page?.sub_results.map((s) => s.url.split('#')[1]) ?? [];
				if (!anchors.includes(productAnchor(product.id))) misses.push(`${former.name} → #${product.id}`);
			}
		}
		expect(misses).toEqual([]);
	});

	it.each([
		['Cloud DLP', 'sensitive-data-protection'],
		['AI Platform', 'vertex-ai'],
		['Matching Engine', 'vector-search'],
		['AutoML Tables', 'automl'],
		['Cloud Composer', 'managed-airflow'],
		['Stackdriver', 'cloud-logging'],
		['TensorFlow Lite', 'litert'],
		['Container Registry', 'container-registry'],
	])('offers "%s" the glossary near the top, with the entry among the sub-results shown', async (query, id) => {
		const { rank, page } = await findGlossary(query);
		expect(rank, `glossary rank for "${query}"`).toBeGreaterThanOrEqual(0);
		expect(rank, `glossary rank for "${query}"`).toBeLessThan(10);
		expect(shownSubResults(page!), query).toContain(id);
	});

	it('keeps summaries, statuses and links out of the index, so topics lead to study pages', async () => {
		const { page: glossary } = await findGlossary('Products and names');
		expect(glossary?.content).toContain('Cloud Data Loss Prevention (Cloud DLP), until 2023');
		expect(glossary?.content).not.toContain(products.find((p) => p.id === 'bigquery-ml')!.summary);
		expect(glossary?.content).not.toContain('Official notice');
		expect(glossary?.content).not.toContain('Data preparation: storage');
	});
});
