/**
 * A mock exam in progress: which questions, in which option order, the answers
 * so far, marks for review, the current question and the clock. Pure state
 * transitions, so the page only renders and stores the result of each step.
 */
import { z } from './zod';
import { isOptionOrder, authoringOrder } from './option-order';
import {
	examBlueprintSchema,
	onlyQuestionsOf,
	plausible,
	questionIdSchema,
	selectionSchema,
	type ExamRecord,
} from './progress';
import type { ExamBlueprintId } from './blueprints';
import {
	answerStatus,
	normalizeSelection,
	scoreAnswers,
	type AnswerStatus,
	type ScorableQuestion,
	type ScoreReport,
} from './scoring';
import type { DocumentCodec } from './storage';
import { advanceClock, type ExamClock } from './timer';

export const examFormat = 'pmle-practice-exam';
export const examVersion = 1;

export const examStateSchema = z
	.object({
		format: z.literal(examFormat),
		version: z.literal(examVersion),
		id: z.string().check(z.minLength(1), z.maxLength(100)),
		startedAt: z.iso.datetime({ offset: true }),
		/** Size asked for (the bank may have had fewer). */
		requested: z.int().check(z.minimum(1)),
		questionIds: z.array(questionIdSchema).check(z.minLength(1), z.maxLength(500)),
		optionOrders: z.record(questionIdSchema, z.array(z.int().check(z.minimum(0), z.maximum(25)))),
		answers: z.record(questionIdSchema, selectionSchema),
		marked: z.array(questionIdSchema),
		/** Index into questionIds of the question on screen. */
		current: z.int().check(z.minimum(0)),
		durationMs: z.int().check(z.minimum(1000), z.maximum(plausible.examDurationMs)),
		elapsedMs: z.int().check(z.minimum(0)),
		/** The exam guide whose section weights drew the questions; "2024-10" for exams stored before the choice existed. */
		blueprint: examBlueprintSchema,
		/**
		 * Counts the changes of answers and marks. Two tabs on one exam both save
		 * it; the one with the higher revision has the newer answers.
		 */
		revision: z.optional(z.int().check(z.minimum(0))),
		/**
		 * Set when the exam was submitted but its result could not be saved in the
		 * history (storage full): the next visit saves the result, not the exam.
		 */
		submitted: z.optional(
			z.object({
				endedBy: z.enum(['candidate', 'time-up']),
				finishedAt: z.iso.datetime({ offset: true }),
			})
		),
	})
	.check(
		z.refine((state) => state.current < state.questionIds.length, {
			message: 'current is past the last question',
			path: ['current'],
		}),
		z.refine((state) => new Set(state.questionIds).size === state.questionIds.length, {
			message: 'a question appears twice',
			path: ['questionIds'],
		}),
		z.refine((state) => state.elapsedMs <= state.durationMs, {
			message: 'elapsedMs cannot exceed durationMs (the clock stops at the time limit)',
			path: ['elapsedMs'],
		}),
		z.refine((state) => onlyQuestionsOf(state.questionIds, [...Object.keys(state.answers), ...state.marked]), {
			message: 'answers and marked may only name questions listed in questionIds',
			path: ['answers'],
		})
	);

export type ExamState = z.infer<typeof examStateSchema>;

export const examCodec: DocumentCodec<ExamState> = {
	format: examFormat,
	version: examVersion,
	schema: examStateSchema,
	migrations: {},
};

export interface NewExam {
	id: string;
	/** ISO timestamp. */
	startedAt: string;
	requested: number;
	questionIds: readonly string[];
	optionOrders: Readonly<Record<string, number[]>>;
	durationMs: number;
	/** The exam guide whose weights drew the questions. */
	blueprint: ExamBlueprintId;
}

export function startExam(exam: NewExam): ExamState {
	return {
		format: examFormat,
		version: examVersion,
		id: exam.id,
		startedAt: exam.startedAt,
		requested: exam.requested,
		questionIds: [...exam.questionIds],
		optionOrders: { ...exam.optionOrders },
		answers: {},
		marked: [],
		current: 0,
		durationMs: exam.durationMs,
		elapsedMs: 0,
		blueprint: exam.blueprint,
		revision: 0,
	};
}

const revisionOf = (state: ExamState) => state.revision ?? 0;

export function setAnswer(state: ExamState, questionId: string, selected: readonly number[]): ExamState {
	if (!state.questionIds.includes(questionId)) return state;
	const answers = { ...state.answers };
	if (selected.length === 0) delete answers[questionId];
	else answers[questionId] = [...selected];
	return { ...state, answers, revision: revisionOf(state) + 1 };
}

export function toggleMarked(state: ExamState, questionId: string): ExamState {
	if (!state.questionIds.includes(questionId)) return state;
	const marked = state.marked.includes(questionId)
		? state.marked.filter((id) => id !== questionId)
		: [...state.marked, questionId];
	return { ...state, marked, revision: revisionOf(state) + 1 };
}

export function goTo(state: ExamState, index: number): ExamState {
	const current = Math.min(state.questionIds.length - 1, Math.max(0, Math.trunc(index)));
	return current === state.current ? state : { ...state, current };
}

/**
 * This tab's exam brought up to date with the copy another tab saved: the
 * answers and marks of the higher revision (this tab's on a tie, as it saves
 * next), the longer elapsed time (both tabs run the same clock), and this
 * tab's current question (each tab shows its own). Another exam, or none,
 * leaves this tab's state as it is: the caller decides what that means.
 */
export function mergeExamState(mine: ExamState, stored: ExamState | undefined): ExamState {
	if (!stored || stored.id !== mine.id) return mine;
	const newer = revisionOf(stored) > revisionOf(mine) ? stored : mine;
	const elapsedMs = Math.max(mine.elapsedMs, stored.elapsedMs);
	if (newer === mine && elapsedMs === mine.elapsedMs) return mine;
	return {
		...mine,
		answers: newer.answers,
		marked: newer.marked,
		revision: revisionOf(newer),
		elapsedMs,
	};
}

export function examClock(state: ExamState): ExamClock {
	return { durationMs: state.durationMs, elapsedMs: state.elapsedMs };
}

/** The state after `deltaMs` more milliseconds on the clock. */
export function tick(state: ExamState, deltaMs: number): ExamState {
	return { ...state, elapsedMs: Math.round(advanceClock(examClock(state), deltaMs).elapsedMs) };
}

export interface NavigatorEntry {
	index: number;
	questionId: string;
	status: AnswerStatus;
	marked: boolean;
	current: boolean;
}

/** One entry per question for the navigator. `selectCount` gives how many options a question wants. */
export function navigatorEntries(state: ExamState, selectCount: (questionId: string) => number): NavigatorEntry[] {
	return state.questionIds.map((questionId, index) => ({
		index,
		questionId,
		status: answerStatus(selectCount(questionId), state.answers[questionId]),
		marked: state.marked.includes(questionId),
		current: index === state.current,
	}));
}

export interface ExamSummary {
	answered: number;
	/** Not answered, including multi-select questions with the wrong number chosen. */
	unanswered: number;
	marked: number;
}

export function summarize(entries: readonly NavigatorEntry[]): ExamSummary {
	const answered = entries.filter((e) => e.status === 'answered').length;
	return { answered, unanswered: entries.length - answered, marked: entries.filter((e) => e.marked).length };
}

export interface Reconciled {
	state: ExamState;
	/** Question ids no longer in the bank (the site changed since the exam started). */
	dropped: string[];
}

/**
 * Fits a stored exam to the current question bank: drops questions that no
 * longer exist, and answers or option orders that no longer fit the question.
 * Returns undefined when no question is left.
 */
export function reconcileExam(state: ExamState, optionCounts: ReadonlyMap<string, number>): Reconciled | undefined {
	const kept = state.questionIds.filter((id) => optionCounts.has(id));
	if (kept.length === 0) return undefined;
	const dropped = state.questionIds.filter((id) => !optionCounts.has(id));
	const optionOrders: Record<string, number[]> = {};
	const answers: Record<string, number[]> = {};
	for (const id of kept) {
		const count = optionCounts.get(id)!;
		const order = state.optionOrders[id];
		optionOrders[id] = order && isOptionOrder(order, count) ? order : authoringOrder(count);
		const selected = normalizeSelection(state.answers[id] ?? [], count);
		if (selected.length > 0) answers[id] = selected;
	}
	const currentId = state.questionIds[state.current];
	const current = Math.max(0, currentId ? kept.indexOf(currentId) : 0);
	return {
		state: {
			...state,
			questionIds: kept,
			optionOrders,
			answers,
			marked: state.marked.filter((id) => kept.includes(id)),
			current,
		},
		dropped,
	};
}

/** The finished exam: its score and the history record to keep. */
export function finishExam(
	state: ExamState,
	questions: readonly ScorableQuestion[],
	endedBy: ExamRecord['endedBy'],
	finishedAt: string
): { record: ExamRecord; score: ScoreReport } {
	const byId = new Map(questions.map((q) => [q.id, q]));
	const inExam = state.questionIds.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
	const score = scoreAnswers(inExam, state.answers);
	return {
		score,
		record: {
			id: state.id,
			startedAt: state.startedAt,
			finishedAt,
			endedBy,
			requested: state.requested,
			durationMs: state.durationMs,
			elapsedMs: state.elapsedMs,
			questionIds: inExam.map((q) => q.id),
			answers: Object.fromEntries(Object.entries(state.answers).filter(([id]) => byId.has(id))),
			marked: state.marked.filter((id) => byId.has(id)),
			optionOrders: Object.fromEntries(Object.entries(state.optionOrders).filter(([id]) => byId.has(id))),
			correct: score.overall.correct,
			total: Math.max(1, score.overall.total),
			blueprint: state.blueprint,
		},
	};
}
