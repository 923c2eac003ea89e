/**
 * The Official resources page and the study pages' Hands-on sections, on the
 * built site: every registry item (src/data/exam.ts) appears with its official
 * link and checked date, every study page's `handsOn` links appear on that page
 * (in the closing sections and the table of contents) and in the page's index.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import yaml from 'js-yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { officialResourceGroups, officialResources } from '../../src/data/exam';
import { objectiveIds } from '../../src/lib/registry';
import { assertBuilt, distDir, readDist } from '../support/dist';
import { loadPagefind, type PagefindApi } from '../support/pagefind-node';
import { projectRoot } from '../support/fixture-build';

interface StudyPage {
	route: string;
	objectives: string[];
	handsOn?: { title: string; url: string }[];
	html: string;
}

const docsDir = join(projectRoot, 'src', 'content', 'docs');
const studyPages: StudyPage[] = [];
let resources = '';
let pagefind: PagefindApi;

/** Text as a reader sees it: tags dropped, entities that Astro escapes decoded, whitespace collapsed. */
const text = (html: string) =>
	html
		.replace(/<[^>]+>/g, ' ')
		.replace(/&#39;/g, "'")
		.replace(/&amp;/g, '&')
		.replace(/&quot;/g, '"')
		.replace(/\s+/g, ' ')
		.trim();
const escapeAttr = (value: string) => value.replace(/&/g, '&amp;');
/** The HTML of the element with this id, up to the closing tag of its kind. */
function element(html: string, id: string, tag: string): string {
	const start = html.indexOf(`id="${id}"`);
	expect(start, `element #${id}`).toBeGreaterThan(-1);
	return html.slice(start, html.indexOf(`</${tag}>`, start));
}

beforeAll(async () => {
	assertBuilt();
	resources = await readDist('official-resources/index.html');
	pagefind = await loadPagefind(distDir);
	const entries = await readdir(docsDir, { recursive: true, withFileTypes: true });
	for (const entry of entries.filter((e) => e.isFile() && /\.mdx?$/.test(e.name))) {
		const path = join(entry.parentPath, entry.name);
		const frontmatter = yaml.load((await readFile(path, 'utf8')).split(/^---$/m)[1] ?? '') as Record<string, unknown>;
		if (frontmatter.kind !== 'study') continue;
		const route = relative(docsDir, path).replace(/\.mdx?$/, '');
		studyPages.push({
			route,
			objectives: frontmatter.objectives as string[],
			handsOn: frontmatter.handsOn as StudyPage['handsOn'],
			html: await readDist(`${route}/index.html`),
		});
	}
});

describe('the Official resources page', () => {
	it('has one section per group, in order, each in the table of contents', () => {
		const headings = [...resources.matchAll(/<h2 id="(?!starlight__)[^"]+">([^<]+)<\/h2>/g)].map((m) => m[1]);
		expect(headings).toEqual([...Object.values(officialResourceGroups), 'Hands-on by objective']);
		for (const id of ['exam-guide-and-format', 'registration-and-policies', 'official-preparation'])
			expect(resources).toContain(`href="#${id}"`);
	});

	it('lists every registry item under its group with its value, its official link and the day it was checked', () => {
		const groupIds = Object.keys(officialResourceGroups);
		const sections = Object.fromEntries(
			groupIds.map((group, i) => {
				const heading = Object.values(officialResourceGroups)[i]!;
				return [group, resources.split(`>${heading}</h2>`)[1]!.split('<h2 ')[0]!];
			})
		);
		for (const item of officialResources) {
			const block = element(sections[item.group]!, item.id, 'dd');
			expect(text(block), item.id).toContain(item.label);
			expect(text(block), item.id).toContain(item.value ?? 'See the official page.');
			expect(block, item.id).toContain(`href="${escapeAttr(item.url)}"`);
			expect(text(block), item.id).toContain(
				`${item.source} (${new URL(item.url).hostname}) · checked ${item.checked}`
			);
			expect(block, item.id).toContain(`<time datetime="${item.checked}"`);
		}
		expect(resources.match(/class="official-resource[ "]/g)).toHaveLength(officialResources.length);
	});

	it("lists the study pages' hands-on links by objective, in exam-guide order, each linking to its page", () => {
		const index = resources.split('id="hands-on-by-objective"')[1]!;
		const withLabs = studyPages
			.filter((p) => p.handsOn)
			.sort((a, b) => a.objectives[0]!.localeCompare(b.objectives[0]!));
		expect(withLabs.length).toBeGreaterThan(0);
		const order = [...index.matchAll(/<a href="\/(section-\d\/[^/]+)\/#hands-on">/g)].map((m) => m[1]);
		expect(order).toEqual(withLabs.map((p) => p.route));
		expect(withLabs.map((p) => p.objectives[0])).toEqual(
			objectiveIds.filter((id) => withLabs.some((p) => p.objectives[0] === id))
		);
		for (const page of withLabs)
			for (const link of page.handsOn!)
				expect(index, `${page.route}: ${link.url}`).toContain(`href="${escapeAttr(link.url)}"`);
	});

	it('is linked from the home page, the sidebar of every page and the versions page', async () => {
		const home = await readDist('index.html');
		expect(text(home.split('<main')[1]!)).toContain('Official resources links both exam guides');
		expect(home.split('<main')[1]).toContain('href="/official-resources/"');
		for (const page of ['index.html', 'section-1/bigquery-ml/index.html', 'exam-guide-versions/index.html']) {
			const sidebar = (await readDist(page)).split('<main')[0]!;
			expect(sidebar, `${page} sidebar`).toMatch(
				/<a href="\/official-resources\/"[^>]*>\s*<span[^>]*>Official resources<\/span>/
			);
		}
		expect((await readDist('exam-guide-versions/index.html')).split('<main')[1]).toContain(
			'href="/official-resources/"'
		);
	});

	it.each(['retake policy', 'exam registration fee', 'official sample questions', 'recertification'])(
		'is a top-3 search result for "%s"',
		async (query) => {
			const search = await pagefind.search(query);
			const urls = await Promise.all(search.results.slice(0, 3).map(async (r) => (await r.data()).url));
			expect(urls).toContain('/official-resources/');
		}
	);

	it("shows the home page's exam facts from the same registry", async () => {
		const home = text(await readDist('index.html'));
		for (const id of ['length', 'questions', 'fee', 'delivery', 'validity']) {
			const item = officialResources.find((r) => r.id === id)!;
			expect(home).toContain(`${item.label} ${item.value}`);
		}
	});
});

describe('Hands-on on study pages', () => {
	it('every study page lists official hands-on material', () => {
		expect(studyPages).toHaveLength(16);
		for (const page of studyPages) expect(page.handsOn?.length, page.route).toBeGreaterThan(0);
	});

	it('renders each link after the June 2026 changes and before Check yourself, and lists it in the table of contents', () => {
		for (const page of studyPages) {
			const ids = [...page.html.matchAll(/<h2 id="([^"]+)"/g)].map((m) => m[1]!);
			if (!page.handsOn) {
				expect(ids, page.route).not.toContain('hands-on');
				continue;
			}
			expect(ids.slice(-4), page.route).toEqual([
				'changes-in-the-june-2026-exam-guide',
				'hands-on',
				'check-yourself',
				'sources',
			]);
			const section = page.html.split('<h2 id="hands-on">')[1]!.split('<h2 ')[0]!;
			for (const link of page.handsOn) {
				expect(section, `${page.route}: ${link.title}`).toContain(`href="${escapeAttr(link.url)}"`);
				expect(text(section), page.route).toContain(link.title);
			}
			const toc = page.html.split('<starlight-toc')[1]!.split('</starlight-toc>')[0]!;
			const tocLinks = [...toc.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]);
			expect(tocLinks.slice(-3), `${page.route} table of contents`).toEqual(['hands-on', 'check-yourself', 'sources']);
		}
	});
});
