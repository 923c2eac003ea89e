import { describe, expect, it } from 'vitest';
import { sections } from '../../src/lib/registry';
import { seededRandom } from '../../src/lib/practice/random';
import { drawExam, planSectionCounts, type SectionSupply } from '../../src/lib/practice/sampling';
import {
	advanceClock,
	crossedMilestone,
	describeDuration,
	formatClock,
	isTimeUp,
	remainingMs,
} from '../../src/lib/practice/timer';
import {
	durationForQuestions,
	parseQuestionCount,
	describeExtraTime,
	examDuration,
	extraTimeChoices,
	parseExtraTime,
	mockExamFormat,
	readExamUrlOptions,
} from '../../src/lib/practice/exam-config';
import {
	examCodec,
	finishExam,
	goTo,
	mergeExamState,
	navigatorEntries,
	reconcileExam,
	setAnswer,
	startExam,
	summarize,
	tick,
	toggleMarked,
} from '../../src/lib/practice/exam';
import { decodeDocument, encodeDocument } from '../../src/lib/practice/storage';
import type { ScorableQuestion } from '../../src/lib/practice/scoring';

const total = (counts: Map<string, number>) => [...counts.values()].reduce((a, b) => a + b, 0);
const supplyFromRegistry = (available: (id: string) => number): SectionSupply[] =>
	sections.map((s) => ({ id: s.id, weight: s.weight, available: available(s.id) }));

describe('drawing questions by blueprint weight', () => {
	it('splits 50 questions over the six sections in proportion to the registry weights', () => {
		const counts = planSectionCounts(
			supplyFromRegistry(() => 100),
			50
		);
		expect(total(counts)).toBe(50);
		for (const section of sections) {
			const share = (50 * section.weight) / sections.reduce((sum, s) => sum + s.weight, 0);
			expect(Math.abs(counts.get(section.id)! - share), `section ${section.id}`).toBeLessThan(1);
		}
	});

	it('rounds with the largest remainder, ties to the heavier then earlier section', () => {
		const counts = planSectionCounts(
			[
				{ id: 'a', weight: 1, available: 10 },
				{ id: 'b', weight: 1, available: 10 },
				{ id: 'c', weight: 2, available: 10 },
			],
			5
		);
		// Shares 1.25, 1.25, 2.5: floors 1, 1, 2; the one left goes to the largest remainder (c).
		expect([...counts.entries()]).toEqual([
			['a', 1],
			['b', 1],
			['c', 3],
		]);
		const tie = planSectionCounts(
			[
				{ id: 'a', weight: 1, available: 10 },
				{ id: 'b', weight: 1, available: 10 },
			],
			3
		);
		expect([...tie.entries()]).toEqual([
			['a', 2],
			['b', 1],
		]);
	});

	it('gives a short section all it has and shares the rest by weight', () => {
		const counts = planSectionCounts(
			[
				{ id: '1', weight: 13, available: 2 },
				{ id: '2', weight: 14, available: 100 },
				{ id: '3', weight: 28, available: 100 },
			],
			20
		);
		expect(counts.get('1')).toBe(2);
		expect(counts.get('2')).toBe(6);
		expect(counts.get('3')).toBe(12);
	});

	it('uses only sections with questions, and never more questions than exist', () => {
		const onlySectionOne = planSectionCounts(
			supplyFromRegistry((id) => (id === '1' ? 39 : 0)),
			50
		);
		expect(onlySectionOne.get('1')).toBe(39);
		expect(total(onlySectionOne)).toBe(39);
		expect(
			total(
				planSectionCounts(
					supplyFromRegistry((id) => (id === '1' ? 39 : 0)),
					20
				)
			)
		).toBe(20);
		expect(
			total(
				planSectionCounts(
					supplyFromRegistry(() => 0),
					20
				)
			)
		).toBe(0);
		expect(
			total(
				planSectionCounts(
					supplyFromRegistry(() => 5),
					0
				)
			)
		).toBe(0);
	});

	it('draws distinct questions in a reproducible, mixed order and reports a short bank', () => {
		const pools = [
			{ id: '1', weight: 13, questionIds: Array.from({ length: 10 }, (_, i) => `s1-q${i}`) },
			{ id: '2', weight: 14, questionIds: Array.from({ length: 3 }, (_, i) => `s2-q${i}`) },
		];
		const draw = drawExam(pools, 8, seededRandom(5));
		expect(draw.questionIds).toHaveLength(8);
		expect(new Set(draw.questionIds).size).toBe(8);
		expect(draw.questionIds.filter((id) => id.startsWith('s1')).length).toBe(draw.perSection.get('1'));
		expect(drawExam(pools, 8, seededRandom(5)).questionIds).toEqual(draw.questionIds);
		expect(draw.short).toBe(false);
		const big = drawExam(pools, 50, seededRandom(5));
		expect(big.questionIds).toHaveLength(13);
		expect(big.short).toBe(true);
	});
});

describe('exam clock', () => {
	const clock = { durationMs: 120 * 60_000, elapsedMs: 0 };

	it('advances, never backwards and never past the limit', () => {
		expect(advanceClock(clock, 1500).elapsedMs).toBe(1500);
		expect(advanceClock(clock, -5000).elapsedMs).toBe(0);
		expect(advanceClock(clock, Number.NaN).elapsedMs).toBe(0);
		const over = advanceClock(clock, 10 * 3_600_000);
		expect(over.elapsedMs).toBe(clock.durationMs);
		expect(isTimeUp(over)).toBe(true);
		expect(remainingMs(advanceClock(clock, 60_000))).toBe(119 * 60_000);
	});

	it('formats readings, rounding up so 0:00 means time is up', () => {
		expect(formatClock(2 * 3_600_000)).toBe('2:00:00');
		expect(formatClock(3_599_001)).toBe('1:00:00');
		expect(formatClock(65_000)).toBe('1:05');
		expect(formatClock(400)).toBe('0:01');
		expect(formatClock(0)).toBe('0:00');
		expect(formatClock(-10)).toBe('0:00');
	});

	it('describes durations in words', () => {
		expect(describeDuration(2 * 3_600_000)).toBe('2 hours');
		expect(describeDuration(3_600_000 + 5 * 60_000)).toBe('1 hour 5 minutes');
		expect(describeDuration(61_000)).toBe('1 minute 1 second');
		expect(describeDuration(0)).toBe('0 seconds');
	});

	it('reports the milestone crossed, the smallest when several were skipped', () => {
		expect(crossedMilestone(10 * 60_000 + 1, 10 * 60_000)).toBe(10 * 60_000);
		expect(crossedMilestone(9 * 60_000, 8 * 60_000)).toBeUndefined();
		expect(crossedMilestone(31 * 60_000, 4 * 60_000)).toBe(5 * 60_000);
	});
});

describe('exam size and time limit', () => {
	it('keeps the real pace: 50 questions in 120 minutes', () => {
		expect(durationForQuestions(50, mockExamFormat)).toBe(120 * 60_000);
		expect(durationForQuestions(20, mockExamFormat)).toBe(48 * 60_000);
		expect(durationForQuestions(60, mockExamFormat)).toBe(144 * 60_000);
		expect(durationForQuestions(5, mockExamFormat)).toBe(12 * 60_000);
	});

	it('accepts only whole numbers within the form range', () => {
		expect(parseQuestionCount('50', 20, 60)).toBe(50);
		expect(parseQuestionCount(' 20 ', 20, 60)).toBe(20);
		expect(parseQuestionCount('19', 20, 60)).toBeUndefined();
		expect(parseQuestionCount('61', 20, 60)).toBeUndefined();
		expect(parseQuestionCount('33.5', 20, 60)).toBeUndefined();
		expect(parseQuestionCount('', 20, 60)).toBeUndefined();
		expect(parseQuestionCount('5', 1, 60)).toBe(5);
	});

	it('adds the extra time chosen for testing accommodations', () => {
		expect(examDuration(20, {}, mockExamFormat, 50)).toBe(72 * 60_000);
		expect(examDuration(50, {}, mockExamFormat, 100)).toBe(240 * 60_000);
		expect(examDuration(5, { durationMs: 60_000 }, mockExamFormat, 25)).toBe(75_000);
		expect(parseExtraTime('50')).toBe(50);
		expect(parseExtraTime('30')).toBe(0);
		expect(extraTimeChoices.map(describeExtraTime)).toEqual(['None', '+25%', '+50%', 'Double time (+100%)']);
	});

	it('has no URL options by default', () => {
		expect(readExamUrlOptions('')).toEqual({ applied: [], ignored: [] });
		expect(examDuration(50, {}, mockExamFormat)).toBe(120 * 60_000);
	});

	it('reads questions, minutes and the test-seconds option from the URL', () => {
		const short = readExamUrlOptions('?questions=5&minutes=1');
		expect(short).toEqual({
			questions: 5,
			durationMs: 60_000,
			applied: ['5 questions', 'a time limit of 1 minute'],
			ignored: [],
		});
		expect(examDuration(5, short, mockExamFormat)).toBe(60_000);
		expect(examDuration(5, readExamUrlOptions('?questions=5'), mockExamFormat)).toBe(12 * 60_000);
		const test = readExamUrlOptions('?questions=3&minutes=10&test-seconds=20');
		expect(test.durationMs).toBe(20_000);
		expect(test.applied).toEqual(['3 questions', 'a test time limit of 20 seconds']);
	});

	it('ignores and reports values out of range or malformed', () => {
		const options = readExamUrlOptions('?questions=500&minutes=abc&test-seconds=-1&other=1');
		expect(options).toEqual({ applied: [], ignored: ['questions=500', 'minutes=abc', 'test-seconds=-1'] });
	});
});

const questions: ScorableQuestion[] = [
	{
		id: 'q-one',
		section: '1',
		objective: '1.1',
		select: 1,
		options: [{ correct: true }, { correct: false }, { correct: false }, { correct: false }],
	},
	{
		id: 'q-two',
		section: '1',
		objective: '1.2',
		select: 2,
		options: [{ correct: true }, { correct: true }, { correct: false }, { correct: false }, { correct: false }],
	},
	{
		id: 'q-three',
		section: '2',
		objective: '2.1',
		select: 1,
		options: [{ correct: false }, { correct: false }, { correct: false }, { correct: true }],
	},
];
const selectCount = (id: string) => questions.find((q) => q.id === id)!.select;
const newExam = () =>
	startExam({
		id: 'exam-1',
		startedAt: '2026-11-27T10:00:00.000Z',
		requested: 3,
		questionIds: ['q-two', 'q-one', 'q-three'],
		optionOrders: { 'q-one': [3, 2, 1, 0], 'q-two': [0, 1, 2, 3, 4], 'q-three': [0, 1, 2, 3] },
		durationMs: 60_000,
		blueprint: '2026-06',
	});

describe('exam state', () => {
	it('starts on the first question with nothing answered', () => {
		const state = newExam();
		expect(state.current).toBe(0);
		expect(summarize(navigatorEntries(state, selectCount))).toEqual({ answered: 0, unanswered: 3, marked: 0 });
	});

	it('records answers and marks, and summarizes them for the navigator', () => {
		let state = newExam();
		state = setAnswer(state, 'q-one', [0]);
		state = setAnswer(state, 'q-two', [0]);
		state = toggleMarked(state, 'q-three');
		const entries = navigatorEntries(state, selectCount);
		expect(entries.map((e) => [e.questionId, e.status, e.marked, e.current])).toEqual([
			['q-two', 'incomplete', false, true],
			['q-one', 'answered', false, false],
			['q-three', 'unanswered', true, false],
		]);
		expect(summarize(entries)).toEqual({ answered: 1, unanswered: 2, marked: 1 });
		expect(toggleMarked(state, 'q-three').marked).toEqual([]);
		expect(setAnswer(state, 'q-one', []).answers['q-one']).toBeUndefined();
		expect(setAnswer(state, 'not-in-exam', [1])).toBe(state);
	});

	it('moves within bounds', () => {
		const state = newExam();
		expect(goTo(state, 2).current).toBe(2);
		expect(goTo(state, 9).current).toBe(2);
		expect(goTo(state, -1).current).toBe(0);
		expect(goTo(state, 0)).toBe(state);
	});

	it('ticks the clock', () => {
		expect(tick(newExam(), 1234.4).elapsedMs).toBe(1234);
		expect(tick(newExam(), 999_999).elapsedMs).toBe(60_000);
	});

	it('counts changes of answers and marks in a revision, not moves or ticks', () => {
		let state = newExam();
		expect(state.revision).toBe(0);
		state = setAnswer(state, 'q-one', [0]);
		state = toggleMarked(state, 'q-two');
		state = tick(goTo(state, 2), 500);
		expect(state.revision).toBe(2);
	});

	describe('two tabs on one exam', () => {
		// Both tabs resumed the same saved exam; each then works on its own copy.
		const saved = tick(newExam(), 10_000);

		it("adopts the other tab's newer answers and marks, keeping this tab's question and the longer clock", () => {
			const otherTab = toggleMarked(setAnswer(saved, 'q-one', [1]), 'q-three');
			const thisTab = tick(goTo(saved, 2), 3_000);
			const merged = mergeExamState(thisTab, tick(otherTab, 1_000));
			expect(merged.answers).toEqual({ 'q-one': [1] });
			expect(merged.marked).toEqual(['q-three']);
			expect(merged.revision).toBe(2);
			expect(merged.current).toBe(2);
			expect(merged.elapsedMs).toBe(13_000);
		});

		it("keeps this tab's answers when the stored copy is older or the same, and takes its longer clock", () => {
			const thisTab = setAnswer(saved, 'q-two', [0]);
			expect(mergeExamState(thisTab, saved)).toBe(thisTab);
			const merged = mergeExamState(thisTab, tick(saved, 5_000));
			expect(merged.answers).toEqual({ 'q-two': [0] });
			expect(merged.elapsedMs).toBe(15_000);
		});

		it('leaves the state alone for another exam or none (the page decides what that means)', () => {
			expect(mergeExamState(saved, undefined)).toBe(saved);
			expect(mergeExamState(saved, { ...setAnswer(saved, 'q-one', [2]), id: 'another-exam' })).toBe(saved);
		});

		it('reads exams saved before revisions existed as revision 0', () => {
			const { revision: _dropped, ...old } = setAnswer(saved, 'q-one', [3]);
			const result = decodeDocument(JSON.stringify(old), examCodec, 'The exam');
			expect(result).toMatchObject({ status: 'ok' });
			const thisTab = setAnswer(saved, 'q-two', [1]);
			expect(mergeExamState(thisTab, result.status === 'ok' ? result.value : undefined).answers).toEqual({
				'q-two': [1],
			});
		});
	});

	it('refuses a stored exam whose clock or answers cannot be right', () => {
		const state = setAnswer(newExam(), 'q-one', [2]);
		const reasonFor = (changed: object) => {
			const result = decodeDocument(JSON.stringify({ ...state, ...changed }), examCodec, 'The exam');
			return result.status === 'invalid' ? result.reason : result.status;
		};
		expect(reasonFor({ elapsedMs: 1e15 })).toContain('elapsedMs cannot exceed durationMs');
		expect(reasonFor({ durationMs: 1e15, elapsedMs: 0 })).toContain('durationMs');
		expect(reasonFor({ answers: { 'not-in-exam': [0] } })).toContain('answers and marked may only name questions');
		expect(reasonFor({ marked: ['not-in-exam'] })).toContain('answers and marked may only name questions');
		expect(reasonFor({ submitted: { endedBy: 'candidate', finishedAt: '2026-11-30T10:00:00.000Z' } })).toBe('ok');
	});

	it('round-trips through storage and rejects a broken state', () => {
		const state = setAnswer(toggleMarked(newExam(), 'q-one'), 'q-one', [2]);
		expect(decodeDocument(encodeDocument(state), examCodec, 'The exam')).toEqual({ status: 'ok', value: state });
		const broken = { ...state, current: 7 };
		const result = decodeDocument(JSON.stringify(broken), examCodec, 'The exam');
		expect(result.status).toBe('invalid');
		expect(result.status === 'invalid' && result.reason).toContain('current: current is past the last question');
	});

	it('fits a stored exam to a changed bank', () => {
		let state = goTo(newExam(), 1);
		state = setAnswer(state, 'q-one', [0, 7]);
		state = { ...state, optionOrders: { ...state.optionOrders, 'q-three': [0, 1] } };
		const reconciled = reconcileExam(
			state,
			new Map([
				['q-one', 4],
				['q-three', 4],
			])
		)!;
		expect(reconciled.dropped).toEqual(['q-two']);
		expect(reconciled.state.questionIds).toEqual(['q-one', 'q-three']);
		expect(reconciled.state.current).toBe(0);
		expect(reconciled.state.answers).toEqual({ 'q-one': [0] });
		expect(reconciled.state.optionOrders['q-three']).toEqual([0, 1, 2, 3]);
		expect(reconcileExam(state, new Map())).toBeUndefined();
	});

	it('finishes with a score and a history record', () => {
		let state = setAnswer(newExam(), 'q-one', [0]);
		state = setAnswer(state, 'q-two', [0, 1]);
		state = toggleMarked(tick(state, 30_000), 'q-two');
		const { record, score } = finishExam(state, questions, 'time-up', '2026-11-27T10:01:00.000Z');
		expect(score.overall).toMatchObject({ correct: 2, total: 3, percent: 67 });
		expect(record).toMatchObject({
			id: 'exam-1',
			endedBy: 'time-up',
			correct: 2,
			total: 3,
			elapsedMs: 30_000,
			marked: ['q-two'],
			questionIds: ['q-two', 'q-one', 'q-three'],
		});
	});
});
