/**
 * "Study by the June 2026 guide" on the built site: every June 2026 section and
 * sub-objective with its weight, links that resolve to a real page and heading,
 * taught and not-taught items as the registry and the study pages say; the same
 * outline on the section overviews; the links to the page; and the June 2026
 * search filter in the real Pagefind index.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import yaml from 'js-yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, distDir, readDist } from '../support/dist';
import { projectRoot } from '../support/fixture-build';
import { loadPagefind } from '../support/pagefind-node';
import type { StudyPageInfo } from '../../src/lib/coverage';
import { june2026Anchor, june2026Outline, outlineCounts, type OutlineSection } from '../../src/lib/june-2026';
import { june2026Filter, june2026FilterLabel } from '../../src/lib/search-filters';
import { blueprint2026, objective2026Ids, sections } from '../../src/lib/registry';

const pagePath = 'june-2026-guide/index.html';
let html = '';
/** The outline as the registry and the study pages' frontmatter give it, computed here independently of the build. */
let expected: OutlineSection[] = [];

beforeAll(async () => {
	assertBuilt();
	html = await readDist(pagePath);
	const docsDir = join(projectRoot, 'src', 'content', 'docs');
	const pages: StudyPageInfo[] = [];
	for (const entry of await readdir(docsDir, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile() || !/\.mdx?$/.test(entry.name)) continue;
		const path = join(entry.parentPath, entry.name);
		const data = yaml.load((await readFile(path, 'utf8')).split(/^---$/m)[1] ?? '') as Record<string, unknown>;
		if (data.kind !== 'study') continue;
		pages.push({
			id: relative(docsDir, path).replace(/\.mdx?$/, ''),
			title: data.title as string,
			objectives: data.objectives as string[],
			considerations: data.considerations as string[],
		});
	}
	expected = june2026Outline(pages);
});

/** The markup of one sub-objective's block on the page. */
const block = (source: string, anchor: string) => source.split(`id="${anchor}"`)[1]!.split('</section>')[0]!;
const hrefs = (markup: string) => [...markup.matchAll(/<a href="([^"#]*)(?:#([^"]*))?"/g)].map((m) => [m[1]!, m[2]]);

/** Whether a root-relative link (with fragment) lands on a built page and, if given, an element with that id. */
async function resolves(path: string, fragment: string | undefined): Promise<boolean> {
	const file = join(distDir, path.replace(/^\//, ''), 'index.html');
	if (!existsSync(file)) return false;
	return !fragment || (await readFile(file, 'utf8')).includes(`id="${fragment}"`);
}

describe('Study by the June 2026 guide', () => {
	it('is flagged as an unofficial summary and has the six sections with the June 2026 weights', () => {
		expect(html).toContain('unofficial summary');
		expect(blueprint2026.sections.map((s) => s.weight)).toEqual([13, 16, 21, 20, 18, 13]);
		for (const section of blueprint2026.sections) {
			expect(html).toContain(
				`<h2 id="june-2026-section-${section.id}">Section ${section.id}: ${section.title} (${section.weight}%)</h2>`
			);
		}
	});

	it('lists every June 2026 sub-objective, each with links that resolve to a page and heading', async () => {
		for (const id of objective2026Ids) {
			const objective = expected.flatMap((s) => s.objectives).find((o) => o.id === id)!;
			expect(html).toContain(`<h3 id="${june2026Anchor(id)}">${id} ${objective.title}</h3>`);
			const links = hrefs(block(html, june2026Anchor(id))).filter(([path]) => path !== '');
			expect(links.length, `${id} links`).toBeGreaterThan(0);
			for (const [path, fragment] of links)
				expect(await resolves(path!, fragment), `${id}: ${path}#${fragment}`).toBe(true);
		}
	});

	it('shows taught and not-taught items exactly as the registry and the study pages say', () => {
		const counts = outlineCounts(expected);
		expect(html).toContain(
			`This site teaches <strong>${counts.objectives.taught} of ${counts.objectives.total}</strong> June 2026 sub-objectives and <strong>${counts.topics.taught} of ${counts.topics.total}</strong> topics the guide adds.`
		);
		let notTaught = 0;
		for (const objective of expected.flatMap((s) => s.objectives)) {
			const markup = block(html, objective.anchor);
			for (const from of objective.from) {
				if (from.study) expect(markup, `${objective.id} links ${from.id}`).toContain(`<a href="${from.study.path}">`);
			}
			if (!objective.taught) notTaught += 1;
			for (const topic of objective.added) {
				const item = markup.split(`<strong>${topic.topic}</strong>`)[1]!.split('</li>')[0]!;
				if (topic.taughtIn.length === 0) {
					notTaught += 1;
					expect(item, topic.topic).toContain('Not taught yet');
				}
				for (const link of topic.taughtIn) expect(item).toContain(`<a href="${link.path}#${link.fragment}">`);
			}
		}
		const outlinePart = html.split('<section class="june-section"')!.slice(1).join('');
		expect(outlinePart.match(/Not taught yet/g)?.length ?? 0).toBe(notTaught);
		expect(notTaught).toBe(
			counts.objectives.total - counts.objectives.taught + (counts.topics.total - counts.topics.taught)
		);
	});

	it('is linked from the home page, the versions page and the sidebar', async () => {
		const links = (markup: string, pattern: RegExp) => pattern.test(markup);
		for (const page of ['index.html', 'exam-guide-versions/index.html'])
			expect(links(await readDist(page), /<a href="\/june-2026-guide\/">[^<]*June 2026/), page).toBe(true);
		const sidebarLink = /<a href="\/june-2026-guide\/"[^>]*><span[^>]*>Study by the June 2026 guide<\/span>/;
		expect(links(await readDist('practice/index.html'), sidebarLink), 'sidebar').toBe(true);
	});

	it('section overviews show the June 2026 outline of their section, linked to the page', async () => {
		for (const section of sections) {
			const overview = await readDist(`${section.slug}/index.html`);
			const june = expected.find((s) => s.id === section.id)!;
			const compact = overview.split('id="june-2026"')[1]!;
			expect(compact).toContain(`Section ${section.id} weighs <strong>${june.weight}%</strong>`);
			for (const objective of june.objectives) {
				expect(compact).toContain(
					`<a href="/june-2026-guide/#${objective.anchor}">${objective.id} ${objective.title}</a>`
				);
				for (const topic of objective.added)
					for (const link of topic.taughtIn) expect(compact).toContain(`<a href="${link.path}#${link.fragment}">`);
			}
		}
		// 5.3 moved to 2.3: its overview entry says so, and Section 2's outline takes it in.
		const section5 = await readDist('section-5/index.html');
		expect(block(section5, 'objective-5-3')).toMatch(
			/href="\/june-2026-guide\/#june-2026-2-3"[\s\S]*moved to Section 2/
		);
		expect((await readDist('section-2/index.html')).split('id="june-2026"')[1]).toContain(
			'(takes in 5.3 of the 2024-10 guide)'
		);
	});
});

describe('the June 2026 search filter', () => {
	it('has a value for every June 2026 sub-objective, and narrows a search to the pages that teach it', async () => {
		const pagefind = await loadPagefind(distDir);
		const filters = await pagefind.filters();
		expect(Object.keys(filters[june2026Filter] ?? {}).sort()).toEqual(objective2026Ids.map(june2026FilterLabel).sort());
		const search = await pagefind.search('metadata', { filters: { [june2026Filter]: june2026FilterLabel('2.3') } });
		const urls = await Promise.all(search.results.map(async (r) => (await r.data()).url));
		// 2.3 in June 2026 is 2.3 and 5.3 of the 2024-10 guide.
		expect(urls.sort()).toEqual(['/section-2/experiments/', '/section-5/metadata-and-lineage/']);
	});
});
