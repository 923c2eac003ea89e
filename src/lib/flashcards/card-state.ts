/**
 * The review state the progress document keeps per flashcard. Kept apart from
 * schedule.ts (which loads ts-fsrs) so that every practice page can validate
 * progress without loading the scheduler; only flashcard pages load it.
 */
import { z } from '../practice/zod';
import { kebabCase } from '../ids';

/** FSRS states a reviewed card can be in (a card never reviewed has no record). */
export const cardStates = ['learning', 'review', 'relearning'] as const;
export type CardStateName = (typeof cardStates)[number];

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
		state: z.enum(cardStates),
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
