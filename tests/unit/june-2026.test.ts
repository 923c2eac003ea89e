import { describe, expect, it } from 'vitest';
import {
	june2026Anchor,
	june2026ObjectivesOf,
	june2026Outline,
	june2026SectionOf,
	june2026TocItems,
	objectivesMappedTo,
	outlineCounts,
	studyHref,
} from '../../src/lib/june-2026';
import { june2026Filter, june2026Filters, pageFilters } from '../../src/lib/search-filters';
import type { StudyPageInfo } from '../../src/lib/coverage';
import { blueprint2026, considerationIds, objective2026Ids, subObjectives } from '../../src/lib/registry';

/** One study page per 2024-10 sub-objective, covering all its considerations. */
const allPages: StudyPageInfo[] = subObjectives.map((o) => ({
	id: `section-${o.id[0]}/page-${o.id.replace('.', '-')}`,
	title: `Page for ${o.id}`,
	objectives: [o.id],
	considerations: o.considerations.map((c) => c.id),
}));
const topics = blueprint2026.sections.flatMap((s) => s.subObjectives.flatMap((o) => o.added));

describe('June 2026 mapping', () => {
	it('maps each 2024-10 sub-objective to its June 2026 section, with the two moves', () => {
		expect(june2026ObjectivesOf('1.3')).toEqual(['1.1']);
		expect(june2026SectionOf('1.3')).toBe('1');
		expect(june2026SectionOf('5.3')).toBe('2');
		expect(june2026SectionOf('4.2')).toBe('4');
		expect(() => june2026SectionOf('9.9')).toThrow(/mapping2024To2026 has no June 2026 sub-objective for "9\.9"/);
	});

	it('lists the 2024-10 sub-objectives behind each June 2026 one', () => {
		expect(objectivesMappedTo('1.1')).toEqual(['1.1', '1.3']);
		expect(objectivesMappedTo('2.3')).toEqual(['2.3', '5.3']);
		expect(objectivesMappedTo('5.2')).toEqual(['5.2']);
		for (const id of objective2026Ids) expect(objectivesMappedTo(id).length, id).toBeGreaterThan(0);
	});

	it('records where the site teaches every added topic, by 2024-10 consideration', () => {
		expect(topics.length).toBeGreaterThan(0);
		for (const topic of topics) {
			for (const id of topic.taughtIn) expect(considerationIds, topic.topic).toContain(id);
		}
		expect(topics.find((t) => t.topic === 'Ray on Agent Platform')?.taughtIn).toEqual(['3.2.3']);
	});
});

describe('June 2026 outline', () => {
	it('has every June 2026 section with its weight and every sub-objective with its anchor', () => {
		const outline = june2026Outline(allPages);
		expect(outline.map((s) => s.weight)).toEqual([13, 16, 21, 20, 18, 13]);
		expect(outline.flatMap((s) => s.objectives.map((o) => o.id))).toEqual(objective2026Ids);
		expect(outline[0]!.objectives[0]!.anchor).toBe('june-2026-1-1');
		expect(june2026Anchor('6.2')).toBe('june-2026-6-2');
	});

	it('links each sub-objective to the study pages of the 2024-10 objectives behind it, marking moves', () => {
		const outline = june2026Outline(allPages);
		const o11 = outline[0]!.objectives[0]!;
		expect(o11.taught).toBe(true);
		expect(o11.from.map((m) => [m.id, m.moved, m.study?.path])).toEqual([
			['1.1', false, '/section-1/page-1-1/'],
			['1.3', true, '/section-1/page-1-3/'],
		]);
		const ray = outline[2]!.objectives[1]!.added.find((t) => t.topic === 'Ray on Agent Platform')!;
		expect(ray.taughtIn).toEqual([
			expect.objectContaining({ id: '3.2.3', path: '/section-3/page-3-2/', pageTitle: 'Page for 3.2' }),
		]);
		expect(studyHref(ray.taughtIn[0]!, (p) => `/base${p}`)).toMatch(/^\/base\/section-3\/page-3-2\/#[a-z0-9-]+$/);
	});

	it('gives the page a table of contents of its generated sections and sub-objectives', () => {
		const toc = june2026TocItems();
		expect(toc.map((item) => [item.slug, item.text])).toEqual(
			blueprint2026.sections.map((s) => [`june-2026-section-${s.id}`, `Section ${s.id}: ${s.title} (${s.weight}%)`])
		);
		expect(toc.flatMap((item) => item.children.map((c) => c.slug))).toEqual(objective2026Ids.map(june2026Anchor));
	});

	it('counts everything as taught when every page exists', () => {
		expect(outlineCounts(june2026Outline(allPages))).toEqual({
			objectives: { taught: objective2026Ids.length, total: objective2026Ids.length },
			topics: { taught: topics.length, total: topics.length },
		});
	});

	it('lists a sub-objective or topic as not taught when no page teaches it', () => {
		// Without the pages for 3.2 and 3.3, June 2026 3.3 is untaught, and so are 3.2's added topics.
		const pages = allPages.filter((p) => !p.objectives.includes('3.2') && !p.objectives.includes('3.3'));
		const outline = june2026Outline(pages);
		const section3 = outline[2]!;
		expect(section3.objectives.map((o) => [o.id, o.taught])).toEqual([
			['3.1', true],
			['3.2', false],
			['3.3', false],
		]);
		expect(section3.objectives[1]!.added.every((t) => t.taughtIn.length === 0)).toBe(true);
		expect(section3.objectives[2]!.from[0]).toEqual({ id: '3.3', title: expect.any(String), moved: false });
		const counts = outlineCounts(outline);
		expect(counts.objectives).toEqual({ taught: objective2026Ids.length - 2, total: objective2026Ids.length });
		expect(counts.topics.taught).toBe(topics.length - 2);
		// A topic taught in two places stays taught while one of them exists.
		const withoutServingScale = june2026Outline(allPages.filter((p) => !p.objectives.includes('4.2')));
		const gemini = withoutServingScale[0]!.objectives[1]!.added.find((t) => t.topic.startsWith('Optimizing'))!;
		expect(gemini.taughtIn.map((l) => l.id)).toEqual(['1.2.1']);
	});
});

describe('June 2026 search filter', () => {
	it('gives a study page the June 2026 objectives its 2024-10 objectives map to', () => {
		expect(june2026Filters(['1.3'])).toEqual([
			{ filter: june2026Filter, value: '1.1 Developing ML models with BigQuery ML and AutoML' },
		]);
		expect(june2026Filters(['5.3'])).toEqual([
			{ filter: 'June 2026 objective', value: '2.3 Tracking experiments, metadata and lineage' },
		]);
		// Two 2024-10 objectives on one page that land in one June 2026 objective give one value.
		expect(june2026Filters(['1.1', '1.3'])).toHaveLength(1);
		expect(pageFilters(['5.3'], []).map((f) => f.filter)).toEqual(['section', 'objective', june2026Filter]);
	});
});
