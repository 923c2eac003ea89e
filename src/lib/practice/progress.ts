/**
 * The candidate's progress, kept in localStorage and in exported files: the last
 * answer and attempt counts per question, the mock-exam history and the
 * spaced-repetition state of each reviewed flashcard. Questions and cards are
 * keyed by their stable ids; answers are authoring indexes of options.
 */
import { z } from './zod';
import { kebabCase } from '../ids';
import type { DocumentCodec } from './storage';
import { examBlueprintIds, legacyExamBlueprint } from './blueprints';
import { cardIdSchema, cardStateSchema } from '../flashcards/card-state';

export const progressFormat = 'pmle-practice-progress';
/** 2 added `cards` (flashcard review states). */
export const progressVersion = 2;
/** Oldest exams are dropped beyond this, to stay far below localStorage quotas. */
export const maxExamHistory = 50;
/**
 * Upper bounds for numbers a record can plausibly hold. Stored and imported
 * data is shown as it is, so an implausible value ("999 of 1", "277777777
 * hours") is refused when it is read instead of being displayed.
 */
export const plausible = {
	/** Attempts at one question. */
	attempts: 100_000,
	/** A mock exam's time limit: 240 minutes with double time is 8 hours; a day leaves room. */
	examDurationMs: 24 * 60 * 60_000,
} as const;

const isoDateTime = z.iso.datetime({ offset: true });
/**
 * The exam guide a mock exam was weighted by. Exams stored before the choice
 * existed were drawn by the 2024-10 weights, so that is what a missing value means.
 */
export const examBlueprintSchema = z._default(z.enum(examBlueprintIds), legacyExamBlueprint);
export const questionIdSchema = z.string().check(z.maxLength(200), z.regex(kebabCase, 'not a question id'));
/** Authoring indexes of the chosen options. */
export const selectionSchema = z.array(z.int().check(z.minimum(0), z.maximum(25))).check(z.maxLength(26));

export const answerRecordSchema = z
	.object({
		/** How many times the question was answered (practice and mock exams). */
		attempts: z.int().check(z.minimum(1), z.maximum(plausible.attempts)),
		/** How many of those attempts were right. */
		correctAttempts: z.int().check(z.minimum(0)),
		lastSelected: selectionSchema,
		lastCorrect: z.boolean(),
		lastAt: isoDateTime,
		lastSource: z.enum(['practice', 'exam']),
	})
	.check(
		z.refine((record) => record.correctAttempts <= record.attempts, {
			message: 'correctAttempts cannot exceed attempts',
			path: ['correctAttempts'],
		})
	);

export const examRecordSchema = z
	.object({
		id: z.string().check(z.minLength(1), z.maxLength(100)),
		startedAt: isoDateTime,
		finishedAt: isoDateTime,
		/** Whether the candidate submitted or the time ran out. */
		endedBy: z.enum(['candidate', 'time-up']),
		/** Size asked for; `questionIds` is shorter when the bank had fewer questions. */
		requested: z.int().check(z.minimum(1), z.maximum(500)),
		/** The time limit. */
		durationMs: z.int().check(z.minimum(1000), z.maximum(plausible.examDurationMs)),
		/** Time used; the clock stops at the limit, so never more than `durationMs`. */
		elapsedMs: z.int().check(z.minimum(0)),
		questionIds: z.array(questionIdSchema).check(z.minLength(1), z.maxLength(500)),
		/** Chosen options by question; only questions of this exam. */
		answers: z.record(questionIdSchema, selectionSchema),
		/** Questions marked for review; only questions of this exam. */
		marked: z.array(questionIdSchema),
		/** Display order of each question's options, to show the result as the candidate saw it. */
		optionOrders: z.record(questionIdSchema, z.array(z.int().check(z.minimum(0), z.maximum(25)))),
		/** Questions answered right; at most `total`. */
		correct: z.int().check(z.minimum(0)),
		/** Questions scored: one per question of the exam. */
		total: z.int().check(z.minimum(1)),
		/** The exam guide whose section weights drew the questions, and whose sections the result reports. */
		blueprint: examBlueprintSchema,
	})
	.check(
		z.refine((exam) => exam.correct <= exam.total, {
			message: 'correct cannot exceed total',
			path: ['correct'],
		}),
		z.refine((exam) => exam.total === exam.questionIds.length, {
			message: 'total must equal the number of questions in questionIds',
			path: ['total'],
		}),
		z.refine((exam) => exam.elapsedMs <= exam.durationMs, {
			message: 'elapsedMs cannot exceed durationMs (the clock stops at the time limit)',
			path: ['elapsedMs'],
		}),
		z.refine((exam) => Date.parse(exam.finishedAt) >= Date.parse(exam.startedAt), {
			message: 'finishedAt cannot be before startedAt',
			path: ['finishedAt'],
		}),
		z.refine((exam) => onlyQuestionsOf(exam.questionIds, [...Object.keys(exam.answers), ...exam.marked]), {
			message: 'answers and marked may only name questions listed in questionIds',
			path: ['answers'],
		})
	);

/** Whether every id in `named` is one of `questionIds`. */
export function onlyQuestionsOf(questionIds: readonly string[], named: readonly string[]): boolean {
	const known = new Set(questionIds);
	return named.every((id) => known.has(id));
}

export const progressSchema = z.object({
	format: z.literal(progressFormat),
	version: z.literal(progressVersion),
	answers: z.record(questionIdSchema, answerRecordSchema),
	exams: z.array(examRecordSchema),
	/** Review state per flashcard id; cards never reviewed have no entry. */
	cards: z.record(cardIdSchema, cardStateSchema),
});

export type AnswerRecord = z.infer<typeof answerRecordSchema>;
export type ExamRecord = z.infer<typeof examRecordSchema>;
export type Progress = z.infer<typeof progressSchema>;

/** Version 1 is the first published format; version 2 added flashcard states. */
export const progressCodec: DocumentCodec<Progress> = {
	format: progressFormat,
	version: progressVersion,
	schema: progressSchema,
	migrations: {
		// Version 1 had no flashcards: nothing reviewed yet.
		1: (document) => ({ ...document, cards: {} }),
	},
};

export function emptyProgress(): Progress {
	return { format: progressFormat, version: progressVersion, answers: {}, exams: [], cards: {} };
}

export interface AnswerEvent {
	questionId: string;
	selected: readonly number[];
	correct: boolean;
	/** ISO timestamp. */
	at: string;
	source: AnswerRecord['lastSource'];
}

/** Progress with one more answer recorded. */
export function recordAnswer(progress: Progress, event: AnswerEvent): Progress {
	const previous = progress.answers[event.questionId];
	const record: AnswerRecord = {
		attempts: (previous?.attempts ?? 0) + 1,
		correctAttempts: (previous?.correctAttempts ?? 0) + (event.correct ? 1 : 0),
		lastSelected: [...event.selected],
		lastCorrect: event.correct,
		lastAt: event.at,
		lastSource: event.source,
	};
	return { ...progress, answers: { ...progress.answers, [event.questionId]: record } };
}

/**
 * Progress with a finished mock exam added to the history and each answered
 * question recorded as an attempt. Recording the same exam twice changes nothing.
 */
export function recordExam(progress: Progress, exam: ExamRecord, correctIds: ReadonlySet<string>): Progress {
	if (progress.exams.some((e) => e.id === exam.id)) return progress;
	let next: Progress = { ...progress, exams: [...progress.exams, exam].slice(-maxExamHistory) };
	for (const questionId of exam.questionIds) {
		const selected = exam.answers[questionId] ?? [];
		if (selected.length === 0) continue;
		next = recordAnswer(next, {
			questionId,
			selected,
			correct: correctIds.has(questionId),
			at: exam.finishedAt,
			source: 'exam',
		});
	}
	return next;
}

export interface MergeSummary {
	progress: Progress;
	/** Questions whose record came from the incoming data. */
	answersTaken: number;
	examsAdded: number;
	/** Flashcards whose review state came from the incoming data. */
	cardsTaken: number;
	/** Incoming exams not kept because the history was full; the oldest are left out first. */
	examsSkipped: number;
}

/**
 * Combines imported progress with the current one without losing what is
 * here: per question and per flashcard the more recent record (answer or
 * review) wins, the current one on a tie, and exams are joined by id. Every
 * current exam is kept; incoming exams fill the history up to
 * `maxExamHistory`, most recent first, and the summary says how many did not fit.
 */
export function mergeProgress(current: Progress, incoming: Progress): MergeSummary {
	const { merged: answers, taken: answersTaken } = mergeNewer(current.answers, incoming.answers, (a) => a.lastAt);
	const { merged: cards, taken: cardsTaken } = mergeNewer(current.cards, incoming.cards, (c) => c.lastReview);
	const known = new Set(current.exams.map((e) => e.id));
	const candidates = incoming.exams.filter((e) => !known.has(e.id)).sort(byFinishedAt);
	const room = Math.max(0, maxExamHistory - current.exams.length);
	const added = room === 0 ? [] : candidates.slice(-room);
	const exams = [...current.exams, ...added].sort(byFinishedAt);
	return {
		progress: { ...current, answers, exams, cards },
		answersTaken,
		cardsTaken,
		examsAdded: added.length,
		examsSkipped: candidates.length - added.length,
	};
}

/**
 * Records by id from both sides: an incoming record replaces the current one
 * only when its date (`dateOf`, ISO) is later; `taken` counts the replacements
 * and additions.
 */
function mergeNewer<T>(
	current: Readonly<Record<string, T>>,
	incoming: Readonly<Record<string, T>>,
	dateOf: (record: T) => string
): { merged: Record<string, T>; taken: number } {
	const merged = { ...current };
	let taken = 0;
	for (const [id, record] of Object.entries(incoming)) {
		const mine = merged[id];
		if (!mine || Date.parse(dateOf(record)) > Date.parse(dateOf(mine))) {
			merged[id] = record;
			taken += 1;
		}
	}
	return { merged, taken };
}

function byFinishedAt(a: ExamRecord, b: ExamRecord): number {
	return Date.parse(a.finishedAt) - Date.parse(b.finishedAt);
}

/**
 * Progress without answer records for questions the bank does not have (an
 * import from another site, or hand-edited data), and the ids left out.
 * Exam records are kept whole: the result view copes with removed questions.
 */
export function withoutUnknownQuestions(
	progress: Progress,
	knownIds: ReadonlySet<string>
): { progress: Progress; unknownIds: string[] } {
	const unknownIds = Object.keys(progress.answers).filter((id) => !knownIds.has(id));
	if (unknownIds.length === 0) return { progress, unknownIds };
	const answers = Object.fromEntries(Object.entries(progress.answers).filter(([id]) => knownIds.has(id)));
	return { progress: { ...progress, answers }, unknownIds };
}

/** The first date in the progress later than `latest`, as "field: date", or undefined. */
export function firstDateAfter(progress: Progress, latest: Date): string | undefined {
	const limit = latest.getTime();
	for (const [id, record] of Object.entries(progress.answers)) {
		if (Date.parse(record.lastAt) > limit) return `answers.${id}.lastAt: ${record.lastAt}`;
	}
	for (const [id, state] of Object.entries(progress.cards)) {
		if (Date.parse(state.lastReview) > limit) return `cards.${id}.lastReview: ${state.lastReview}`;
	}
	for (const [index, exam] of progress.exams.entries()) {
		for (const field of ['startedAt', 'finishedAt'] as const) {
			if (Date.parse(exam[field]) > limit) return `exams.${index}.${field}: ${exam[field]}`;
		}
	}
	return undefined;
}

export interface ProgressCount {
	/** Questions in the group. */
	total: number;
	/** Questions answered at least once. */
	answered: number;
	/** Questions whose last answer was right. */
	correct: number;
}

/** Counts for a group of questions, such as one objective's. Records of unknown questions are ignored. */
export function countProgress(progress: Progress, questionIds: readonly string[]): ProgressCount {
	let answered = 0;
	let correct = 0;
	for (const id of questionIds) {
		const record = progress.answers[id];
		if (!record) continue;
		answered += 1;
		if (record.lastCorrect) correct += 1;
	}
	return { total: questionIds.length, answered, correct };
}

/** Questions whose last answer was wrong, most recent first, limited to questions that still exist. */
export function mistakes(progress: Progress, knownIds: ReadonlySet<string>): { id: string; record: AnswerRecord }[] {
	return Object.entries(progress.answers)
		.filter(([id, record]) => !record.lastCorrect && knownIds.has(id))
		.map(([id, record]) => ({ id, record }))
		.sort((a, b) => Date.parse(b.record.lastAt) - Date.parse(a.record.lastAt) || a.id.localeCompare(b.id));
}
