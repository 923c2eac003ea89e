/**
 * The site's remark and rehype plugins, run in-process through Astro's own
 * Markdown processor (as Starlight's unit tests do), with the frontmatter a page
 * would have. Every error path of the consideration-heading plugin is here, so
 * the build tests need only one bad-page fixture.
 */
import { describe, expect, it } from 'vitest';
import { createMarkdownProcessor, markdownConfigDefaults } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { remarkConsiderationHeadings } from '../../src/plugins/remark-consideration-headings';
import {
	rehypeScrollableTables,
	tableRegionLabel,
	tableRegionLabels,
} from '../../src/plugins/rehype-scrollable-tables';
import { hasMarkdownTable } from '../../src/lib/markdown-tables';
import { considerationAnchor } from '../../src/lib/anchors';

const fileURL = new URL('file:///project/src/content/docs/section-1/page.mdx');

async function render(markdown: string, frontmatter: Record<string, unknown> = {}) {
	const processor = await createMarkdownProcessor({
		...markdownConfigDefaults,
		gfm: false,
		syntaxHighlight: false,
		remarkPlugins: [remarkGfm, remarkConsiderationHeadings],
		rehypePlugins: [rehypeScrollableTables],
	});
	return (await processor.render(markdown, { fileURL, frontmatter })).code;
}

const study = { kind: 'study', considerations: ['1.1.1', '1.1.2'] };

describe('remark-consideration-headings', () => {
	it('gives a marked H2 the anchor of its consideration and removes the marker', async () => {
		const html = await render('## Which model fits? [1.1.1]\n\n## Features [1.1.2]', study);
		expect(html).toContain(
			`<h2 id="${considerationAnchor('1.1.1')}" data-consideration="1.1.1">Which model fits?</h2>`
		);
		expect(html).toContain(`id="${considerationAnchor('1.1.2')}"`);
		expect(html).not.toContain('[1.1.');
	});

	it('leaves headings without a marker, and brackets that are not markers, alone', async () => {
		const html = await render('## Arrays [1, 2]\n\n## Plain heading');
		expect(html).toContain('<h2 id="arrays-1-2">Arrays [1, 2]</h2>');
		expect(html).toContain('<h2 id="plain-heading">Plain heading</h2>');
		expect(html).not.toContain('data-consideration');
	});

	it('rejects a marker on a heading that is not an H2, naming file and line', async () => {
		await expect(render('## A [1.1.1]\n\n### Nested [1.1.2]', study)).rejects.toThrow(
			/page\.mdx: line 3: the consideration marker \[1\.1\.2\] is on an H3[\s\S]*H2 headings only/
		);
	});

	it('rejects an unknown consideration', async () => {
		await expect(render('## A [9.9.9]')).rejects.toThrow(/line 1: unknown consideration "9\.9\.9"/);
	});

	it('rejects a marker for a consideration the frontmatter does not list', async () => {
		await expect(render('## A [1.1.1]\n\n## B [1.1.3]', study)).rejects.toThrow(
			/heading marker \[1\.1\.3\] is not in the frontmatter `considerations`[\s\S]*Add "1\.1\.3"/
		);
	});

	it('rejects two headings for one consideration', async () => {
		await expect(render('## A [1.1.1]\n\n## B [1.1.1]\n\n## C [1.1.2]', study)).rejects.toThrow(
			/line 3: consideration \[1\.1\.1\] already has a heading on line 1/
		);
	});

	it('rejects a study page that lists a consideration without a heading', async () => {
		await expect(render('## A [1.1.1]', study)).rejects.toThrow(
			/considerations "1\.1\.2" are listed in frontmatter but have no heading/
		);
	});
});

describe('rehype-scrollable-tables', () => {
	it('wraps each table in a focusable region, named after its columns when no heading precedes it', async () => {
		const html = await render('| Choose | When |\n| --- | --- |\n| BigQuery ML | SQL skills |');
		expect(html).toMatch(
			/<div class="table-scroll" tabindex="0" role="region" aria-label="Table: Choose, When"><table>/
		);
	});

	it('names a region after the heading it sits under, distinct from the other tables of the page', async () => {
		const table = (a: string) => `| ${a} | When |\n| --- | --- |\n| x | y |\n\n`;
		const html = await render(
			`## Model types\n\n${table('Choose')}### Forecasting\n\n${table('Choose')}${table('Avoid')}## Costs\n\n${table('Choose')}${table('Choose')}`
		);
		expect([...html.matchAll(/aria-label="([^"]*)"/g)].map((m) => m[1])).toEqual([
			'Table: Model types',
			'Table: Forecasting (Choose, When)',
			'Table: Forecasting (Avoid, When)',
			'Table: Costs (Choose, When) (1 of 2)',
			'Table: Costs (Choose, When) (2 of 2)',
		]);
	});

	it('prefers a caption, and names a region without any text plainly', () => {
		expect(tableRegionLabels([{ caption: ' Scores ', heading: 'Result', headers: ['A'] }])).toEqual(['Table: Scores']);
		expect(tableRegionLabels([{ headers: [] }, { headers: [] }])).toEqual(['Table (1 of 2)', 'Table (2 of 2)']);
		expect(tableRegionLabel(['', ' '])).toBe('Table');
		expect(tableRegionLabel([' A ', 'B'])).toBe('Table: A, B');
	});

	it('knows a page has Markdown tables by their delimiter row', () => {
		expect(hasMarkdownTable('Intro\n\n| A | B |\n| --- | :-: |\n| 1 | 2 |')).toBe(true);
		expect(hasMarkdownTable('A | B\n--- | ---\n1 | 2')).toBe(true);
		expect(hasMarkdownTable('Some text\n\n---\n\nA thematic break, | and a pipe')).toBe(false);
		expect(hasMarkdownTable('')).toBe(false);
	});
});
