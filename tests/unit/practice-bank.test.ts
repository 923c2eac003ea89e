import { describe, expect, it } from 'vitest';
import { sectionIdOf } from '../../src/lib/ids';
import { questionSchema, type Question } from '../../src/schemas/question';
import { sections } from '../../src/lib/registry';
import {
	buildPracticeBank,
	explanationHtml,
	groupByObjective,
	questionIdsByObjective,
	renderInlineFragment,
	sortQuestions,
	toPracticeQuestion,
} from '../../src/lib/practice/bank';
import {
	allQuestionsPath,
	mockExamPath,
	objectivePracticePath,
	questionBankPath,
	reviewPath,
	sectionPracticePath,
} from '../../src/lib/practice/paths';
import { option, source } from '../support/question-fixtures';

function question(id: string, objective: string, consideration: string): Question {
	return questionSchema.parse({
		id,
		objective,
		consideration,
		difficulty: 2,
		stem: 'A retailer keeps two years of sales in **BigQuery** and wants a churn model.\n\nWhich `CREATE MODEL` option <b>fits</b>?',
		options: [option('`LOGISTIC_REG`', true), option('AutoML'), option('Custom training'), option('A pre-trained API')],
		explanation: 'BigQuery ML trains in place with SQL, which fits the constraint.',
		sources: [source],
	});
}

describe('practice paths', () => {
	it('names the practice pages', () => {
		expect(objectivePracticePath('1.2')).toBe('/practice/1.2/');
		expect(sectionPracticePath('3')).toBe('/practice/section-3/');
		expect([allQuestionsPath, reviewPath, mockExamPath, questionBankPath]).toEqual([
			'/practice/all/',
			'/practice/review/',
			'/practice/mock-exam/',
			'/practice/questions.json',
		]);
	});
});

describe('question bank', () => {
	const questions = [
		question('b-q', '1.3', '1.3.1'),
		question('a-q', '1.1', '1.1.2'),
		question('c-q', '1.1', '1.1.1'),
		question('d-q', '1.1', '1.1.2'),
	];

	it('renders inline fragments for labels, escaping HTML', () => {
		expect(renderInlineFragment('Use `ML.PREDICT` <now>')).toBe('Use <code>ML.PREDICT</code> &lt;now&gt;');
		expect(renderInlineFragment('One.\n\nTwo.')).toBe('One.<br><br>Two.');
	});

	it('sorts in blueprint order and groups by objective', () => {
		expect(sortQuestions(questions).map((q) => q.id)).toEqual(['c-q', 'a-q', 'd-q', 'b-q']);
		expect(groupByObjective(questions).map((g) => [g.objectiveId, g.sectionId, g.questions.map((q) => q.id)])).toEqual([
			['1.1', '1', ['c-q', 'a-q', 'd-q']],
			['1.3', '1', ['b-q']],
		]);
		expect(sectionIdOf('4.2')).toBe('4');
		expect([...questionIdsByObjective(questions)]).toEqual([
			['1.1', ['c-q', 'a-q', 'd-q']],
			['1.3', ['b-q']],
		]);
	});

	it('names the tested consideration only in the explanation, after the answer', () => {
		const html = explanationHtml({ explanation: 'Because `x` fits.', consideration: '1.1.1' });
		expect(html).toMatch(
			/^<p>Because <code>x<\/code> fits\.<\/p><p class="question-tests">Tests consideration 1\.1\.1: .+\.<\/p>$/
		);
	});

	it('turns a question into client data with escaped HTML and a deep link under the base path', () => {
		const data = toPracticeQuestion(questions[0]!, '/pmle/');
		expect(data).toMatchObject({
			id: 'b-q',
			section: '1',
			objective: '1.3',
			select: 1,
			href: '/pmle/practice/1.3/#b-q',
		});
		expect(data.stemHtml).toBe(
			'<p>A retailer keeps two years of sales in <strong>BigQuery</strong> and wants a churn model.</p><p>Which <code>CREATE MODEL</code> option &lt;b&gt;fits&lt;/b&gt;?</p>'
		);
		expect(data.options[0]).toEqual({
			html: '<code>LOGISTIC_REG</code>',
			correct: true,
			whyHtml: 'Because <code>LOGISTIC_REG</code> is right here.',
		});
	});

	it('carries registry weights, practice links only where questions exist, and study pages', () => {
		const bank = buildPracticeBank(
			questions,
			[{ id: 'section-1/bigquery-ml', title: 'BigQuery ML', objectives: ['1.1'], considerations: [] }],
			'/'
		);
		expect(bank.sections.map((s) => s.weight)).toEqual(sections.map((s) => s.weight));
		expect(bank.sections[0]!.practiceHref).toBe('/practice/section-1/');
		expect(bank.sections[1]!.practiceHref).toBeUndefined();
		const byId = new Map(bank.objectives.map((o) => [o.id, o]));
		expect(byId.get('1.1')).toEqual({
			id: '1.1',
			section: '1',
			title: 'Developing ML models by using BigQuery ML',
			practiceHref: '/practice/1.1/',
			study: { href: '/section-1/bigquery-ml/', title: 'BigQuery ML' },
		});
		expect(byId.get('1.2')!.practiceHref).toBeUndefined();
		expect(byId.get('1.3')!.study).toBeUndefined();
		expect(bank.questions.map((q) => q.id)).toEqual(['c-q', 'a-q', 'd-q', 'b-q']);
	});
});
