/**
 * Mock-exam size and time limit. The real exam's pace (questions and minutes)
 * is passed in from the page, so the defaults follow the published format.
 * The page address may override both for short drills and automated tests.
 */

export interface ExamFormat {
	/** Questions in the real exam, such as 50. */
	questions: number;
	/** Minutes in the real exam, such as 120. */
	minutes: number;
	/** Smallest and largest size offered in the setup form. */
	minQuestions: number;
	maxQuestions: number;
}

export interface ExamConfig {
	questions: number;
	durationMs: number;
	/** Settings taken from the URL, described for the notice on the page; empty when none. */
	fromUrl: string[];
}

/**
 * The mock exam's default format: the real exam has 50–60 questions in 2 hours
 * (src/data/exam.ts); a 50-question form in 120 minutes sets the pace of 2.4
 * minutes per question, and the form offers 20–60 questions at that pace.
 */
export const mockExamFormat: ExamFormat = { questions: 50, minutes: 120, minQuestions: 20, maxQuestions: 60 };

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

export function clampQuestions(value: number, format: ExamFormat): number {
	if (!Number.isFinite(value)) return format.questions;
	return Math.min(format.maxQuestions, Math.max(format.minQuestions, Math.round(value)));
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
 * and reported in `ignored`.
 */
export function examConfigFromUrl(search: string, format: ExamFormat): ExamConfig & { ignored: string[] } {
	const params = new URLSearchParams(search);
	const ignored: string[] = [];
	const fromUrl: string[] = [];
	const questions = readInteger(params, 'questions', urlBounds.questions);
	const minutes = readInteger(params, 'minutes', urlBounds.minutes);
	const testSeconds = readInteger(params, 'test-seconds', urlBounds.testSeconds);
	for (const [name, value] of [
		['questions', questions],
		['minutes', minutes],
		['test-seconds', testSeconds],
	] as const) {
		if (params.has(name) && value === undefined) ignored.push(`${name}=${params.get(name)}`);
	}

	const count = questions ?? format.questions;
	if (questions !== undefined) fromUrl.push(`${questions} question${questions === 1 ? '' : 's'}`);
	let durationMs = durationForQuestions(count, format);
	if (testSeconds !== undefined) {
		durationMs = testSeconds * 1000;
		fromUrl.push(`a test time limit of ${testSeconds} second${testSeconds === 1 ? '' : 's'}`);
	} else if (minutes !== undefined) {
		durationMs = minutes * 60_000;
		fromUrl.push(`${minutes} minute${minutes === 1 ? '' : 's'}`);
	}
	return { questions: count, durationMs, fromUrl, ignored };
}
