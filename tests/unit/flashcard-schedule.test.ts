import { describe, expect, it } from 'vitest';
import {
	recallProbability,
	cardStateSchema,
	describeInterval,
	dueCardIds,
	isDue,
	nextDueDate,
	previewGrades,
	recordCardReview,
	reviewCard,
	type CardState,
} from '../../src/lib/flashcards/schedule';
import { dueCounts, dueText } from '../../src/lib/flashcards/due';
import { emptyProgress, firstDateAfter, mergeProgress, progressCodec } from '../../src/lib/practice/progress';
import { decodeDocument, encodeDocument } from '../../src/lib/practice/storage';
import { parseImport, serializeExport } from '../../src/lib/practice/transfer';

const t0 = new Date('2026-11-02T10:00:00.000Z');
const minutes = (n: number) => new Date(t0.getTime() + n * 60_000);
const days = (n: number) => new Date(t0.getTime() + n * 86_400_000);

describe('flashcard scheduling (ts-fsrs)', () => {
	it('a new card graded Good enters learning and comes back in 10 minutes; Again in 1 minute', () => {
		const good = reviewCard(undefined, 'good', t0);
		expect(good).toMatchObject({ state: 'learning', reps: 1, lapses: 0, lastReview: t0.toISOString() });
		expect(good.due).toBe(minutes(10).toISOString());
		expect(reviewCard(undefined, 'again', t0).due).toBe(minutes(1).toISOString());
		expect(cardStateSchema.safeParse(good).success).toBe(true);
	});

	it('Easy graduates a new card to review for days; later Good reviews stretch the interval', () => {
		const easy = reviewCard(undefined, 'easy', t0);
		expect(easy.state).toBe('review');
		expect(easy.scheduledDays).toBeGreaterThanOrEqual(1);
		const again = reviewCard(easy, 'good', new Date(easy.due));
		expect(again.reps).toBe(2);
		expect(again.scheduledDays).toBeGreaterThan(easy.scheduledDays);
	});

	it('forgetting a graduated card counts a lapse and relearns it', () => {
		const easy = reviewCard(undefined, 'easy', t0);
		const forgot = reviewCard(easy, 'again', new Date(easy.due));
		expect(forgot).toMatchObject({ state: 'relearning', lapses: 1, reps: 2 });
	});

	it('is deterministic: the same review gives the same state (no fuzz)', () => {
		expect(reviewCard(undefined, 'hard', t0)).toEqual(reviewCard(undefined, 'hard', t0));
	});

	it('previews what each grade would schedule, in increasing order', () => {
		const preview = previewGrades(undefined, t0);
		expect(preview.again.getTime()).toBeLessThan(preview.good.getTime());
		expect(preview.good.getTime()).toBeLessThan(preview.easy.getTime());
		expect(preview.good.toISOString()).toBe(reviewCard(undefined, 'good', t0).due);
	});

	it('lists due cards: overdue reviewed cards first (most overdue first), then new cards in deck order', () => {
		const states: Record<string, CardState> = {
			a: { ...reviewCard(undefined, 'easy', t0), due: days(3).toISOString() },
			b: { ...reviewCard(undefined, 'easy', t0), due: days(1).toISOString() },
			c: { ...reviewCard(undefined, 'easy', t0), due: days(9).toISOString() },
		};
		const ids = ['new-1', 'a', 'b', 'c', 'new-2'];
		expect(dueCardIds(ids, states, days(5))).toEqual(['b', 'a', 'new-1', 'new-2']);
		expect(isDue(undefined, t0)).toBe(true);
		expect(isDue(states.c, days(5))).toBe(false);
		expect(nextDueDate(ids, states, days(5))).toEqual(days(9));
		expect(nextDueDate(ids, states, days(10))).toBeUndefined();
	});

	it('describes intervals in words', () => {
		expect(describeInterval(t0, minutes(1))).toBe('1 minute');
		expect(describeInterval(t0, minutes(10))).toBe('10 minutes');
		expect(describeInterval(t0, minutes(180))).toBe('3 hours');
		expect(describeInterval(t0, days(4))).toBe('4 days');
		expect(describeInterval(t0, days(61))).toBe('2 months');
		expect(describeInterval(t0, days(800))).toBe('2 years');
	});

	it('rejects implausible stored states', () => {
		const good = reviewCard(undefined, 'good', t0);
		const issues = (value: object) =>
			cardStateSchema.safeParse(value).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];
		expect(issues({ ...good, due: days(-1).toISOString() })).toEqual(['due: due cannot be before lastReview']);
		expect(issues({ ...good, lapses: 5 })).toEqual(['lapses: lapses cannot exceed reps']);
		expect(issues({ ...good, difficulty: 11 })[0]).toMatch(/^difficulty: /);
		expect(issues({ ...good, state: 'new' })[0]).toMatch(/^state: /);
	});
});

describe('predicted recall (retention on the readiness dashboard)', () => {
	it('is near 1 right after a review, about 90% after the stability in days, and falls with time', () => {
		const reviewed = new Date('2026-11-01T10:00:00Z');
		const state = reviewCard(reviewCard(undefined, 'good', reviewed), 'good', new Date('2026-11-01T10:10:00Z'));
		const after = (days: number) => new Date(Date.parse(state.lastReview) + days * 86_400_000);
		expect(recallProbability(state, after(0))).toBeCloseTo(1, 2);
		// ts-fsrs counts elapsed time in whole days, so "about".
		expect(recallProbability(state, after(state.stability))).toBeCloseTo(0.9, 1);
		expect(recallProbability(state, after(30))).toBeLessThan(recallProbability(state, after(3)));
	});
});

describe('progress version 2: flashcard states', () => {
	it('migrates version 1 by adding empty card states, keeping everything else', () => {
		const v1 = JSON.stringify({ format: 'pmle-practice-progress', version: 1, answers: {}, exams: [] });
		expect(decodeDocument(v1, progressCodec, 'It')).toEqual({
			status: 'ok',
			value: { format: 'pmle-practice-progress', version: 2, answers: {}, exams: [], cards: {} },
			migratedFrom: 1,
		});
	});

	it('round-trips recorded reviews and refuses a bad card id or state, naming the path', () => {
		const progress = recordCardReview(emptyProgress(), 'bqml-card', 'good', t0);
		expect(decodeDocument(encodeDocument(progress), progressCodec, 'It')).toEqual({ status: 'ok', value: progress });
		const badId = { ...progress, cards: { 'Bad Id': progress.cards['bqml-card'] } };
		expect(decodeDocument(JSON.stringify(badId), progressCodec, 'It')).toMatchObject({ status: 'invalid' });
		const badState = { ...progress, cards: { 'bqml-card': { ...progress.cards['bqml-card'], reps: 0 } } };
		const result = decodeDocument(JSON.stringify(badState), progressCodec, 'The file');
		expect(result.status === 'invalid' && result.reason).toMatch(
			/^The file has invalid content: cards\.bqml-card\.reps: /
		);
	});

	it('merges per card: the more recent review wins, the current one on a tie', () => {
		const mine = recordCardReview(recordCardReview(emptyProgress(), 'a', 'good', days(2)), 'b', 'good', days(2));
		const theirs = recordCardReview(
			recordCardReview(recordCardReview(emptyProgress(), 'a', 'easy', days(3)), 'b', 'again', days(1)),
			'c',
			'hard',
			days(1)
		);
		const merged = mergeProgress(mine, theirs);
		expect(merged.cardsTaken).toBe(2);
		expect(merged.progress.cards.a).toEqual(theirs.cards.a);
		expect(merged.progress.cards.b).toEqual(mine.cards.b);
		expect(merged.progress.cards.c).toEqual(theirs.cards.c);
		expect(mergeProgress(merged.progress, merged.progress).cardsTaken).toBe(0);
	});

	it('exports card states and refuses an import whose review is dated in the future', () => {
		const progress = recordCardReview(emptyProgress(), 'a', 'good', t0);
		const text = serializeExport(progress, t0);
		expect(JSON.parse(text).cards.a.lastReview).toBe(t0.toISOString());
		expect(parseImport(text, text.length, t0)).toEqual({ status: 'ok', value: progress });
		expect(firstDateAfter(progress, days(-3))).toBe(`cards.a.lastReview: ${t0.toISOString()}`);
		const result = parseImport(text, text.length, days(-3));
		expect(result.status === 'invalid' && result.reason).toContain('cards.a.lastReview');
	});
});

describe('due counts', () => {
	const now = new Date('2026-11-30T12:00:00Z');
	const state = (due: string) => ({ ...reviewCard(undefined, 'good', new Date('2026-11-01T00:00:00Z')), due });

	it('counts new and come-due cards as the review session orders them, and words them', () => {
		const states = { a: state('2026-11-29T00:00:00Z'), b: state('2026-12-30T00:00:00Z') };
		const ids = ['a', 'b', 'c'];
		expect(dueCounts(ids, states, now)).toEqual({ due: 2, fresh: 1 });
		expect(dueCounts(ids, states, now).due).toBe(dueCardIds(ids, states, now).length);
		expect(dueText({ due: 2, fresh: 1 })).toBe('2 due (1 new, 1 to review)');
		expect(dueText({ due: 2, fresh: 2 })).toBe('2 due (2 new)');
		expect(dueText({ due: 2, fresh: 0 })).toBe('2 due (2 to review)');
		expect(dueText({ due: 0, fresh: 0 })).toBe('None due');
		expect(dueCounts(['constructor'], {}, now)).toEqual({ due: 1, fresh: 1 });
	});
});
