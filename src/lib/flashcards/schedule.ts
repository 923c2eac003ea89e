/**
 * Spaced repetition for the flashcards: a thin, pure wrapper around the
 * maintained FSRS implementation `ts-fsrs`, so the scheduler itself is never
 * hand-written here. It converts between ts-fsrs cards and the plain record
 * kept in the progress document (ISO dates, validated with zod on every read),
 * and answers the questions the review page asks: what is due, what each grade
 * would schedule, and when the next card comes due.
 */
import { createEmptyCard, fsrs, Rating, State, type Card, type Grade as FsrsGrade } from 'ts-fsrs';
import { z } from '../practice/zod';
import { kebabCase } from '../ids';

/** The four answers to "how well did you remember?", in key order 1–4. */
export const grades = ['again', 'hard', 'good', 'easy'] as const;
export type Grade = (typeof grades)[number];

const ratingOf: Record<Grade, FsrsGrade> = {
	again: Rating.Again,
	hard: Rating.Hard,
	good: Rating.Good,
	easy: Rating.Easy,
};

const stateNames = ['learning', 'review', 'relearning'] as const;
type StateName = (typeof stateNames)[number];
const stateOf: Record<StateName, State> = {
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

/** Upper bounds a stored record can plausibly hold (FSRS caps intervals at 100 years). */
const plausible = { days: 36_500, reps: 100_000 } as const;

const isoDateTime = z.iso.datetime({ offset: true });

export const cardIdSchema = z.string().check(z.maxLength(80), z.regex(kebabCase, 'not a card id'));

/** What the progress document keeps per reviewed card: the FSRS memory state after the last review. */
export const cardStateSchema = z
	.object({
		/** When the card is next due. */
		due: isoDateTime,
		/** FSRS stability: days until recall probability falls to 90%. */
		stability: z.number().check(z.minimum(0), z.maximum(plausible.days)),
		/** FSRS difficulty, 1 (easy) to 10 (hard). */
		difficulty: z.number().check(z.minimum(0), z.maximum(10)),
		/** The interval the last review scheduled, in whole days (0 while learning). */
		scheduledDays: z.int().check(z.minimum(0), z.maximum(plausible.days)),
		/** Which short-term learning step the card is on. */
		learningSteps: z.int().check(z.minimum(0), z.maximum(100)),
		/** Reviews so far. */
		reps: z.int().check(z.minimum(1), z.maximum(plausible.reps)),
		/** Times the card was forgotten after it had graduated. */
		lapses: z.int().check(z.minimum(0)),
		state: z.enum(stateNames),
		/** When the card was last reviewed; the more recent review wins when progress is merged. */
		lastReview: isoDateTime,
	})
	.check(
		z.refine((card) => card.lapses <= card.reps, { message: 'lapses cannot exceed reps', path: ['lapses'] }),
		z.refine((card) => Date.parse(card.due) >= Date.parse(card.lastReview), {
			message: 'due cannot be before lastReview',
			path: ['due'],
		})
	);

export type CardState = z.infer<typeof cardStateSchema>;

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
	const name = stateNames.find((n) => stateOf[n] === card.state) ?? 'learning';
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

/** Whether a card is due at `now`: never reviewed, or its due date has come. */
export function isDue(state: CardState | undefined, now: Date): boolean {
	return !state || Date.parse(state.due) <= now.getTime();
}

/**
 * The cards to review now, in order: reviewed cards that came due (the most
 * overdue first), then new cards in the order given (the deck's order).
 */
export function dueCardIds(ids: readonly string[], states: Readonly<Record<string, CardState>>, now: Date): string[] {
	const seen = ids.filter((id) => states[id] && isDue(states[id], now));
	seen.sort((a, b) => Date.parse(states[a]!.due) - Date.parse(states[b]!.due) || a.localeCompare(b));
	return [...seen, ...ids.filter((id) => !states[id])];
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
