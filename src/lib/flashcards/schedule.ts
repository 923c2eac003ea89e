/**
 * Spaced repetition for the flashcards: a thin, pure wrapper around the
 * maintained FSRS implementation `ts-fsrs`, so the scheduler itself is never
 * hand-written here. It converts between ts-fsrs cards and the plain record
 * kept in the progress document (ISO dates, validated with zod on every read),
 * and answers the questions the review page asks: what is due, what each grade
 * would schedule, and when the next card comes due.
 */
import { createEmptyCard, fsrs, Rating, State, type Card, type Grade as FsrsGrade } from 'ts-fsrs';
import { cardStates, type CardState, type CardStateName } from './card-state';
import type { Progress } from '../practice/progress';
import { isDue } from './due';

export { cardStateSchema, type CardState } from './card-state';
export { dueCardIds, dueCounts, isDue } from './due';

/** The four answers to "how well did you remember?", in key order 1–4. */
export const grades = ['again', 'hard', 'good', 'easy'] as const;
export type Grade = (typeof grades)[number];

const ratingOf: Record<Grade, FsrsGrade> = {
	again: Rating.Again,
	hard: Rating.Hard,
	good: Rating.Good,
	easy: Rating.Easy,
};

const stateOf: Record<CardStateName, State> = {
	learning: State.Learning,
	review: State.Review,
	relearning: State.Relearning,
};

/**
 * Default FSRS parameters (90% target retention, learning steps of 1 and 10
 * minutes). No fuzz: the same review always schedules the same date, so a card
 * reviewed on two devices merges predictably and tests can use fixed dates.
 */
const scheduler = fsrs({ enable_fuzz: false });

function toFsrs(state: CardState | undefined, now: Date): Card {
	if (!state) return createEmptyCard(now);
	return {
		due: new Date(state.due),
		stability: state.stability,
		difficulty: state.difficulty,
		// Deprecated in ts-fsrs 5: it derives elapsed time from last_review.
		elapsed_days: 0,
		scheduled_days: state.scheduledDays,
		learning_steps: state.learningSteps,
		reps: state.reps,
		lapses: state.lapses,
		state: stateOf[state.state],
		last_review: new Date(state.lastReview),
	};
}

function fromFsrs(card: Card, reviewedAt: Date): CardState {
	const name = cardStates.find((n) => stateOf[n] === card.state) ?? 'learning';
	return {
		due: card.due.toISOString(),
		stability: card.stability,
		difficulty: card.difficulty,
		scheduledDays: card.scheduled_days,
		learningSteps: card.learning_steps,
		reps: card.reps,
		lapses: card.lapses,
		state: name,
		lastReview: reviewedAt.toISOString(),
	};
}

/** The card's state after being graded at `now` (a card never reviewed is new). */
export function reviewCard(state: CardState | undefined, grade: Grade, now: Date): CardState {
	return fromFsrs(scheduler.next(toFsrs(state, now), now, ratingOf[grade]).card, now);
}

/** When each grade would make the card due next, for the hints on the grade buttons. */
export function previewGrades(state: CardState | undefined, now: Date): Record<Grade, Date> {
	const preview = scheduler.repeat(toFsrs(state, now), now);
	return Object.fromEntries(grades.map((g) => [g, preview[ratingOf[g]].card.due])) as Record<Grade, Date>;
}

/** The earliest due date among the given cards that are not due at `now`, or undefined when none is waiting. */
export function nextDueDate(
	ids: readonly string[],
	states: Readonly<Record<string, CardState>>,
	now: Date
): Date | undefined {
	let next: number | undefined;
	for (const id of ids) {
		const state = states[id];
		if (!state || isDue(state, now)) continue;
		const due = Date.parse(state.due);
		if (next === undefined || due < next) next = due;
	}
	return next === undefined ? undefined : new Date(next);
}

/** A short, readable interval from `now` to `due`: "1 minute", "10 minutes", "3 hours", "4 days", "2 months". */
export function describeInterval(now: Date, due: Date): string {
	const minutes = Math.max(1, Math.round((due.getTime() - now.getTime()) / 60_000));
	const unit = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
	if (minutes < 60) return unit(minutes, 'minute');
	const hours = Math.round(minutes / 60);
	if (hours < 24) return unit(hours, 'hour');
	const days = Math.round(hours / 24);
	if (days < 31) return unit(days, 'day');
	const months = Math.round(days / 30.4);
	if (months < 12) return unit(months, 'month');
	return unit(Math.round(days / 365), 'year');
}

/** Progress with one flashcard review recorded. */
export function recordCardReview(progress: Progress, cardId: string, grade: Grade, at: Date): Progress {
	return { ...progress, cards: { ...progress.cards, [cardId]: reviewCard(progress.cards[cardId], grade, at) } };
}

/**
 * The probability (0–1) of recalling a reviewed card at `now`, as FSRS
 * predicts it from the card's stability and the time since its last review
 * (ts-fsrs's retrievability). The readiness dashboard averages it as retention.
 */
export function recallProbability(state: CardState, now: Date): number {
	return scheduler.get_retrievability(toFsrs(state, now), now, false);
}
