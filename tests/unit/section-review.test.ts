/**
 * Section reviews: which tables and asides are collected, with which heading,
 * how they are grouped and laid out, and the plugin that stores them while a
 * page is rendered (run through Astro's own Markdown processor).
 */
import { describe, expect, it } from 'vitest';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { createMarkdownProcessor, markdownConfigDefaults } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { remarkConsiderationHeadings } from '../../src/plugins/remark-consideration-headings';
import { rehypeScrollableTables } from '../../src/plugins/rehype-scrollable-tables';
import { rehypeReviewItems } from '../../src/plugins/rehype-review-items';
import { considerationAnchor } from '../../src/lib/anchors';
import {
	buildSectionReview,
	collectReviewItems,
	describeCounts,
	groupBySection,
	isDecisionTable,
	isExamTrap,
	itemSourceHref,
	readReviewItems,
	reviewItemHtml,
	type ReviewItem,
	type ReviewSourcePage,
} from '../../src/lib/section-review';

/** An aside as Starlight renders `:::<variant>[<title>]` (copied from a built page, icon path shortened). */
function aside(title: string, body: string, variant = 'caution'): string {
	return `<aside aria-label="${title}" class="starlight-aside starlight-aside--${variant}"><p class="starlight-aside__title" aria-hidden="true"><svg viewBox="0 0 24 24" width="16" height="16" fill="currentColor" class="starlight-aside__icon"><path d="M12 16a1 1 0 1 0 0 2"></path></svg>${title}</p><div class="starlight-aside__content"><p>${body}</p></div></aside>`;
}

function table(headers: string[], row: string[]): string {
	const cells = (tag: string, values: string[]) => values.map((v) => `<${tag}>${v}</${tag}>`).join('');
	return `<table><thead><tr>${cells('th', headers)}</tr></thead><tbody><tr>${cells('td', row)}</tr></tbody></table>`;
}

const tree = (html: string): Root => fromHtml(html, { fragment: true });
const element = (html: string): Element => tree(html).children[0] as Element;

const decision = table(['Choose', 'When', 'Avoid when', 'Exam clue words'], ['BigQuery ML', 'SQL', 'GPUs', '"SQL"']);
const reference = table(['Period', 'Name'], ['2024', 'Vertex AI']);

describe('what counts as a decision table or an exam trap', () => {
	it('takes a table whose header row starts with "Choose", and no other', () => {
		expect(isDecisionTable(element(decision))).toBe(true);
		expect(isDecisionTable(element(table([' choose ', 'When'], ['a', 'b'])))).toBe(true);
		expect(isDecisionTable(element(reference))).toBe(false);
		expect(isDecisionTable(element(table(['Need', 'Choose'], ['a', 'b'])))).toBe(false);
		expect(isDecisionTable(element('<table><tbody><tr><td>Choose</td></tr></tbody></table>'))).toBe(false);
	});

	it('takes a caution aside titled "Exam trap", and no other aside', () => {
		expect(isExamTrap(element(aside('Exam trap', 'Tempting but wrong.')))).toBe(true);
		expect(isExamTrap(element(aside('Explainable AI is deprecated', 'Since 2026.')))).toBe(false);
		expect(isExamTrap(element(aside('Exam trap', 'Wrong variant.', 'tip')))).toBe(false);
	});
});

describe('collectReviewItems', () => {
	const page = tree(
		[
			'<p>Intro.</p>',
			'<h2 id="choosing-a-model" data-consideration="1.1.1">Which model fits?</h2>',
			`<div class="table-scroll" tabindex="0" role="region" aria-label="Table: Choose">${decision}</div>`,
			reference,
			'<h3 id="forecasting">Forecasting</h3>',
			aside('Exam trap', 'ARIMA needs future regressors. See <a href="#forecasting">above</a>.'),
			aside('Note', 'Not collected.', 'note'),
			'<h2 id="worked-scenarios">Worked scenarios</h2>',
			aside('Exam trap', `A table inside a trap stays inside it: ${decision}`),
		].join('')
	);
	const items = collectReviewItems(page);

	it('collects decision tables (with their scroll region) and exam traps in page order', () => {
		expect(items.map((i) => i.kind)).toEqual(['decision-table', 'exam-trap', 'exam-trap']);
		expect(items[0]!.node.properties.className).toEqual(['table-scroll']);
		expect(items[1]!.node.tagName).toBe('aside');
	});

	it('records the nearest heading and the H2 each item sits under', () => {
		expect(items[0]!.heading).toEqual({ id: 'choosing-a-model', text: 'Which model fits?', depth: 2 });
		expect(items[1]!.heading).toEqual({ id: 'forecasting', text: 'Forecasting', depth: 3 });
		expect(items[1]!.section?.id).toBe('choosing-a-model');
		expect(items[2]!.section?.id).toBe('worked-scenarios');
	});

	it('stores items without source positions, as plain data', () => {
		expect(JSON.stringify(items)).not.toContain('"position"');
		expect(JSON.parse(JSON.stringify(items))).toEqual(items);
	});

	it('groups consecutive items by their H2', () => {
		expect(groupBySection(items).map((g) => [g.section?.id, g.items.length])).toEqual([
			['choosing-a-model', 2],
			['worked-scenarios', 1],
		]);
	});

	it('renders an item for the review: in-page links point at the study page, ids are dropped', () => {
		const withId = { ...items[1]!, node: element(`<aside id="x">${aside('Exam trap', 'Text')}</aside>`) };
		expect(reviewItemHtml(items[1]!, '/section-1/bigquery-ml/')).toContain(
			'<a href="/section-1/bigquery-ml/#forecasting">above</a>'
		);
		expect(reviewItemHtml(withId, '/p/')).not.toContain('id="x"');
		expect(itemSourceHref(items[1]!, '/section-1/bigquery-ml/')).toBe('/section-1/bigquery-ml/#forecasting');
		expect(itemSourceHref({ ...items[1]!, heading: undefined }, '/p/')).toBe('/p/');
	});

	it('counts items in words', () => {
		expect(describeCounts(items)).toBe('1 decision table and 2 exam traps');
		expect(describeCounts([])).toBe('0 decision tables and 0 exam traps');
	});
});

describe('readReviewItems', () => {
	it('returns the items a page stored', () => {
		const items = collectReviewItems(tree(aside('Exam trap', 'x')));
		expect(readReviewItems({ reviewItems: items }, 'a.mdx')).toEqual(items);
	});

	it('names the page and the plugin when the items are missing or malformed', () => {
		expect(() => readReviewItems({}, 'section-1/a.mdx')).toThrow(
			/section-1\/a\.mdx: the rendered page has no `reviewItems`[\s\S]*rehypeReviewItems/
		);
		expect(() => readReviewItems({ reviewItems: [{ kind: 'table' }] }, 'a.mdx')).toThrow(
			/a\.mdx: `reviewItems\[0\]` is not a review item/
		);
	});
});

describe('buildSectionReview', () => {
	const [a1, a2, a3] = ['1.1.1', '1.1.2', '1.1.3'].map(considerationAnchor) as [string, string, string];
	const item = (sectionId: string, text: string): ReviewItem => ({
		kind: 'exam-trap',
		heading: { id: `${sectionId}-sub`, text, depth: 3 },
		section: { id: sectionId, text, depth: 2 },
		node: element(aside('Exam trap', text)),
	});
	const page = (id: string, objectives: string[], considerations: string[], items: ReviewItem[]): ReviewSourcePage => ({
		id,
		title: id.toUpperCase(),
		href: `/${id}/`,
		objectives,
		considerations,
		items,
	});
	const pages = [
		page('s/a', ['1.1'], ['1.1.1', '1.1.2', '1.1.3'], [item(a3, 'C'), item(a1, 'A'), item('worked-scenarios', 'W')]),
		page('s/b', ['1.3', '1.2'], ['1.3.1'], []),
		page('s/c', ['1.1'], ['1.1.1'], [item(a1, 'A2')]),
	];
	const review = buildSectionReview(
		{
			subObjectives: [
				{
					id: '1.1',
					title: 'One',
					considerations: ['1.1.1', '1.1.2', '1.1.3'].map((id) => ({ id, text: `Text ${id}` })),
				},
				{ id: '1.2', title: 'Two', considerations: [{ id: '1.2.1', text: 'Text 1.2.1' }] },
				{ id: '1.3', title: 'Three', considerations: [{ id: '1.3.1', text: 'Text 1.3.1' }] },
			],
		},
		pages
	);
	const groups = (objective: number, pageIndex = 0) =>
		review.objectives[objective]!.pages[pageIndex]!.groups.map((g) => [g.anchor, g.title, g.items.length]);

	it('lists sub-objectives in guide order, each with the pages that cover it first', () => {
		expect(review.objectives.map((o) => [o.title, o.pages.map((p) => p.id)])).toEqual([
			['1.1 One', ['s/a', 's/c']],
			['1.2 Two', []],
			['1.3 Three', ['s/b']],
		]);
		expect(review.items).toHaveLength(4);
	});

	it("gives every consideration of a page a group in guide order, with the study page's anchor, then the other H2s", () => {
		expect(groups(0)).toEqual([
			[a1, '1.1.1 Text 1.1.1', 1],
			[a2, '1.1.2 Text 1.1.2', 0],
			[a3, '1.1.3 Text 1.1.3', 1],
			[undefined, 'W', 1],
		]);
		expect(review.objectives[0]!.pages[0]!.groups[1]!.fragment).toBe(a2);
	});

	it('anchors a consideration once when two pages cover it, and lists only anchored headings', () => {
		expect(groups(0, 1)).toEqual([[undefined, '1.1.1 Text 1.1.1', 1]]);
		expect(review.headings.map((h) => `${h.depth} ${h.slug}`)).toEqual([
			'2 objective-1-1',
			`3 ${a1}`,
			`3 ${a2}`,
			`3 ${a3}`,
			'2 objective-1-2',
			'2 objective-1-3',
			`3 ${considerationAnchor('1.3.1')}`,
		]);
	});
});

describe('rehype-review-items', () => {
	const fileURL = new URL('file:///project/src/content/docs/section-1/page.mdx');
	async function render(markdown: string, frontmatter: Record<string, unknown>) {
		const processor = await createMarkdownProcessor({
			...markdownConfigDefaults,
			gfm: false,
			syntaxHighlight: false,
			remarkPlugins: [remarkGfm, remarkConsiderationHeadings],
			rehypePlugins: [rehypeScrollableTables, rehypeReviewItems],
		});
		return processor.render(markdown, { fileURL, frontmatter });
	}
	const markdown = [
		'## Which model fits? [1.1.1]',
		'### Forecasting: ARIMA_PLUS or AI.FORECAST',
		'| Choose | When |\n| --- | --- |\n| `ARIMA_PLUS` | Holidays |',
		'| Period | Name |\n| --- | --- |\n| 2024 | Vertex AI |',
		'## Features [1.1.2]',
		'### Forecasting: ARIMA_PLUS or AI.FORECAST',
		'| Choose | When |\n| --- | --- |\n| `TRANSFORM` | Skew |',
	].join('\n\n');
	const study = { kind: 'study', considerations: ['1.1.1', '1.1.2'] };

	it('stores the decision tables of a study page with the ids its headings get', async () => {
		const { code, metadata } = await render(markdown, study);
		const items = readReviewItems(metadata.frontmatter, 'page.mdx');
		expect(items.map((i) => [i.heading?.id, i.section?.id])).toEqual([
			['forecasting-arima_plus-or-aiforecast', considerationAnchor('1.1.1')],
			['forecasting-arima_plus-or-aiforecast-1', considerationAnchor('1.1.2')],
		]);
		for (const item of items) expect(code).toContain(`id="${item.heading!.id}"`);
		expect(reviewItemHtml(items[0]!, '/p/')).toMatch(/^<div class="table-scroll"[^>]*><table>[\s\S]*ARIMA_PLUS/);
		// On a review that gathers several pages, a table's region name says which page it comes from.
		const label = (html: string) => /aria-label="([^"]*)"/.exec(html)?.[1];
		const own = label(reviewItemHtml(items[0]!, '/p/'))!;
		expect(label(reviewItemHtml(items[0]!, '/p/', 'BigQuery ML'))).toBe(`${own} (BigQuery ML)`);
	});

	it('leaves pages that are not study pages alone', async () => {
		const { metadata } = await render('| Choose | When |\n| --- | --- |\n| a | b |', { kind: 'page' });
		expect(metadata.frontmatter).not.toHaveProperty('reviewItems');
	});
});
