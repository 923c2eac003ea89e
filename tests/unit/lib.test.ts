import { describe, expect, it } from 'vitest';
import { considerationAnchor, parseConsiderationMarker, slugify } from '../../src/lib/anchors';
import { considerationCoverage, objectiveCoverage } from '../../src/lib/coverage';
import { escapeHtml, optionLetter, renderInlineMarkdown } from '../../src/lib/inline-markdown';
import { filterAttribute, pageFilters } from '../../src/lib/search-filters';
import { entryPath, practicePath, sectionPath, withBase } from '../../src/lib/urls';
import { considerationIds, describeAllowed, sectionOf } from '../../src/lib/registry';
import { objectiveIdOf } from '../../src/lib/ids';

describe('anchors', () => {
	it('derives a consideration anchor from its registry label', () => {
		expect(considerationAnchor('1.1.1')).toBe('choosing-the-bigquery-ml-model-type');
		expect(slugify('A/B testing model versions')).toBe('ab-testing-model-versions');
	});

	it('gives every consideration a distinct anchor within its sub-objective', () => {
		const byObjective = new Map<string, string[]>();
		for (const id of considerationIds) {
			const key = id.split('.').slice(0, 2).join('.');
			byObjective.set(key, [...(byObjective.get(key) ?? []), considerationAnchor(id)]);
		}
		for (const anchors of byObjective.values()) expect(new Set(anchors).size).toBe(anchors.length);
	});

	it('throws on an unknown consideration', () => {
		expect(() => considerationAnchor('9.9.9')).toThrow(/Unknown consideration ID "9\.9\.9"/);
	});

	it('parses and strips a heading marker', () => {
		expect(parseConsiderationMarker('Which model fits? [1.1.1]')).toEqual({
			text: 'Which model fits?',
			considerationId: '1.1.1',
		});
		expect(parseConsiderationMarker('No marker here')).toEqual({ text: 'No marker here' });
		expect(parseConsiderationMarker('Array [1, 2]')).toEqual({ text: 'Array [1, 2]' });
	});
});

describe('coverage', () => {
	const pages = [
		{ id: 'section-1/bigquery-ml', title: 'BigQuery ML', objectives: ['1.1'], considerations: ['1.1.1', '1.1.2'] },
		{ id: 'section-1/automl', title: 'AutoML', objectives: ['1.3'], considerations: ['1.3.1'] },
	];

	it('maps objectives to their study page', () => {
		const map = objectiveCoverage(pages);
		expect(map.get('1.1')).toEqual({ path: '/section-1/bigquery-ml/', title: 'BigQuery ML' });
		expect(map.has('1.2')).toBe(false);
	});

	it('maps considerations to page and heading', () => {
		expect(considerationCoverage(pages).get('1.1.2')).toEqual({
			path: '/section-1/bigquery-ml/',
			fragment: 'feature-engineering-and-selection-in-bigquery-ml',
			title: 'BigQuery ML',
		});
	});
});

describe('urls', () => {
	it('joins base paths without doubling slashes', () => {
		expect(withBase('/section-1/', '/')).toBe('/section-1/');
		expect(withBase('/section-1/', '/pmle/')).toBe('/pmle/section-1/');
		expect(withBase('section-1/', '/pmle')).toBe('/pmle/section-1/');
	});

	it('builds page paths', () => {
		expect(sectionPath('section-2')).toBe('/section-2/');
		expect(entryPath('section-1/automl')).toBe('/section-1/automl/');
		expect(entryPath('index')).toBe('/');
		expect(practicePath('1.1')).toBe('/practice/1.1/');
	});
});

describe('search filters', () => {
	it('words section, objective and product filters for candidates', () => {
		const filters = pageFilters(['1.1'], ['bigquery-ml', 'managed-airflow']);
		expect(filters.map(filterAttribute)).toEqual([
			'section:Section 1: Architecting low-code AI solutions',
			'objective:1.1 Developing ML models by using BigQuery ML',
			'June 2026 objective:1.1 Developing ML models with BigQuery ML and AutoML',
			'product:BigQuery ML',
			'product:Managed Service for Apache Airflow',
		]);
	});
});

describe('inline markdown', () => {
	it('escapes HTML before formatting', () => {
		expect(escapeHtml('<script>"x" & \'y\'</script>')).toBe(
			'&lt;script&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/script&gt;'
		);
		expect(renderInlineMarkdown('Use <b>this</b>')).toBe('<p>Use &lt;b&gt;this&lt;/b&gt;</p>');
	});

	it('renders code, bold, emphasis and paragraphs', () => {
		expect(renderInlineMarkdown('Run `ML.PREDICT` **now**,\nnot *later*.\n\nNext.')).toBe(
			'<p>Run <code>ML.PREDICT</code> <strong>now</strong>, not <em>later</em>.</p><p>Next.</p>'
		);
		expect(renderInlineMarkdown('`a*b*c`')).toBe('<p><code>a*b*c</code></p>');
	});

	it('labels options A to E', () => {
		expect([0, 1, 4].map(optionLetter)).toEqual(['A', 'B', 'E']);
	});
});

describe('registry helpers', () => {
	it('finds parents of IDs', () => {
		expect(sectionOf('4.2')?.title).toBe('Serving and scaling models');
		expect(objectiveIdOf('5.3.2')).toBe('5.3');
	});

	it('elides long lists of allowed values', () => {
		expect(describeAllowed(['a', 'b'])).toBe('"a", "b"');
		expect(describeAllowed(['a', 'b', 'c'], 2)).toBe('"a", "b", … (3 in all)');
	});
});

describe('study page closing sections', async () => {
	const { closingSections, closingSectionsFor, withClosingSections } =
		await import('../../src/lib/study-page-sections');
	const toc = [{ depth: 2, slug: 'what-the-exam-expects', text: 'What the exam expects', children: [] }];

	it('appends Check yourself and Sources to the table of contents once', () => {
		const once = withClosingSections(toc);
		expect(once.map((i) => i.slug)).toEqual(['what-the-exam-expects', 'check-yourself', 'sources']);
		expect(withClosingSections(once)).toHaveLength(3);
		expect(closingSections.map((s) => s.text)).toEqual(['Hands-on', 'Check yourself', 'Sources']);
	});

	it('adds Hands-on first, only for pages that list hands-on links', () => {
		const links = [{ title: 'A lab', url: 'https://cloud.google.com/a' }];
		expect(closingSectionsFor({ handsOn: links }).map((s) => s.slug)).toEqual([
			'hands-on',
			'check-yourself',
			'sources',
		]);
		expect(closingSectionsFor({}).map((s) => s.slug)).toEqual(['check-yourself', 'sources']);
		expect(closingSectionsFor({ handsOn: [] }).map((s) => s.slug)).toEqual(['check-yourself', 'sources']);
		const withLabs = withClosingSections(toc, closingSectionsFor({ handsOn: links }));
		expect(withLabs.map((i) => i.text)).toEqual(['What the exam expects', 'Hands-on', 'Check yourself', 'Sources']);
	});
});

describe('official URLs', async () => {
	const { handsOnHosts, handsOnKind, isOnHosts, officialInfoHosts } = await import('../../src/lib/official-urls');

	it.each([
		['https://docs.cloud.google.com/bigquery/docs/bqml-introduction', true],
		['https://cloud.google.com/learn/certification/machine-learning-engineer', true],
		['https://www.cloudskillsboost.google/paths/17', true],
		['https://github.com/GoogleCloudPlatform/vertex-ai-samples', true],
		['https://github.com/googlecloudplatform-fan/vertex-ai-samples', false],
		['https://github.com/', false],
		['https://cloud.google.com.example.net/', false],
		['http://cloud.google.com/', false],
		['not a url', false],
		['https://support.google.com/cloud-certification/answer/9749448', false],
	])('%s on a hands-on host: %s', (url, expected) => {
		expect(isOnHosts(url, handsOnHosts)).toBe(expected);
	});

	it('accepts the certification help center for exam facts only', () => {
		expect(isOnHosts('https://support.google.com/cloud-certification/answer/9749448', officialInfoHosts)).toBe(true);
	});

	it('names the kind of hands-on material from its address', () => {
		expect(handsOnKind('https://github.com/GoogleCloudPlatform/vertex-ai-samples/blob/main/a/b.ipynb')).toBe(
			'Notebook'
		);
		expect(handsOnKind('https://www.cloudskillsboost.google/paths/17')).toBe('Lab');
		expect(handsOnKind('https://docs.cloud.google.com/bigquery/docs/e2e-journey')).toBe('Tutorial');
	});
});

describe('permalinks', async () => {
	const { buildPermalinks } = await import('../../src/lib/permalinks');
	const pages = [
		{
			id: 'section-1/bigquery-ml',
			title: 'BigQuery ML',
			objectives: ['1.1'],
			considerations: ['1.1.1', '1.1.2', '1.1.3'],
		},
	];
	const links = buildPermalinks(pages);

	it('covers every sub-objective and consideration', () => {
		expect(links).toHaveLength(16 + 66);
	});

	it('points at the study page and heading when one exists', () => {
		expect(links.find((l) => l.id === '1.1')?.target).toBe('/section-1/bigquery-ml/');
		expect(links.find((l) => l.id === '1.1.2')?.target).toBe(
			'/section-1/bigquery-ml/#feature-engineering-and-selection-in-bigquery-ml'
		);
	});

	it('falls back to the section overview while no study page exists', () => {
		expect(links.find((l) => l.id === '4.2')?.target).toBe('/section-4/#objective-4-2');
		expect(links.find((l) => l.id === '4.2.3')?.target).toBe('/section-4/#objective-4-2');
	});
});

describe('copy link', async () => {
	const { headingUrl, isPlainClick } = await import('../../src/lib/copy-link');
	it('builds the full heading URL, dropping query and old fragment', () => {
		expect(headingUrl('https://example.org/pmle/section-1/bigquery-ml/?x=1#old', 'feature-engineering')).toBe(
			'https://example.org/pmle/section-1/bigquery-ml/#feature-engineering'
		);
	});

	it('copies on a plain click or Enter only, leaving modified clicks to the browser', () => {
		const plain = { button: 0, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false };
		expect(isPlainClick(plain)).toBe(true);
		expect(isPlainClick({ ...plain, ctrlKey: true })).toBe(false);
		expect(isPlainClick({ ...plain, metaKey: true })).toBe(false);
		expect(isPlainClick({ ...plain, shiftKey: true })).toBe(false);
		expect(isPlainClick({ ...plain, altKey: true })).toBe(false);
		expect(isPlainClick({ ...plain, button: 1 })).toBe(false);
	});
});

describe('rehype base links', async () => {
	const { rehypeBaseLinks } = await import('../../src/plugins/rehype-base-links');
	const tree = () => ({
		type: 'root' as const,
		children: [
			{ type: 'element' as const, tagName: 'a', properties: { href: '/section-1/automl/#x' }, children: [] },
			{ type: 'element' as const, tagName: 'a', properties: { href: 'https://docs.cloud.google.com/' }, children: [] },
			{ type: 'element' as const, tagName: 'a', properties: { href: '#local' }, children: [] },
			{ type: 'element' as const, tagName: 'img', properties: { src: '/pmle/already.png' }, children: [] },
		],
	});
	const hrefs = (t: ReturnType<typeof tree>) => t.children.map((c) => c.properties.href ?? c.properties.src);

	it('prefixes root-relative links with the base and leaves the rest', () => {
		const t = tree();
		rehypeBaseLinks({ base: '/pmle/' })(t as never);
		expect(hrefs(t)).toEqual([
			'/pmle/section-1/automl/#x',
			'https://docs.cloud.google.com/',
			'#local',
			'/pmle/already.png',
		]);
	});

	it('changes nothing at the root', () => {
		const t = tree();
		rehypeBaseLinks({ base: '/' })(t as never);
		expect(hrefs(t)[0]).toBe('/section-1/automl/#x');
	});
});

describe('section coverage helpers', async () => {
	const { considerationCount, unwrittenObjectives } = await import('../../src/lib/coverage');
	const { getSection } = await import('../../src/lib/registry');
	const page = (id: string, objectives: string[]) => ({ id, title: id, objectives, considerations: [] });

	it('counts the considerations of a section', () => {
		expect(considerationCount(getSection('1')!)).toBe(11);
		expect(considerationCount({ subObjectives: [] })).toBe(0);
	});

	it('lists the sub-objectives of a section that have no study page', () => {
		const section = getSection('3')!;
		expect(unwrittenObjectives(section, [])).toEqual(['3.1', '3.2', '3.3']);
		expect(unwrittenObjectives(section, [page('section-3/a', ['3.1']), page('section-1/b', ['1.1'])])).toEqual([
			'3.2',
			'3.3',
		]);
	});
});
