import { describe, expect, it } from 'vitest';
import { hashString, seededRandom, shuffled } from '../../src/lib/practice/random';
import {
	authoringOrder,
	isOptionOrder,
	lettersFor,
	optionOrder,
	positionLetter,
} from '../../src/lib/practice/option-order';
import {
	answerStatus,
	correctIndexes,
	isAnswerCorrect,
	normalizeSelection,
	optionOutcomes,
	percentOf,
	scoreAnswers,
	weakestObjectives,
	type ScorableQuestion,
} from '../../src/lib/practice/scoring';

describe('seeded randomness', () => {
	it('hashes strings stably and differently', () => {
		expect(hashString('bqml-churn')).toBe(hashString('bqml-churn'));
		expect(hashString('bqml-churn')).not.toBe(hashString('bqml-churm'));
		expect(hashString('')).toBe(0x811c9dc5);
	});

	it('repeats the same sequence for the same seed, in [0, 1)', () => {
		const a = seededRandom(42);
		const b = seededRandom(42);
		const values = Array.from({ length: 100 }, () => a());
		expect(values).toEqual(Array.from({ length: 100 }, () => b()));
		expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
		expect(new Set(values).size).toBe(100);
	});

	it('shuffles into a permutation without changing the input', () => {
		const input = [1, 2, 3, 4, 5, 6, 7, 8];
		const output = shuffled(input, seededRandom(7));
		expect(input).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
		expect([...output].sort()).toEqual(input);
		expect(output).not.toEqual(input);
	});

	it('puts every item in every position about equally often', () => {
		const random = seededRandom(1);
		const firsts = [0, 0, 0, 0];
		for (let i = 0; i < 8000; i++) firsts[shuffled([0, 1, 2, 3], random)[0]!]! += 1;
		for (const count of firsts) expect(count).toBeGreaterThan(1800);
	});
});

describe('option order', () => {
	it('keeps authoring order when shuffling is off', () => {
		expect(optionOrder('q', 4, 123, false)).toEqual([0, 1, 2, 3]);
		expect(authoringOrder(5)).toEqual([0, 1, 2, 3, 4]);
	});

	it('is stable for a question and seed, and varies across seeds', () => {
		const order = optionOrder('bqml-churn', 4, 99, true);
		expect(optionOrder('bqml-churn', 4, 99, true)).toEqual(order);
		expect(isOptionOrder(order, 4)).toBe(true);
		const seen = new Set(Array.from({ length: 30 }, (_, seed) => optionOrder('bqml-churn', 4, seed, true).join('')));
		expect(seen.size).toBeGreaterThan(5);
	});

	it('recognizes valid and invalid stored orders', () => {
		expect(isOptionOrder([2, 0, 1, 3], 4)).toBe(true);
		expect(isOptionOrder([0, 1, 2], 4)).toBe(false);
		expect(isOptionOrder([0, 0, 1, 2], 4)).toBe(false);
		expect(isOptionOrder([0, 1, 2, 4], 4)).toBe(false);
	});

	it('names options by display letter', () => {
		expect(positionLetter(0)).toBe('A');
		expect(positionLetter(4)).toBe('E');
		// Authoring option 3 is shown first, option 0 third.
		expect(lettersFor([0], [3, 1, 0, 2])).toBe('C');
		expect(lettersFor([0, 3], [3, 1, 0, 2])).toBe('A and C');
		expect(lettersFor([0, 1, 2], [0, 1, 2, 3, 4])).toBe('A, B and C');
		expect(lettersFor([], [0, 1])).toBe('');
	});
});

const single: ScorableQuestion = {
	id: 'single',
	section: '1',
	objective: '1.1',
	select: 1,
	options: [{ correct: false }, { correct: true }, { correct: false }, { correct: false }],
};
const double: ScorableQuestion = {
	id: 'double',
	section: '1',
	objective: '1.2',
	select: 2,
	options: [{ correct: true }, { correct: false }, { correct: false }, { correct: true }, { correct: false }],
};

describe('scoring', () => {
	it('finds the correct options', () => {
		expect(correctIndexes(single)).toEqual([1]);
		expect(correctIndexes(double)).toEqual([0, 3]);
	});

	it('scores all-or-nothing regardless of selection order', () => {
		expect(isAnswerCorrect(single, [1])).toBe(true);
		expect(isAnswerCorrect(single, [0])).toBe(false);
		expect(isAnswerCorrect(single, [])).toBe(false);
		expect(isAnswerCorrect(double, [3, 0])).toBe(true);
		expect(isAnswerCorrect(double, [0])).toBe(false);
		expect(isAnswerCorrect(double, [0, 3, 4])).toBe(false);
	});

	it('cleans stored selections', () => {
		expect(normalizeSelection([3, 1, 3, -1, 9, 1.5], 4)).toEqual([1, 3]);
	});

	it('tells answered, incomplete and unanswered apart', () => {
		expect(answerStatus(1, undefined)).toBe('unanswered');
		expect(answerStatus(1, [])).toBe('unanswered');
		expect(answerStatus(1, [2])).toBe('answered');
		expect(answerStatus(2, [2])).toBe('incomplete');
		expect(answerStatus(2, [2, 3])).toBe('answered');
		expect(answerStatus(2, [1, 2, 3])).toBe('incomplete');
	});

	it('marks chosen, missed and untouched options', () => {
		expect(optionOutcomes(double, [0, 1])).toEqual([
			'chosen-correct',
			'chosen-incorrect',
			'not-chosen',
			'missed-correct',
			'not-chosen',
		]);
	});

	it('scores overall, per section and per objective, counting unanswered as wrong', () => {
		const other: ScorableQuestion = { ...single, id: 'other', section: '2', objective: '2.1' };
		const report = scoreAnswers([single, double, other], { single: [1], double: [0] });
		expect(report.overall).toEqual({ id: 'all', total: 3, correct: 1, percent: 33 });
		expect(report.sections).toEqual([
			{ id: '1', total: 2, correct: 1, percent: 50 },
			{ id: '2', total: 1, correct: 0, percent: 0 },
		]);
		expect(report.objectives.map((l) => [l.id, l.correct, l.total])).toEqual([
			['1.1', 1, 1],
			['1.2', 0, 1],
			['2.1', 0, 1],
		]);
		expect(report.correctIds).toEqual(['single']);
	});

	it('sorts objective ids numerically', () => {
		const q = (objective: string): ScorableQuestion => ({
			...single,
			id: objective,
			objective,
			section: objective.split('.')[0]!,
		});
		const report = scoreAnswers([q('1.10'), q('1.2'), q('10.1'), q('2.1')], {});
		expect(report.objectives.map((l) => l.id)).toEqual(['1.2', '1.10', '2.1', '10.1']);
	});

	it('computes whole percents and handles empty sets', () => {
		expect(percentOf(2, 3)).toBe(67);
		expect(percentOf(0, 0)).toBe(0);
		expect(scoreAnswers([], {}).overall).toEqual({ id: 'all', total: 0, correct: 0, percent: 0 });
	});

	it('picks the weakest objectives: lowest share, then more wrong answers, never perfect ones', () => {
		const lines = [
			{ id: '1.1', total: 4, correct: 4, percent: 100 },
			{ id: '1.2', total: 2, correct: 1, percent: 50 },
			{ id: '2.1', total: 4, correct: 2, percent: 50 },
			{ id: '3.1', total: 3, correct: 0, percent: 0 },
			{ id: '4.1', total: 5, correct: 4, percent: 80 },
		];
		expect(weakestObjectives(lines).map((l) => l.id)).toEqual(['3.1', '2.1', '1.2']);
		expect(weakestObjectives(lines, 10).map((l) => l.id)).toEqual(['3.1', '2.1', '1.2', '4.1']);
		expect(weakestObjectives([lines[0]!])).toEqual([]);
	});
});
