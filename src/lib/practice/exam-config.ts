/**
 * Mock-exam size and time limit. The defaults follow the real exam's format
 * (`mockExamFormat`); functions take the format as a parameter so tests can vary
 * it. The page address may override both for short drills and automated tests.
 */
import { examFormat } from '../../data/exam-format';

export interface ExamFormat {
	/** Questions in the real exam, such as 50. */
	questions: number;
	/** Minutes in the real exam, such as 120. */
	minutes: number;
	/** Smallest and largest size offered in the setup form. */
	minQuestions: number;
	maxQuestions: number;
}

/** Mock-exam options read from the page address; unset fields keep the defaults. */
export interface UrlExamOptions {
	questions?: number;
	/** A fixed time limit, from `minutes` or `test-seconds`. */
	durationMs?: number;
	/** The options applied, in words, for the notice on the page. */
	applied: string[];
	/** Parameters that were present but invalid, as `name=value`. */
	ignored: string[];
}

/**
 * The mock exam's default format, from the real exam's (src/data/exam-format.ts: 50–60
 * questions in 120 minutes): the shortest real form in the full time sets the
 * pace (2.4 minutes per question), and the form offers 20 questions up to the
 * longest real form at that pace.
 */
export const mockExamFormat: ExamFormat = {
	questions: examFormat.minQuestions,
	minutes: examFormat.minutes,
	minQuestions: 20,
	maxQuestions: examFormat.maxQuestions,
};

/** Bounds for values accepted from the URL (wider than the form, for drills and tests). */
export const urlBounds = {
	questions: { min: 1, max: 60 },
	minutes: { min: 1, max: 240 },
	testSeconds: { min: 1, max: 3600 },
} as const;

/** The time limit for `questions` at the real exam's pace, rounded up to a whole minute. */
export function durationForQuestions(questions: number, format: ExamFormat): number {
	return Math.ceil((questions * format.minutes) / format.questions) * 60_000;
}

/** The number typed in the setup form, if it is a whole number within `min`–`max`. */
export function parseQuestionCount(raw: string, min: number, max: number): number | undefined {
	if (!/^\s*\d+\s*$/.test(raw)) return undefined;
	const value = Number(raw);
	return value >= min && value <= max ? value : undefined;
}

function readInteger(params: URLSearchParams, name: string, bounds: { min: number; max: number }): number | undefined {
	const raw = params.get(name);
	if (raw === null || !/^\d+$/.test(raw.trim())) return undefined;
	const value = Number(raw);
	return value >= bounds.min && value <= bounds.max ? value : undefined;
}

/**
 * Reads `?questions=N` (1–60), `?minutes=M` (1–240) and the test/preview option
 * `?test-seconds=S` (1–3600, wins over `minutes`). Invalid values are ignored
 * and listed in `ignored`.
 */
export function readExamUrlOptions(search: string): UrlExamOptions {
	const params = new URLSearchParams(search);
	const questions = readInteger(params, 'questions', urlBounds.questions);
	const minutes = readInteger(params, 'minutes', urlBounds.minutes);
	const testSeconds = readInteger(params, 'test-seconds', urlBounds.testSeconds);
	const ignored = (
		[
			['questions', questions],
			['minutes', minutes],
			['test-seconds', testSeconds],
		] as const
	).flatMap(([name, value]) => (params.has(name) && value === undefined ? [`${name}=${params.get(name)}`] : []));
	const applied: string[] = [];
	const options: UrlExamOptions = { applied, ignored };
	if (questions !== undefined) {
		options.questions = questions;
		applied.push(`${questions} question${questions === 1 ? '' : 's'}`);
	}
	if (testSeconds !== undefined) {
		options.durationMs = testSeconds * 1000;
		applied.push(`a test time limit of ${testSeconds} second${testSeconds === 1 ? '' : 's'}`);
	} else if (minutes !== undefined) {
		options.durationMs = minutes * 60_000;
		applied.push(`a time limit of ${minutes} minute${minutes === 1 ? '' : 's'}`);
	}
	return options;
}

/** The time limit for an exam of `questions`: fixed by the URL, or at the real exam's pace. */
export function examDuration(
	questions: number,
	options: Pick<UrlExamOptions, 'durationMs'>,
	format: ExamFormat,
	extraTimePercent: ExtraTimePercent = 0
): number {
	const base = options.durationMs ?? durationForQuestions(questions, format);
	return Math.round(base * (1 + extraTimePercent / 100));
}

/**
 * Extra time the setup form offers, in percent of the limit: candidates with
 * approved testing accommodations practise at the pace they will sit.
 */
export const extraTimeChoices = [0, 25, 50, 100] as const;
export type ExtraTimePercent = (typeof extraTimeChoices)[number];

/** The extra-time choice of a form value, or none for anything else. */
export function parseExtraTime(value: string): ExtraTimePercent {
	return extraTimeChoices.find((choice) => String(choice) === value.trim()) ?? 0;
}

/** How a choice reads in the form. */
export function describeExtraTime(percent: ExtraTimePercent): string {
	return percent === 0 ? 'None' : percent === 100 ? 'Double time (+100%)' : `+${percent}%`;
}
