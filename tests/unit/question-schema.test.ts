import { describe, expect, it } from 'vitest';
import { questionSchema } from '../../src/schemas/question';
import { assertUniqueIds, parseQuestionFile, QuestionFileError } from '../../src/lib/question-files';
import { option, source } from '../support/question-fixtures';

const valid = {
	id: 'bqml-sample-question',
	objective: '1.1',
	consideration: '1.1.1',
	difficulty: 2,
	stem: 'A retailer keeps two years of sales in BigQuery and wants a churn model without moving data. What should it use?',
	options: [
		option('BigQuery ML logistic regression', true),
		option('AutoML'),
		option('Custom training'),
		option('A pre-trained API'),
	],
	explanation: 'BigQuery ML trains in place with SQL, which fits the constraint.',
	sources: [source],
};

function messages(data: unknown): string[] {
	const result = questionSchema.safeParse(data);
	return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('question schema', () => {
	it('accepts a valid single-answer question and defaults select to 1', () => {
		expect(messages(valid)).toEqual([]);
		expect(questionSchema.parse(valid).select).toBe(1);
	});

	it('accepts a valid choose-two question with five options', () => {
		const data = {
			...valid,
			select: 2,
			options: [...valid.options.slice(0, 3), option('Dataflow', true), option('Dataproc')],
		};
		expect(messages(data)).toEqual([]);
	});

	it('rejects a question with no correct option', () => {
		const data = { ...valid, options: valid.options.map((o) => ({ ...o, correct: false })) };
		expect(messages(data)).toContainEqual(
			'options: Question "bqml-sample-question" has no correct option. Mark 1 option(s) with `correct: true`.'
		);
	});

	it('rejects a correct count that does not match select', () => {
		const data = { ...valid, options: [option('A', true), option('B', true), option('C'), option('D')] };
		expect(messages(data)).toContainEqual(
			'select: Question "bqml-sample-question" says select: 1 but marks 2 options correct. Make them match.'
		);
	});

	it('rejects the wrong number of options for the select count', () => {
		expect(messages({ ...valid, options: valid.options.slice(0, 3) })[0]).toMatch(
			/has 3 options; a select-1 question needs exactly 4/
		);
	});

	it('rejects an unknown objective', () => {
		expect(messages({ ...valid, objective: '7.1' })).toContainEqual(
			expect.stringMatching(/^objective: Unknown objective ID "7\.1"/)
		);
	});

	it('rejects a consideration outside the objective', () => {
		expect(messages({ ...valid, consideration: '1.2.1' })).toContainEqual(
			'consideration: Consideration "1.2.1" belongs to objective "1.2", not to this question\'s objective "1.1".'
		);
	});

	it('rejects a missing explanation per option', () => {
		const data = { ...valid, options: valid.options.map(({ why: _why, ...o }) => o) };
		expect(messages(data)).toContainEqual(expect.stringMatching(/^options\.0\.why: Each option needs `why`/));
	});

	it('rejects a difficulty outside 1-3', () => {
		expect(messages({ ...valid, difficulty: 5 })[0]).toMatch(/^difficulty: Invalid difficulty 5\. Allowed: 1, 2 or 3/);
	});

	it('rejects a question without sources', () => {
		expect(messages({ ...valid, sources: [] })[0]).toMatch(
			/^sources: Each question needs at least one official source/
		);
	});

	it('rejects an id that is not kebab-case', () => {
		expect(messages({ ...valid, id: 'Question 1' })[0]).toMatch(/^id: Question id "Question 1" must be kebab-case/);
	});
});

describe('question files', () => {
	it('parses a YAML list and keeps file and position', () => {
		const parsed = parseQuestionFile('src/content/questions/1.1.yaml', '- id: a-b\n  objective: "1.1"\n- id: c-d\n');
		expect(parsed.map((q) => [q.id, q.file, q.index])).toEqual([
			['a-b', 'src/content/questions/1.1.yaml', 0],
			['c-d', 'src/content/questions/1.1.yaml', 1],
		]);
	});

	it('rejects a file that is not a list, naming the file', () => {
		expect(() => parseQuestionFile('q.yaml', 'id: a')).toThrow(/q\.yaml: expected a list of questions/);
	});

	it('rejects invalid YAML, naming the file', () => {
		expect(() => parseQuestionFile('q.yaml', '- id: [unclosed')).toThrow(QuestionFileError);
		expect(() => parseQuestionFile('q.yaml', '- id: [unclosed')).toThrow(/^q\.yaml: not valid YAML/);
	});

	it('rejects a question without an id', () => {
		expect(() => parseQuestionFile('q.yaml', '- objective: "1.1"')).toThrow(/q\.yaml: question 1 has no `id`/);
	});

	it('rejects duplicate ids across files, naming both places', () => {
		const a = parseQuestionFile('a.yaml', '- id: same-id');
		const b = parseQuestionFile('b.yaml', '- id: other\n- id: same-id');
		expect(() => assertUniqueIds([...a, ...b])).toThrow(
			/Duplicate question id "same-id": a\.yaml \(question 1\) and b\.yaml \(question 2\)/
		);
		expect(() => assertUniqueIds([...a, ...b.slice(0, 1)])).not.toThrow();
	});
});
