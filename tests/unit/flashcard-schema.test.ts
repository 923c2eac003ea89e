import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { flashcardSchema } from '../../src/schemas/flashcard';
import {
	assertUniqueCardIds,
	FlashcardFileError,
	isFlashcardFile,
	parseFlashcardFile,
} from '../../src/lib/flashcard-files';
import { projectRoot } from '../support/fixture-build';

const valid = {
	id: 'bqml-implicit-feedback',
	objective: '1.1',
	consideration: '1.1.1',
	front: 'Ratings are rare but clicks are plentiful. Which BigQuery ML setting fits a recommender?',
	back: "`MATRIX_FACTORIZATION` with `FEEDBACK_TYPE = 'IMPLICIT'`.",
	why: 'Questions contrast explicit and implicit feedback.',
	source: {
		title: 'The CREATE MODEL statement for matrix factorization models',
		url: 'https://docs.cloud.google.com/bigquery/docs/reference/standard-sql/bigqueryml-syntax-create-matrix-factorization',
	},
};

function messages(data: unknown): string[] {
	const result = flashcardSchema.safeParse(data);
	return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('flashcard schema', () => {
	it('accepts a valid card, with and without `why`', () => {
		expect(messages(valid)).toEqual([]);
		const { why: _why, ...withoutWhy } = valid;
		expect(messages(withoutWhy)).toEqual([]);
	});

	it('rejects a non-kebab-case or overlong id, naming the value', () => {
		expect(messages({ ...valid, id: 'BQML_card' })).toContainEqual(
			'id: Card id "BQML_card" must be kebab-case (a-z, 0-9 and single hyphens), such as "bqml-implicit-feedback".'
		);
		expect(messages({ ...valid, id: 'a'.repeat(81) })[0]).toMatch(/is longer than 80 characters/);
	});

	it('rejects an unknown objective and a consideration of another objective', () => {
		expect(messages({ ...valid, objective: '9.9' })[0]).toMatch(/^objective: Unknown objective ID "9.9". Allowed/);
		expect(messages({ ...valid, consideration: '1.2.1' })).toContainEqual(
			'consideration: Card "bqml-implicit-feedback": consideration "1.2.1" belongs to objective "1.2", not to the card\'s objective "1.1". Use one of "1.1.1", "1.1.2", ….'
		);
	});

	it('checks lengths and says what is allowed', () => {
		expect(messages({ ...valid, front: 'Too short?' })).toContainEqual(
			'front: `front` is 10 characters ("Too short?"…); allowed: 20 to 240.'
		);
		expect(messages({ ...valid, back: 'x'.repeat(601) })[0]).toMatch(
			/^back: `back` is 601 characters .*allowed: 10 to 600\./
		);
		expect(messages({ ...valid, why: 'Short.' })[0]).toMatch(/^why: `why` is 6 characters .*allowed: 20 to 300\./);
	});

	it('requires the front to end with a question mark or colon', () => {
		expect(messages({ ...valid, front: 'Name the BigQuery ML model type for recommendations.' })).toContainEqual(
			'front: Card "bqml-implicit-feedback": `front` must be one question or prompt ending with "?" or ":"; it ends with "mmendations.".'
		);
	});

	it('rejects block Markdown: blank lines, list items, headings', () => {
		expect(messages({ ...valid, back: 'First paragraph.\n\nSecond paragraph.' })[0]).toMatch(
			/^back: Card "bqml-implicit-feedback": `back` contains a blank line .* Allowed: inline Markdown only/
		);
		expect(messages({ ...valid, back: 'Options:\n- one\n- two' })[0]).toMatch(
			/a list item, heading or quote \("- one"\)/
		);
	});

	it('requires an https source on an official host, naming the URL and the allowed hosts', () => {
		expect(messages({ ...valid, source: { ...valid.source, url: 'https://medium.com/some-post' } })[0]).toMatch(
			/^source.url: Card source URL "https:\/\/medium.com\/some-post" is not an https:\/\/ page on an official Google host. Allowed hosts: docs.cloud.google.com, cloud.google.com/
		);
		expect(messages({ ...valid, source: { ...valid.source, url: 'http://docs.cloud.google.com/x' } })).toHaveLength(1);
		expect(messages({ ...valid, source: { ...valid.source, url: 'https://www.tensorflow.org/tfx' } })).toEqual([]);
		expect(messages({ ...valid, source: undefined })[0]).toMatch(/^source: Each card needs a `source`/);
	});

	it('rejects retired model IDs in the text', () => {
		expect(messages({ ...valid, back: 'Tune gemini-2.5-flash from SQL.' })[0]).toMatch(
			/^back: Card "bqml-implicit-feedback": the back's model ID "gemini-2.5-flash" was retired/
		);
	});
});

describe('flashcard files', () => {
	const card = (id: string, objective = '1.1') =>
		`- id: ${id}\n  objective: '${objective}'\n  consideration: '${objective}.1'\n  front: 'x'\n  back: 'y'\n`;

	it('reads a list of cards and skips drafts', () => {
		expect(isFlashcardFile('1.1.yaml')).toBe(true);
		expect(isFlashcardFile('_draft.yaml')).toBe(false);
		const cards = parseFlashcardFile('src/content/flashcards/1.1.yaml', card('a') + card('b'));
		expect(cards.map((c) => c.id)).toEqual(['a', 'b']);
	});

	it('rejects a card whose objective differs from the file name, naming file, card and value', () => {
		expect(() => parseFlashcardFile('src/content/flashcards/1.1.yaml', card('a', '1.2'))).toThrow(
			`src/content/flashcards/1.1.yaml: card "a" has objective "1.2"; cards in 1.1.yaml must have objective '1.1'.`
		);
	});

	it('rejects a file not named after a sub-objective, invalid YAML and a card without id', () => {
		expect(() => parseFlashcardFile('src/content/flashcards/bqml.yaml', card('a'))).toThrow(
			/bqml.yaml: the file name must be a sub-objective ID, such as "1.1.yaml"; "bqml" is not one/
		);
		expect(() => parseFlashcardFile('f/1.1.yaml', '- id: a\n  front: [')).toThrow(/f\/1.1.yaml: not valid YAML/);
		expect(() => parseFlashcardFile('f/1.1.yaml', "- objective: '1.1'\n")).toThrow(FlashcardFileError);
	});

	it('rejects duplicate ids across files, naming both places', () => {
		const first = parseFlashcardFile('f/1.1.yaml', card('same'));
		const second = parseFlashcardFile('f/1.2.yaml', card('other', '1.2') + card('same', '1.2'));
		expect(() => assertUniqueCardIds([...first, ...second])).toThrow(
			'Duplicate card id "same": f/1.1.yaml (card 1) and f/1.2.yaml (card 2).'
		);
	});

	it('every committed card file is valid, and each has at least 15 cards covering every consideration', async () => {
		const dir = join(projectRoot, 'src/content/flashcards');
		const names = (await readdir(dir)).filter(isFlashcardFile);
		expect(names).toContain('1.1.yaml');
		const all = [];
		for (const name of names) {
			const cards = parseFlashcardFile(`src/content/flashcards/${name}`, await readFile(join(dir, name), 'utf8'));
			for (const c of cards) expect(messages(c.data), `${name} ${c.id}`).toEqual([]);
			expect(cards.length, name).toBeGreaterThanOrEqual(15);
			all.push(...cards);
		}
		assertUniqueCardIds(all);
	});
});
