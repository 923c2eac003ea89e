/**
 * The real question bank, checked as a whole: the correct option must not be
 * recognisable by its length. Deterministic figures on the committed files, with
 * the least balanced questions named when a limit is crossed.
 */
import { describe, expect, it } from 'vitest';
import { sectionIdOf } from '../../src/lib/ids';
import {
	balanceProblems,
	median,
	minQuestionsForLimits,
	questionBalance,
	summarizeBalance,
	type BalanceQuestion,
} from '../../src/lib/practice/option-balance';
import { readRawQuestions } from '../support/question-bank';

const balances = (await readRawQuestions()).map((raw) => questionBalance(raw.data as unknown as BalanceQuestion));

describe('option balance of the question bank', () => {
	it('keeps the correct option from standing out by length, across the bank', () => {
		const summary = summarizeBalance(balances);
		console.info(
			`Question bank: ${summary.questions} questions, key strictly longest in ${(summary.keyLongestShare * 100).toFixed(0)}%, median length ratio ${summary.medianRatio.toFixed(2)}.`
		);
		expect(balanceProblems('The question bank', balances)).toEqual([]);
	});

	it.each(['1', '2', '3', '4', '5', '6'])('keeps it balanced within section %s', (section) => {
		const group = balances.filter((b) => sectionIdOf(b.objective) === section);
		expect(balanceProblems(`Section ${section}`, group)).toEqual([]);
	});
});

describe('option balance figures', () => {
	const q = (id: string, texts: [string, boolean][]): BalanceQuestion => ({
		id,
		objective: '1.1',
		options: texts.map(([text, correct]) => ({ text, correct })),
	});

	it('measures whether the key is strictly the longest and its length ratio', () => {
		const longest = questionBalance(
			q('a', [
				['x'.repeat(40), true],
				['x'.repeat(20), false],
				['x'.repeat(20), false],
				['x'.repeat(20), false],
			])
		);
		expect(longest).toMatchObject({ keyStrictlyLongest: true, ratio: 2 });
		const tie = questionBalance(
			q('b', [
				['x'.repeat(20), true],
				['x'.repeat(20), false],
				['x'.repeat(10), false],
				['x'.repeat(30), false],
			])
		);
		expect(tie).toMatchObject({ keyStrictlyLongest: false, ratio: 1 });
	});

	it('ignores groups too small to judge and names the worst questions otherwise', () => {
		const skewed = Array.from({ length: minQuestionsForLimits }, (_, i) =>
			questionBalance(
				q(`q${i}`, [
					['x'.repeat(60), true],
					['x'.repeat(20), false],
					['x'.repeat(20), false],
					['x'.repeat(20), false],
				])
			)
		);
		expect(balanceProblems('Tiny', skewed.slice(0, minQuestionsForLimits - 1))).toEqual([]);
		const problems = balanceProblems('Skewed', skewed);
		expect(problems).toHaveLength(2);
		expect(problems[0]).toMatch(
			/^Skewed: the correct option is strictly the longest in 100% of 20 questions \(limit 30%\).*Worst: q0 \(3\.00, key longest\)/
		);
		expect(problems[1]).toMatch(/median length ratio .* is 3\.00 \(allowed 0\.85–1\.15\)/);
	});

	it('takes the median of even and odd lists', () => {
		expect(median([3, 1, 2])).toBe(2);
		expect(median([4, 1, 2, 3])).toBe(2.5);
	});
});
