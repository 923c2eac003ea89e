/**
 * The content standard's structure, checked on every built study page and on
 * the question bank, so new pages cannot silently skip a required part.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import yaml from 'js-yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { considerationAnchor } from '../../src/lib/anchors';
import { getObjective } from '../../src/lib/registry';
import { assertBuilt, readDist } from '../support/dist';
import { projectRoot } from '../support/fixture-build';
import { readRawQuestions } from '../support/question-bank';

interface StudyPage {
	file: string;
	route: string;
	objectives: string[];
	considerations: string[];
	html: string;
}

const docsDir = join(projectRoot, 'src', 'content', 'docs');
const studyPages: StudyPage[] = [];
let questions: { id: string; objective: string; consideration: string; select?: number }[] = [];

beforeAll(async () => {
	assertBuilt();
	const entries = await readdir(docsDir, { recursive: true, withFileTypes: true });
	for (const entry of entries.filter((e) => e.isFile() && /\.mdx?$/.test(e.name))) {
		const path = join(entry.parentPath, entry.name);
		const source = await readFile(path, 'utf8');
		const frontmatter = yaml.load(source.split(/^---$/m)[1] ?? '') as Record<string, unknown>;
		if (frontmatter.kind !== 'study') continue;
		const route = relative(docsDir, path)
			.replace(/\.mdx?$/, '')
			.replace(/\/index$/, '');
		studyPages.push({
			file: relative(projectRoot, path),
			route,
			objectives: frontmatter.objectives as string[],
			considerations: frontmatter.considerations as string[],
			html: await readDist(`${route}/index.html`),
		});
	}
	questions = (await readRawQuestions()).map((raw) => raw.data as unknown as (typeof questions)[number]);
});

/** Visible text of the page's main content, for word counts. */
function contentText(html: string): string {
	const main = html.split('<div class="sl-markdown-content">')[1]?.split('<footer')[0] ?? '';
	return main
		.replace(/<pre[\s\S]*?<\/pre>/g, ' ')
		.replace(/<[^>]+>/g, ' ')
		.replace(/\s+/g, ' ');
}

describe('study pages follow the content standard', () => {
	it('exist for Section 1', () => {
		expect(studyPages.map((p) => p.route).sort()).toEqual(
			expect.arrayContaining(['section-1/automl', 'section-1/bigquery-ml', 'section-1/ml-apis-and-foundation-models'])
		);
	});

	it('cover every consideration of their objectives, each with its own H2, in blueprint order', () => {
		for (const page of studyPages) {
			const expected = page.objectives.flatMap((id) => getObjective(id)!.considerations.map((c) => c.id));
			expect(page.considerations, `${page.file} lists every consideration`).toEqual(expected);
			const order = [...page.html.matchAll(/<h2 id="([^"]+)" data-consideration="([^"]+)"/g)].map((m) => m[2]);
			expect(order, `${page.file} has one H2 per consideration in order`).toEqual(expected);
			for (const id of expected) expect(page.html).toContain(`id="${considerationAnchor(id)}"`);
		}
	});

	it('have the required sections in order', () => {
		const required = [
			'what-the-exam-expects',
			'worked-scenarios',
			'changes-in-the-june-2026-exam-guide',
			'check-yourself',
			'sources',
		];
		for (const page of studyPages) {
			const ids = [...page.html.matchAll(/<h2 id="([^"]+)"/g)].map((m) => m[1]!);
			const positions = required.map((id) => ids.indexOf(id));
			expect(
				positions.every((p) => p >= 0),
				`${page.file} has sections ${required.join(', ')}`
			).toBe(true);
			expect(
				[...positions].sort((a, b) => a - b),
				`${page.file} sections in order`
			).toEqual(positions);
			const firstConsideration = ids.indexOf(considerationAnchor(page.considerations[0]!));
			expect(firstConsideration).toBeGreaterThan(ids.indexOf('what-the-exam-expects'));
			expect(firstConsideration).toBeLessThan(ids.indexOf('worked-scenarios'));
		}
	});

	it('have at least two worked scenarios, exam traps, decision tables and depth', () => {
		for (const page of studyPages) {
			const scenarios = page.html
				.split('id="worked-scenarios"')[1]!
				.split('id="changes-in-the-june-2026-exam-guide"')[0]!;
			expect((scenarios.match(/<h3 /g) ?? []).length, `${page.file} worked scenarios`).toBeGreaterThanOrEqual(2);
			expect(
				(page.html.match(/starlight-aside--caution/g) ?? []).length,
				`${page.file} exam traps`
			).toBeGreaterThanOrEqual(2);
			expect((page.html.match(/<table>/g) ?? []).length, `${page.file} decision tables`).toBeGreaterThanOrEqual(1);
			expect(page.html, `${page.file} tables have header rows`).not.toMatch(/<table>(?![\s\S]*?<th)/);
			const words = contentText(page.html).split(' ').length;
			expect(words, `${page.file} depth (words)`).toBeGreaterThanOrEqual(2000);
		}
	});
});

describe('the question bank follows the content standard', () => {
	it('has at least 6 questions per written objective, covering every consideration', () => {
		const objectives = new Set(studyPages.flatMap((p) => p.objectives));
		for (const id of objectives) {
			const mine = questions.filter((q) => q.objective === id);
			expect(mine.length, `questions for ${id}`).toBeGreaterThanOrEqual(6);
			const covered = new Set(mine.map((q) => q.consideration));
			for (const c of getObjective(id)!.considerations) expect(covered, `a question on ${c.id}`).toContain(c.id);
		}
	});

	it('includes choose-two questions', () => {
		expect(questions.filter((q) => q.select === 2).length).toBeGreaterThanOrEqual(3);
	});
});
