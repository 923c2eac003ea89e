/**
 * The flashcards in the built site: every card on its objective's page as a
 * readable list, and the Anki files in dist/ with their headers, one note per
 * card, the card ID as the note's GUID, and section and objective tags.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDir, readDist } from '../support/dist';
import { projectRoot } from '../support/fixture-build';
import { isFlashcardFile, parseFlashcardFile, type RawCard } from '../../src/lib/flashcard-files';

const cardDir = join(projectRoot, 'src/content/flashcards');
const cards: RawCard[] = [];
for (const name of (await readdir(cardDir)).filter(isFlashcardFile))
	cards.push(...parseFlashcardFile(`src/content/flashcards/${name}`, await readFile(join(cardDir, name), 'utf8')));
const sectionsWithCards = [...new Set(cards.map((c) => c.id && String(c.data.objective).split('.')[0]))];

describe('Anki files', () => {
	it('all.txt has the headers and one note per card: GUID, front, back, tags', async () => {
		const text = await readFile(join(distDir, 'flashcards/anki/all.txt'), 'utf8');
		const lines = text.trimEnd().split('\n');
		expect(lines.slice(0, 7)).toEqual([
			'#separator:tab',
			'#html:true',
			'#notetype:Basic',
			'#deck:PMLE study guide',
			'#guid column:1',
			'#tags column:4',
			'#columns:guid\tFront\tBack\ttags',
		]);
		const notes = lines.slice(7).map((line) => line.split('\t'));
		expect(notes.map((n) => n[0]).sort()).toEqual(cards.map((c) => c.id).sort());
		for (const note of notes) {
			expect(note).toHaveLength(4);
			const card = cards.find((c) => c.id === note[0])!;
			const objective = String(card.data.objective);
			expect(note[3]).toBe(`pmle::section-${objective.split('.')[0]} pmle::objective-${objective}`);
			expect(note[2]).toContain(`<a href='${(card.data.source as { url: string }).url}'>`);
		}
	});

	it('each section file holds exactly that section’s cards', async () => {
		expect(sectionsWithCards.length).toBeGreaterThan(0);
		for (const section of sectionsWithCards) {
			const text = await readFile(join(distDir, `flashcards/anki/section-${section}.txt`), 'utf8');
			expect(text).toContain(`#deck:PMLE study guide::Section ${section}\n`);
			const ids = text
				.trimEnd()
				.split('\n')
				.filter((l) => !l.startsWith('#'))
				.map((l) => l.split('\t')[0]);
			expect(ids.sort()).toEqual(
				cards
					.filter((c) => String(c.data.objective).startsWith(`${section}.`))
					.map((c) => c.id)
					.sort()
			);
		}
	});
});

describe('flashcard pages', () => {
	it('the objective page lists every card with its answer in a disclosure and links the Anki file', async () => {
		const html = await readDist('flashcards/1.1/index.html');
		for (const card of cards.filter((c) => c.data.objective === '1.1')) {
			expect(html).toContain(`id="${card.id}" data-card-id="${card.id}"`);
		}
		expect(html.match(/<summary>Show answer<\/summary>/g)).toHaveLength(15);
		expect(html).toContain('href="/flashcards/anki/section-1.txt" download');
	});

	it('the hub is light: every deck with its card count and card ids, no cards, no scheduler', async () => {
		const html = await readDist('flashcards/index.html');
		expect(html).not.toContain('data-card-id=');
		expect(html).not.toContain('<summary>Show answer</summary>');
		expect(html).not.toContain('<flashcard-review');
		for (const objective of new Set(cards.map((c) => String(c.data.objective)))) {
			const ids = cards.filter((c) => c.data.objective === objective).map((c) => c.id);
			expect(html).toContain(`<a href="/flashcards/${objective}/">`);
			const row = html.match(
				new RegExp(`<a href="/flashcards/${objective}/">[\\s\\S]*?<td>(\\d+)</td>\\s*<td data-due-ids="([^"]*)"`)
			);
			expect(Number(row?.[1]), objective).toBe(ids.length);
			expect(row![2]!.split(' ').sort(), objective).toEqual(ids.sort());
		}
		for (const section of sectionsWithCards) {
			expect(html).toContain(`href="/flashcards/section-${section}/"`);
			expect(html).toContain(`href="/flashcards/anki/section-${section}.txt" download`);
		}
		expect(html).toContain('href="/flashcards/anki/all.txt" download');
		expect(html).toContain('<a href="/flashcards/all/">Review everything due</a>');
		// The due counts need the practice store, not the scheduler (ts-fsrs, in the schedule chunk) or the review session.
		const graph = new Map<string, string>();
		const visit = async (file: string): Promise<void> => {
			if (graph.has(file)) return;
			const code = await readDist(`_astro/${file}`);
			graph.set(file, code);
			for (const [, imported] of code.matchAll(/(?:from|import)\s*"\.\/([^"]+)"/g)) await visit(imported!);
		};
		for (const [, file] of html.matchAll(/src="\/_astro\/([^"]+\.js)"/g)) await visit(file!);
		const code = [...graph.values()].join('\n');
		expect(code).toContain('flashcard-due-counts');
		expect(code).not.toContain('flashcard-review');
		expect([...graph.keys()].filter((f) => /^(schedule|FlashcardDeck)[.-]/.test(f))).toEqual([]);
	});

	it('/flashcards/all/ holds every card in one review session', async () => {
		const html = await readDist('flashcards/all/index.html');
		for (const card of cards) expect(html).toContain(`id="${card.id}" data-card-id="${card.id}"`);
		expect(html).toContain('<flashcard-review data-deck="All flashcards">');
		expect(html).toContain('href="/flashcards/anki/all.txt" download');
	});

	it('study pages, the practice hub and the sidebar link the flashcards', async () => {
		const study = await readDist('section-1/bigquery-ml/index.html');
		expect(study).toContain('<a href="/flashcards/1.1/">Flashcards for 1.1');
		expect(await readDist('practice/index.html')).toContain('<a href="/flashcards/">Flashcards</a>');
		expect(await readDist('index.html')).toMatch(/<a href="\/flashcards\/"[^>]*>\s*<span[^>]*>Flashcards<\/span>/);
	});
});
