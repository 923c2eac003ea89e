/**
 * The candidate's progress, kept in localStorage and in exported files: the last
 * answer and attempt counts per question, and the mock-exam history. Questions
 * are keyed by their stable id; answers are authoring indexes of options.
 */
import { z } from './zod';
import { kebabCase } from '../ids';
import type { DocumentCodec } from './storage';

export const progressFormat = 'pmle-practice-progress';
export const progressVersion = 1;
/** Oldest exams are dropped beyond this, to stay far below localStorage quotas. */
export const maxExamHistory = 50;

const isoDateTime = z.iso.datetime({ offset: true });
export const questionIdSchema = z.string().check(z.maxLength(200), z.regex(kebabCase, 'not a question id'));
/** Authoring indexes of the chosen options. */
export const selectionSchema = z.array(z.int().check(z.minimum(0), z.maximum(25))).check(z.maxLength(26));

export const answerRecordSchema = z
	.object({
		/** How many times the question was answered (practice and mock exams). */
		attempts: z.int().check(z.minimum(1)),
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

export const examRecordSchema = z.object({
	id: z.string().check(z.minLength(1), z.maxLength(100)),
	startedAt: isoDateTime,
	finishedAt: isoDateTime,
	/** Whether the candidate submitted or the time ran out. */
	endedBy: z.enum(['candidate', 'time-up']),
	/** Size asked for; `questionIds` is shorter when the bank had fewer questions. */
	requested: z.int().check(z.minimum(1)),
	durationMs: z.int().check(z.minimum(0)),
	elapsedMs: z.int().check(z.minimum(0)),
	questionIds: z.array(questionIdSchema).check(z.minLength(1), z.maxLength(500)),
	answers: z.record(questionIdSchema, selectionSchema),
	marked: z.array(questionIdSchema),
	/** Display order of each question's options, to show the result as the candidate saw it. */
	optionOrders: z.record(questionIdSchema, z.array(z.int().check(z.minimum(0), z.maximum(25)))),
	correct: z.int().check(z.minimum(0)),
	total: z.int().check(z.minimum(1)),
});

export const progressSchema = z.object({
	format: z.literal(progressFormat),
	version: z.literal(progressVersion),
	answers: z.record(questionIdSchema, answerRecordSchema),
	exams: z.array(examRecordSchema),
});

export type AnswerRecord = z.infer<typeof answerRecordSchema>;
export type ExamRecord = z.infer<typeof examRecordSchema>;
export type Progress = z.infer<typeof progressSchema>;

/** Version 1 is the first published format; later versions add migrations here. */
export const progressCodec: DocumentCodec<Progress> = {
	format: progressFormat,
	version: progressVersion,
	schema: progressSchema,
	migrations: {},
};

export function emptyProgress(): Progress {
	return { format: progressFormat, version: progressVersion, answers: {}, exams: [] };
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
}

/**
 * Combines imported progress with the current one without losing either: per
 * question the more recent record wins (the current one on a tie), and exams
 * are joined by id.
 */
export function mergeProgress(current: Progress, incoming: Progress): MergeSummary {
	const answers = { ...current.answers };
	let answersTaken = 0;
	for (const [id, record] of Object.entries(incoming.answers)) {
		const mine = answers[id];
		if (!mine || Date.parse(record.lastAt) > Date.parse(mine.lastAt)) {
			answers[id] = record;
			answersTaken += 1;
		}
	}
	const known = new Set(current.exams.map((e) => e.id));
	const added = incoming.exams.filter((e) => !known.has(e.id));
	const exams = [...current.exams, ...added]
		.sort((a, b) => Date.parse(a.finishedAt) - Date.parse(b.finishedAt))
		.slice(-maxExamHistory);
	return { progress: { ...current, answers, exams }, answersTaken, examsAdded: added.length };
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
