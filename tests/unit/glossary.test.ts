import { describe, expect, it } from 'vitest';
import {
	categoryAnchor,
	categoryLabels,
	formatDate,
	formerNameText,
	glossaryEntryPath,
	glossaryGroups,
	glossaryPath,
	glossaryToc,
	legacyNames,
	statusDetail,
	statusLabel,
	type GlossaryPageInfo,
} from '../../src/lib/glossary';
import { entryTerms, filterCountText, normalizeTerms, termsMatch } from '../../src/lib/glossary-filter';
import { productAnchor } from '../../src/lib/ids';
import { products } from '../../src/lib/registry';
import { productSchema, productStatusSchema, type Product } from '../../src/schemas/registry';

const product = (fields: Partial<Product> & Pick<Product, 'id' | 'name' | 'category'>): Product =>
	productSchema.parse({
		summary: 'What the product is for in this exam, in one line.',
		docs: 'https://example.com/',
		...fields,
	});

const pages: GlossaryPageInfo[] = [
	{ id: 'section-3/training-models', title: 'Training', objectives: ['3.2'], products: ['vizier', 'gke'] },
	{ id: 'section-1/bigquery-ml', title: 'BigQuery ML', objectives: ['1.1'], products: ['bqml', 'gke'] },
	{ id: 'section-5/ml-pipelines', title: 'Pipelines', objectives: ['5.1'], products: ['gke'] },
];

describe('glossary groups', () => {
	const groups = glossaryGroups(
		[
			product({ id: 'gke', name: 'Google Kubernetes Engine', category: 'compute' }),
			product({ id: 'vizier', name: 'Agent Platform Vizier', category: 'ai-platform' }),
			product({ id: 'bqml', name: 'BigQuery ML', category: 'data' }),
			product({ id: 'automl', name: 'AutoML', category: 'ai-platform' }),
		],
		pages
	);

	it('groups products by category in the registry order of categories, leaving out empty ones', () => {
		expect(groups.map((g) => g.category)).toEqual(['ai-platform', 'data', 'compute']);
		expect(groups[0]!.label).toBe(categoryLabels['ai-platform']);
		expect(groups[0]!.anchor).toBe('category-ai-platform');
	});

	it('sorts entries by current name and anchors each at its product ID', () => {
		expect(groups[0]!.entries.map((e) => e.name)).toEqual(['Agent Platform Vizier', 'AutoML']);
		expect(groups[0]!.entries.map((e) => e.anchor)).toEqual(['vizier', 'automl']);
	});

	it('links the study pages that list a product, in site order, and the practice pages of their objectives', () => {
		const gke = groups[2]!.entries[0]!;
		expect(gke.studyPages).toEqual([
			{ path: '/section-1/bigquery-ml/', label: 'BigQuery ML' },
			{ path: '/section-3/training-models/', label: 'Training' },
			{ path: '/section-5/ml-pipelines/', label: 'Pipelines' },
		]);
		expect(gke.practice).toEqual([
			{ path: '/practice/1.1/', label: '1.1' },
			{ path: '/practice/3.2/', label: '3.2' },
			{ path: '/practice/5.1/', label: '5.1' },
		]);
	});

	it('gives a product no study page has an entry with no links', () => {
		const automl = groups[0]!.entries[1]!;
		expect(automl.studyPages).toEqual([]);
		expect(automl.practice).toEqual([]);
	});

	it('covers every product of the real registry exactly once', () => {
		const ids = glossaryGroups(products, []).flatMap((g) => g.entries.map((e) => e.id));
		expect(ids.sort()).toEqual(products.map((p) => p.id).sort());
	});
});

describe('glossary anchors and paths', () => {
	it('anchors an entry at its product ID, which no category anchor can equal', () => {
		expect(productAnchor('vector-search')).toBe('vector-search');
		expect(glossaryPath).toBe('/products-and-names/');
		expect(glossaryEntryPath('vector-search')).toBe('/products-and-names/#vector-search');
		const categoryAnchors = Object.keys(categoryLabels).map((c) => categoryAnchor(c as keyof typeof categoryLabels));
		for (const p of products) expect(categoryAnchors).not.toContain(productAnchor(p.id));
	});

	it('lists the categories that have products in the table of contents', () => {
		const toc = glossaryToc([{ category: 'data' }, { category: 'ai-platform' }]);
		expect(toc).toEqual([
			{ depth: 2, slug: 'category-ai-platform', text: categoryLabels['ai-platform'], children: [] },
			{ depth: 2, slug: 'category-data', text: categoryLabels.data, children: [] },
		]);
	});
});

describe('statuses and names', () => {
	it('formats dates as written, whatever the time zone of the build machine', () => {
		expect(formatDate('2026-03-16')).toBe('March 16, 2026');
		expect(formatDate('2025-01-01')).toBe('January 1, 2025');
	});

	it('words each state so that the sentence stays true after its dates pass', () => {
		const source = 'https://example.com/deprecations';
		const deprecated = productStatusSchema.parse({
			state: 'deprecated',
			date: '2026-09-14',
			shutdown: '2027-09-14',
			replacement: 'the Vision API',
			source,
		});
		expect(`${statusLabel(deprecated)} ${statusDetail(deprecated)}`).toBe(
			'Deprecated on September 14, 2026; shutdown date September 14, 2027. Use instead: the Vision API.'
		);
		const closed = productStatusSchema.parse({ state: 'end-of-sale', date: '2024-06-17', source });
		expect(`${statusLabel(closed)} ${statusDetail(closed)}`).toBe(
			'Closed to new customers since June 17, 2024; existing customers keep it.'
		);
		const gone = productStatusSchema.parse({ state: 'shut-down', date: '2025-03-18', source });
		expect(`${statusLabel(gone)} ${statusDetail(gone)}`).toBe('Shut down on March 18, 2025.');
	});

	it('rejects a shutdown date on a product that is not deprecated, or one before the deprecation', () => {
		const source = 'https://example.com/deprecations';
		expect(() =>
			productStatusSchema.parse({ state: 'shut-down', date: '2025-03-18', shutdown: '2026-01-01', source })
		).toThrow(/shutdown/);
		expect(() =>
			productStatusSchema.parse({ state: 'deprecated', date: '2026-03-16', shutdown: '2025-03-16', source })
		).toThrow(/after its deprecation/);
		expect(() => productStatusSchema.parse({ state: 'retired', date: '2026-03-16', source })).toThrow();
		expect(() => productStatusSchema.parse({ state: 'deprecated', date: '16 March 2026', source })).toThrow(
			/YYYY-MM-DD/
		);
	});

	it('requires a one-line summary on every product', () => {
		const base = { id: 'x', name: 'X product', category: 'data', docs: 'https://example.com/' };
		expect(() => productSchema.parse(base)).toThrow(/summary/);
		expect(() => productSchema.parse({ ...base, summary: 'Too short.' })).toThrow(/at least 30/);
		expect(() => productSchema.parse({ ...base, summary: 'A summary that goes on\nto a second line.' })).toThrow(
			/one line/
		);
		for (const p of products) expect(p.summary, p.id).toMatch(/^[A-Z].{29,199}$/);
	});

	it('dates every registry status from an official page', () => {
		const withStatus = products.filter((p) => p.status);
		expect(withStatus.map((p) => p.id).sort()).toEqual(
			[
				'cloud-source-repositories',
				'container-registry',
				'data-catalog',
				'explainable-ai',
				'imagen',
				'video-intelligence-api',
			].sort()
		);
		for (const p of withStatus)
			expect(new URL(p.status!.source).hostname, p.id).toMatch(/^(docs\.cloud\.google\.com|firebase\.google\.com)$/);
	});

	it('lists former names with their last year', () => {
		expect(formerNameText({ name: 'Vertex AI', until: 2026 })).toBe('Vertex AI, until 2026');
	});

	it('gives search the former names and the names of retired products, not the names of live ones', () => {
		const names = legacyNames(products);
		for (const name of [
			'Cloud Data Loss Prevention (Cloud DLP)',
			'AI Platform',
			'Vertex AI Matching Engine',
			'AutoML Tables',
			'Cloud Composer',
		])
			expect(names).toContain(name);
		expect(names).toContain('Container Registry');
		expect(names).not.toContain('BigQuery ML');
		expect(names).not.toContain('Vector Search on Gemini Enterprise Agent Platform');
		expect(new Set(names).size).toBe(names.length);
	});
});

describe('glossary filter', () => {
	const terms = entryTerms(['Sensitive Data Protection', 'Cloud Data Loss Prevention (Cloud DLP)', 'PII']);

	it('matches every word of the query anywhere in the names, ignoring case and punctuation', () => {
		expect(termsMatch(terms, 'dlp')).toBe(true);
		expect(termsMatch(terms, 'Cloud  DLP')).toBe(true);
		expect(termsMatch(terms, 'loss prevention')).toBe(true);
		expect(termsMatch(terms, 'dlp composer')).toBe(false);
		expect(termsMatch(entryTerms(['Speech-to-Text']), 'speech to text')).toBe(true);
	});

	it('matches everything when the query is empty', () => {
		expect(termsMatch(terms, '')).toBe(true);
		expect(termsMatch(terms, '  ')).toBe(true);
	});

	it('says how many products match, in a sentence that reads right for none, one and many', () => {
		expect(filterCountText(111, 111, '')).toBe('');
		expect(filterCountText(0, 111, ' xyz ')).toBe('No products match “xyz”.');
		expect(filterCountText(1, 111, 'dlp')).toBe('1 of 111 products matches “dlp”.');
		expect(filterCountText(12, 111, 'cloud')).toBe('12 of 111 products match “cloud”.');
	});

	it('folds accents and keeps characters that carry meaning in names', () => {
		expect(normalizeTerms('Café  C++/C#  Pub/Sub')).toBe('cafe c++ c# pub sub');
	});
});
