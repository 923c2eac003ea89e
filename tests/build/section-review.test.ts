/**
 * The built section reviews (/section-N/review/): each holds exactly the
 * decision tables and exam traps its section's study pages have (counted from
 * the MDX sources, compared with the built study pages item by item), each
 * links to a heading that exists on its study page, and the reviews are linked
 * from the overviews and the sidebar but kept out of search.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import yaml from 'js-yaml';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { beforeAll, describe, expect, it } from 'vitest';
import { sections } from '../../src/lib/registry';
import { objectiveAnchor } from '../../src/lib/ids';
import { considerationAnchor } from '../../src/lib/anchors';
import { assertBuilt, readDist } from '../support/dist';
import { projectRoot } from '../support/fixture-build';

interface Source {
	route: string;
	traps: number;
	tables: number;
}

const text = (node: Element) => toString(node).replace(/\s+/g, ' ').trim();
const parse = async (route: string): Promise<Root> => fromHtml(await readDist(`${route}index.html`));
const main = (tree: Root) => select('main', tree)!;

/**
 * A study page's decision tables and exam traps as readers see them, in page
 * order, found here without the site's collecting code: tables whose first
 * header cell is "Choose", and caution asides titled "Exam trap".
 */
function studyItems(tree: Root): string[] {
	return selectAll('table, aside.starlight-aside--caution', main(tree))
		.filter((node) =>
			node.tagName === 'table'
				? text(select('th', node) ?? node) === 'Choose'
				: text(select('.starlight-aside__title', node)!) === 'Exam trap'
		)
		.map(text);
}

/** Study pages of a section with their counts taken from the MDX source. */
async function sourcesOf(slug: string): Promise<Source[]> {
	const dir = join(projectRoot, 'src', 'content', 'docs', slug);
	const sources: Source[] = [];
	for (const name of (await readdir(dir)).filter((n) => n.endsWith('.mdx')).sort()) {
		const source = await readFile(join(dir, name), 'utf8');
		const frontmatter = yaml.load(source.split(/^---$/m)[1] ?? '') as { kind?: string };
		if (frontmatter.kind !== 'study') continue;
		sources.push({
			route: `${slug}/${name.replace(/\.mdx$/, '')}/`,
			traps: source.match(/^:::caution\[Exam trap\]\s*$/gm)?.length ?? 0,
			// A GFM table: a header row starting with "Choose", then its delimiter row.
			tables: source.match(/^\|\s*Choose\s*\|.*\n\|\s*:?-{3,}/gm)?.length ?? 0,
		});
	}
	return sources;
}

beforeAll(() => assertBuilt());

describe.each(sections.map((s) => ({ id: s.id, slug: s.slug, section: s })))(
	'Section $id review',
	({ slug, section }) => {
		let review: Root;
		let items: Element[];
		let sources: Source[];
		beforeAll(async () => {
			review = await parse(`${slug}/review/`);
			items = selectAll('.review-item', main(review));
			sources = await sourcesOf(slug);
		});

		it('has every exam trap and decision table of the section, counted from the MDX sources', () => {
			const count = (kind: string) =>
				items.filter((i) => (i.properties.className as string[]).includes(`review-item--${kind}`)).length;
			expect(sources.length).toBeGreaterThan(0);
			expect(count('exam-trap')).toBe(sources.reduce((n, s) => n + s.traps, 0));
			expect(count('decision-table')).toBe(sources.reduce((n, s) => n + s.tables, 0));
		});

		it("matches each study page's tables and traps, in order, and links each to a heading on that page", async () => {
			for (const source of sources) {
				const page = await parse(source.route);
				const href = `/${source.route}`;
				const fromPage = items.filter((item) => {
					const link = select('.review-from a', item)!;
					return String(link.properties.href).split('#')[0] === href;
				});
				const copies = fromPage.map((item) => {
					const content = item.children.filter(
						(c) => c.type === 'element' && !(c.properties.className as string[])?.includes('review-from')
					);
					return content.map((c) => text(c as Element)).join(' ');
				});
				expect(copies, `${href}: review items differ from the study page`).toEqual(studyItems(page));
				for (const item of fromPage) {
					const fragment = String(select('.review-from a', item)!.properties.href).split('#')[1];
					const target = fragment ? select(`[id="${fragment}"]`, page) : undefined;
					expect(target?.tagName, `${href}#${fragment} is not a heading of the study page`).toMatch(/^h[2-6]$/);
					expect(text(select('.review-from a', item)!)).toContain(text(target!));
				}
			}
		});

		it('has a heading for every sub-objective, and for every consideration with the anchor of its study page', async () => {
			const ids = selectAll('h2', main(review)).map((h) => h.properties.id);
			expect(ids).toEqual(section.subObjectives.map((o) => objectiveAnchor(o.id)));
			const covered = (await Promise.all(sources.map((s) => parse(s.route)))).flatMap((page) =>
				selectAll('h2[data-consideration]', page).map((h) => h.properties.id)
			);
			const h3 = selectAll('h3[id]', main(review)).map((h) => h.properties.id);
			expect(h3).toEqual(
				section.subObjectives
					.flatMap((o) => o.considerations.map((c) => considerationAnchor(c.id)))
					.filter((id) => covered.includes(id))
			);
		});

		it('is linked from the section overview and the sidebar, and left out of search', async () => {
			const reviewHref = `/${slug}/review/`;
			const overview = await parse(`${slug}/`);
			expect(selectAll('a', main(overview)).some((a) => a.properties.href === reviewHref)).toBe(true);
			const current = select('nav.sidebar a[aria-current="page"]', review);
			expect(current?.properties.href).toBe(reviewHref);
			expect(await readDist(`${slug}/review/index.html`)).not.toContain('data-pagefind-body');
		});
	}
);
