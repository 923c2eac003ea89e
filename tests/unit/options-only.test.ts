import { describe, expect, it } from 'vitest';
import {
	AnswersFileError,
	buildSheet,
	parseAnswers,
	scoreAnswers,
	sheetMarkdown,
	type OptionsOnlyQuestion,
} from '../../src/lib/practice/options-only';

const question = (id: string, objective: string, correct: number[], count = 4): OptionsOnlyQuestion => ({
	id,
	objective,
	select: correct.length,
	options: Array.from({ length: count }, (_, i) => ({ text: `${id} option ${i}`, correct: correct.includes(i) })),
});

const questions = [
	question('bqml-a', '1.1', [0]),
	question('bqml-b', '1.1', [3]),
	question('serve-c', '4.1', [1, 4], 5),
	question('serve-d', '4.1', [2]),
];

describe('options-only sheet', () => {
	it('is the same for the same seed and keeps each key with its option text', () => {
		const sheet = buildSheet(questions, 42);
		expect(buildSheet(questions, 42)).toEqual(sheet);
		expect(sheet.items.map((item) => item.item)).toEqual([1, 2, 3, 4]);
		for (const item of sheet.items) {
			const entry = sheet.key[String(item.item)]!;
			const source = questions.find((q) => q.id === entry.id)!;
			const correctTexts = source.options.filter((o) => o.correct).map((o) => o.text);
			const keyedTexts = entry.correct.map((letter) => item.options[letter.charCodeAt(0) - 65]);
			expect(keyedTexts.sort()).toEqual(correctTexts.sort());
			expect(item.select).toBe(source.select);
		}
	});

	it('changes order with the seed, and the reader’s sheet shows no id or objective', () => {
		const a = buildSheet(questions, 1);
		const b = buildSheet(questions, 2);
		expect(a.items.map((i) => i.options.join('|'))).not.toEqual(b.items.map((i) => i.options.join('|')));
		const markdown = sheetMarkdown({
			...a,
			items: a.items.map((item) => ({ ...item, options: item.options.map((_, i) => `Choice ${i}`) })),
		});
		expect(markdown).toContain('## Item 3 (choose');
		expect(markdown).toMatch(/^A\. Choice 0$/m);
		expect(markdown).not.toMatch(/bqml|serve|1\.1|4\.1/);
	});

	it('puts a multi-line option on one line', () => {
		const sheet = buildSheet([{ ...question('x', '1.1', [0]), options: [{ text: 'two\n  lines', correct: true }] }], 1);
		expect(sheetMarkdown(sheet)).toContain('A. two lines');
	});
});

describe('answers', () => {
	const sheet = buildSheet(questions, 7);
	const keyed = (item: number) => sheet.key[String(item)]!.correct;
	const other = (item: number) => {
		const letters = sheet.items[item - 1]!.options.map((_, i) => String.fromCharCode(65 + i));
		return letters.filter((l) => !keyed(item).includes(l)).slice(0, keyed(item).length);
	};

	it('scores exact picks by confidence and objective, and lists the keys found with sure or lean, surest first', () => {
		const answers = parseAnswers(
			{
				'1': { pick: keyed(1), confidence: 'lean', cue: 'only managed option' },
				'2': { pick: keyed(2), confidence: 'sure', cue: 'deprecated product in the others' },
				'3': { pick: other(3), confidence: 'sure' },
			},
			sheet,
			'answers.json'
		);
		const score = scoreAnswers(sheet.key, answers);
		expect(score).toMatchObject({ answered: 3, keyed: 2, unanswered: 1 });
		expect(score.byConfidence).toEqual({
			sure: { answered: 2, keyed: 1 },
			lean: { answered: 1, keyed: 1 },
			guess: { answered: 0, keyed: 0 },
		});
		const objectives = Object.fromEntries([1, 2, 3].map((item) => [sheet.key[String(item)]!.objective, 0] as const));
		expect(Object.keys(score.byObjective).sort()).toEqual(Object.keys(objectives).sort());
		expect(score.giveaways.map((g) => [g.id, g.confidence, g.cue])).toEqual([
			[sheet.key['2']!.id, 'sure', 'deprecated product in the others'],
			[sheet.key['1']!.id, 'lean', 'only managed option'],
		]);
	});

	it('counts a guess that hits the key as found, but not as a giveaway', () => {
		const score = scoreAnswers(sheet.key, parseAnswers({ '1': { pick: keyed(1), confidence: 'guess' } }, sheet, 'a'));
		expect(score.keyed).toBe(1);
		expect(score.giveaways).toEqual([]);
	});

	// The first choose-one item of the sheet (item numbers depend on the seed).
	const one = String(sheet.items.find((item) => item.select === 1)!.item);
	it.each([
		[[], 'the file: expected one JSON object keyed by item number'],
		[{ '9': { pick: ['A'], confidence: 'sure' } }, 'item "9": there is no such item; the sheet has items 1 to 4'],
		[
			{ [one]: { pick: ['Z'], confidence: 'sure' } },
			`item ${one}, field "pick": got ["Z"]; expected 1 different letter of A, B, C, D`,
		],
		[{ [one]: { pick: 'A', confidence: 'sure' } }, `item ${one}, field "pick": got "A"`],
		[
			{ [one]: { pick: ['A'], confidence: 'certain' } },
			`item ${one}, field "confidence": got "certain"; allowed: sure, lean, guess`,
		],
		[{ [one]: { pick: ['A'], confidence: 'lean', cue: 3 } }, `item ${one}, field "cue": expected text`],
	])('refuses %j, naming the file, the item, the field and what is allowed', (data, message) => {
		expect(() => parseAnswers(data, sheet, 'answers.json')).toThrow(AnswersFileError);
		expect(() => parseAnswers(data, sheet, 'answers.json')).toThrow(`answers.json: ${message}`);
	});

	it('needs two different letters on a choose-two item', () => {
		const item = sheet.items.find((i) => i.select === 2)!;
		expect(() => parseAnswers({ [item.item]: { pick: ['A', 'A'], confidence: 'guess' } }, sheet, 'f')).toThrow(
			/expected 2 different letters of A, B, C, D, E/
		);
	});
});
