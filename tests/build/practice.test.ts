/**
 * The built practice pages: which pages exist, the no-JavaScript rendering of
 * every question, the question bank JSON, links, search indexing, and where
 * practice scripts are (and are not) loaded.
 */
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, distDir, htmlFiles, readDist } from '../support/dist';
import { projectRoot } from '../support/fixture-build';
import { loadPagefind, type PagefindApi } from '../support/pagefind-node';
import type { RawQuestion } from '../../src/lib/question-files';
import { readRawQuestions } from '../support/question-bank';
import { getConsideration, objectiveIds, sections } from '../../src/lib/registry';
import { escapeHtml } from '../../src/lib/inline-markdown';
import type { PracticeBank } from '../../src/lib/practice/types';

let pages: string[] = [];
let raw: RawQuestion[] = [];
let bank: PracticeBank;

const objectiveOf = (q: RawQuestion) => String(q.data.objective);
const isPracticePage = (page: string) => page.startsWith('practice/');
/** Pages built on the practice shell (PracticePage.astro): practice pages and the flashcard decks. */
const usesPracticeShell = (page: string) => isPracticePage(page) || page.startsWith('flashcards/');
/** Built assets that only practice pages may reference. */
const practiceAsset =
	/\/_astro\/(?:PracticePage|PracticeToolbar|QuestionCard|ObjectiveTable|ProgressTools|ReviewList|MockExam|ReadinessDashboard|store|dom|question-form|practice-[a-z-]+|bank-client|exam-result)[.-][^"]*\.(?:js|css)/g;

beforeAll(async () => {
	assertBuilt();
	pages = await htmlFiles();
	raw = await readRawQuestions();
	bank = JSON.parse(await readDist('practice/questions.json')) as PracticeBank;
});

describe('practice pages', () => {
	it('exist for the hub, all questions, review, mock exam, and each section and objective that has questions', () => {
		const withQuestions = new Set(raw.map(objectiveOf));
		const expected = [
			'practice/index.html',
			'practice/all/index.html',
			'practice/review/index.html',
			'practice/mock-exam/index.html',
			'practice/readiness/index.html',
			...sections
				.filter((s) => s.subObjectives.some((o) => withQuestions.has(o.id)))
				.map((s) => `practice/section-${s.id}/index.html`),
			...objectiveIds.filter((id) => withQuestions.has(id)).map((id) => `practice/${id}/index.html`),
		];
		expect(pages.filter(isPracticePage).sort()).toEqual(expected.sort());
	});

	it('render every question without JavaScript under its permanent anchor: scenario, options, answer and every explanation', async () => {
		const byPage = new Map<string, string>();
		const read = async (page: string) => byPage.get(page) ?? byPage.set(page, await readDist(page)).get(page)!;
		for (const q of raw) {
			const section = objectiveOf(q).split('.')[0];
			for (const page of [
				`practice/${objectiveOf(q)}/index.html`,
				`practice/section-${section}/index.html`,
				'practice/all/index.html',
			]) {
				const html = await read(page);
				const start = html.indexOf(`id="${q.id}"`);
				expect(start, `${q.id} on ${page}`).toBeGreaterThan(0);
				const article = html.slice(start, html.indexOf('</article>', start));
				const options = q.data.options as unknown[];
				expect(article.match(/<li data-correct="(true|false)"/g), `${q.id} options`).toHaveLength(options.length);
				expect(article).toContain('<details class="question-answer"><summary>Show answer and explanations</summary>');
				expect(article.match(/class="question-why"/g)).toHaveLength(options.length);
				expect(article).toMatch(/<p class="question-sources">Sources: <a href="https:\/\//);
				// The consideration names what the question is about, so it is shown only with the answer.
				const [beforeAnswer, answer] = article.split('<details class="question-answer">') as [string, string];
				const shownBefore = beforeAnswer.slice(beforeAnswer.indexOf('>') + 1).replace(/<[^>]+>/g, ' ');
				expect(shownBefore, `${q.id}: no consideration before the answer`).not.toMatch(/Consideration/);
				const label = escapeHtml(getConsideration(String(q.data.consideration))!.label);
				expect(answer).toContain(
					`<p class="question-tests">Tests consideration ${String(q.data.consideration)}: ${label}`
				);
			}
		}
	});

	it('keep ids unique per page, number questions in blueprint order, and group multi-objective pages by objective', async () => {
		for (const page of pages.filter(isPracticePage)) {
			const ids = [...(await readDist(page)).matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
			expect(new Set(ids).size, `${page} has duplicate ids`).toBe(ids.length);
		}
		const all = await readDist('practice/all/index.html');
		const headings = [...all.matchAll(/<h2 id="objective-(\d)-(\d)"/g)].map((m) => `${m[1]}.${m[2]}`);
		expect(headings).toEqual(objectiveIds.filter((id) => raw.some((q) => objectiveOf(q) === id)));
		const numbers = [...all.matchAll(/<h3 id="[^"]+-title" class="question-title">\s*Question (\d+)/g)].map((m) =>
			Number(m[1])
		);
		expect(numbers).toEqual(raw.map((_, i) => i + 1));
	});

	it('link only to pages and anchors that exist', async () => {
		for (const page of pages.filter(isPracticePage)) {
			const html = await readDist(page);
			const pagePath = `/${page.replace(/index\.html$/, '')}`;
			for (const [, href] of html.matchAll(/<a\b[^>]*\shref="([^"]+)"/g)) {
				if (/^(https?:)?\/\//.test(href!) || href!.startsWith('mailto:')) continue;
				const [path, fragment] = href!.replaceAll('&amp;', '&').split('#') as [string, string | undefined];
				const targetPath = path === '' ? pagePath : path;
				const file = targetPath.endsWith('/') ? `${targetPath.slice(1)}index.html` : targetPath.slice(1);
				expect(existsSync(join(distDir, file)), `${page} links to ${href}`).toBe(true);
				if (fragment && file.endsWith('.html')) {
					expect(await readDist(file), `${page} links to ${href}`).toContain(`id="${fragment}"`);
				}
			}
		}
	});
});

describe('question bank for the mock exam and the review page', () => {
	it('holds every question once, in blueprint order, with rendered and escaped text', () => {
		expect(bank).toMatchObject({ format: 'pmle-practice-bank', version: 1 });
		expect(bank.questions.map((q) => q.id).sort()).toEqual(raw.map((q) => q.id).sort());
		const order = bank.questions.map((q) => q.objective);
		expect(order).toEqual([...order].sort((a, b) => a.localeCompare(b, 'en', { numeric: true })));
		for (const q of bank.questions) {
			const source = raw.find((r) => r.id === q.id)!.data;
			expect(q.section).toBe(q.objective.split('.')[0]);
			expect(q.options.map((o) => o.correct)).toEqual((source.options as { correct: boolean }[]).map((o) => o.correct));
			expect(q.stemHtml.startsWith('<p>')).toBe(true);
			expect(q.options.every((o) => !o.html.startsWith('<p>') && !/<script/i.test(o.html))).toBe(true);
		}
	});

	it('takes section weights from the registry and points at pages that exist', () => {
		expect(bank.sections.map((s) => [s.id, s.weight])).toEqual(sections.map((s) => [s.id, s.weight]));
		for (const q of bank.questions) {
			const [path, fragment] = q.href.split('#');
			expect(pages).toContain(`${path!.slice(1)}index.html`);
			expect(fragment).toBe(q.id);
		}
		for (const objective of bank.objectives) {
			if (objective.study) expect(pages).toContain(`${objective.study.href.slice(1)}index.html`);
			if (objective.practiceHref) expect(pages).toContain(`${objective.practiceHref.slice(1)}index.html`);
		}
	});
});

describe('practice scripts and styles', () => {
	it('load on practice pages as bundled files, adding no inline script', async () => {
		const inline = (html: string) =>
			[...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
		const baseline = new Set(inline(await readDist('section-1/index.html')));
		for (const page of pages.filter(isPracticePage).filter((p) => p.endsWith('.html'))) {
			const html = await readDist(page);
			expect(html.match(practiceAsset)?.length ?? 0, `${page} loads practice assets`).toBeGreaterThan(0);
			for (const script of inline(html))
				expect(baseline.has(script), `${page} has an inline script of its own`).toBe(true);
			// No inline event handler attributes either (a strict CSP will forbid them).
			expect(html).not.toMatch(/\son(click|change|submit|input|load)=/i);
		}
	});

	it('are not referenced by any other page', async () => {
		for (const page of pages.filter((p) => !usesPracticeShell(p))) {
			const html = await readDist(page);
			expect(html.match(practiceAsset) ?? [], page).toEqual([]);
			expect(html, page).not.toMatch(/<(practice-[a-z-]+|mock-exam)[\s>]/);
		}
	});
});

describe('the "mark as studied" control', () => {
	/** Docs entry ids of the study pages (`section-1/bigquery-ml`), from their frontmatter. */
	async function studyPageIds(): Promise<string[]> {
		const docs = join(projectRoot, 'src', 'content', 'docs');
		const files = (await readdir(docs, { recursive: true })).filter((f) => f.endsWith('.mdx'));
		const ids: string[] = [];
		for (const file of files)
			if (/^kind: study$/m.test(await readFile(join(docs, file), 'utf8'))) ids.push(file.replace(/\.mdx$/, ''));
		return ids.sort();
	}

	/** A built script and every chunk it imports, by file name. */
	async function scriptGraph(file: string, seen = new Map<string, string>()): Promise<Map<string, string>> {
		if (seen.has(file)) return seen;
		const code = await readDist(`_astro/${file}`);
		seen.set(file, code);
		for (const [, imported] of code.matchAll(/from"\.\/([^"]+)"/g)) await scriptGraph(imported!, seen);
		return seen;
	}

	it('is on every study page and no other page, hidden until its script runs', async () => {
		const ids = await studyPageIds();
		expect(ids).toHaveLength(16);
		const withControl: string[] = [];
		for (const page of pages.filter((p) => p.endsWith('.html'))) {
			const html = await readDist(page);
			const match = html.match(
				/<studied-control data-page-id="([^"]+)"[^>]*>\s*<div class="studied-control[^"]*"[^>]*>/
			);
			if (!match) {
				expect(html, page).not.toContain('<studied-control');
				continue;
			}
			expect(`${match[1]}/index.html`, 'the mark is keyed by the page id').toBe(page);
			expect(match[0], `${page}: the control is hidden without JavaScript`).toMatch(/\shidden[\s>]/);
			withControl.push(match[1]!);
		}
		expect(withControl.sort()).toEqual(ids);
	});

	it('is the only script study pages load beyond the site-wide ones: small, without zod or the practice store', async () => {
		const html = await readDist('section-1/bigquery-ml/index.html');
		expect(html.match(practiceAsset) ?? []).toEqual([]);
		const entry = html.match(/src="\/_astro\/(StudiedControl[^"]+\.js)"/)?.[1];
		expect(entry, 'the control script').toBeDefined();
		const graph = await scriptGraph(entry!);
		const gzipped = [...graph.values()].reduce((sum, code) => sum + gzipSync(code).length, 0);
		expect([...graph.keys()].filter((f) => /^(store|dom|schedule|bank-client|transfer)\./.test(f))).toEqual([]);
		for (const [file, code] of graph) expect(code, `${file} has no zod`).not.toMatch(/jitless|ZodError/);
		expect(gzipped, 'gzip bytes of the control and its imports').toBeLessThan(4096);
	});
});

describe('search', () => {
	let pagefind: PagefindApi;
	beforeAll(async () => {
		pagefind = await loadPagefind(distDir);
	});
	const urls = async (term: string) => {
		const search = await pagefind.search(term);
		return Promise.all(search.results.map(async (r) => (await r.data()).url));
	};

	it.each([
		['BigQuery ML', '/section-1/bigquery-ml/'],
		['AutoML forecasting', '/section-1/automl/'],
		['Document AI', '/section-1/ml-apis-and-foundation-models/'],
		['BigQuery ML practice questions', '/section-1/bigquery-ml/'],
	])('still puts the study page first for "%s"', async (term, expected) => {
		expect((await urls(term))[0]).toBe(expected);
	});

	it('finds the practice hub, the mock exam and the review page by name', async () => {
		expect((await urls('practice questions'))[0]).toBe('/practice/');
		expect((await urls('mock exam'))[0]).toBe('/practice/mock-exam/');
		expect((await urls('review my mistakes'))[0]).toBe('/practice/review/');
		expect((await urls('readiness'))[0]).toBe('/practice/readiness/');
	});

	it('leaves question pages and question text out of the index', async () => {
		const indexed = new Set<string>();
		for (const term of ['practice', 'question', 'objective', 'BigQuery', 'Vertex'])
			for (const url of await urls(term)) indexed.add(url);
		expect([...indexed].filter((url) => url.startsWith('/practice/')).sort()).toEqual([
			'/practice/',
			'/practice/mock-exam/',
			'/practice/readiness/',
			'/practice/review/',
		]);
		// Words from question stems and options find no practice page.
		for (const q of bank.questions.slice(0, 10)) {
			const words = q.stemHtml
				.replace(/<[^>]+>/g, ' ')
				.split(/\s+/)
				.filter((w) => /^[A-Za-z]{6,}$/.test(w))
				.slice(0, 3)
				.join(' ');
			expect(
				(await urls(words)).filter((url) => url.startsWith('/practice/')),
				words
			).toEqual([]);
		}
	});
});
