/**
 * Scoring: a question counts as right only when the chosen options are exactly
 * the correct ones (no partial credit, as on the real exam). Selections are
 * authoring indexes, whatever order the options were shown in.
 */

export interface ScorableQuestion {
	id: string;
	section: string;
	objective: string;
	select: number;
	options: readonly { correct: boolean }[];
}

/** Authoring indexes of the correct options. */
export function correctIndexes(question: Pick<ScorableQuestion, 'options'>): number[] {
	return question.options.flatMap((option, i) => (option.correct ? [i] : []));
}

/** Unique, in-range indexes in ascending order: what a stored selection is reduced to before use. */
export function normalizeSelection(selected: readonly number[], optionCount: number): number[] {
	return [...new Set(selected)].filter((i) => Number.isInteger(i) && i >= 0 && i < optionCount).sort((a, b) => a - b);
}

export function isAnswerCorrect(question: Pick<ScorableQuestion, 'options'>, selected: readonly number[]): boolean {
	const chosen = normalizeSelection(selected, question.options.length);
	const correct = correctIndexes(question);
	return chosen.length === correct.length && chosen.every((value, i) => value === correct[i]);
}

/**
 * `incomplete` is a multi-select question with some but not exactly `select`
 * options chosen: the navigator and the submit warning treat it as not answered.
 */
export type AnswerStatus = 'unanswered' | 'incomplete' | 'answered';

export function answerStatus(select: number, selected: readonly number[] | undefined): AnswerStatus {
	const count = selected?.length ?? 0;
	if (count === 0) return 'unanswered';
	return count === select ? 'answered' : 'incomplete';
}

/** What to show next to each option once the answer is locked, in authoring order. */
export type OptionOutcome = 'chosen-correct' | 'chosen-incorrect' | 'missed-correct' | 'not-chosen';

export function optionOutcomes(
	question: Pick<ScorableQuestion, 'options'>,
	selected: readonly number[]
): OptionOutcome[] {
	return question.options.map((option, i) => {
		const chosen = selected.includes(i);
		if (option.correct) return chosen ? 'chosen-correct' : 'missed-correct';
		return chosen ? 'chosen-incorrect' : 'not-chosen';
	});
}

export interface ScoreLine {
	/** Section or objective id, or `all`. */
	id: string;
	total: number;
	correct: number;
	/** Whole percent, 0 when there are no questions. */
	percent: number;
}

export interface ScoreReport {
	overall: ScoreLine;
	/** One line per section that had questions, in id order. */
	sections: ScoreLine[];
	/** One line per objective that had questions, in id order. */
	objectives: ScoreLine[];
	/** Question ids answered right. */
	correctIds: string[];
}

export function percentOf(correct: number, total: number): number {
	return total === 0 ? 0 : Math.round((100 * correct) / total);
}

const byNumericId = (a: ScoreLine, b: ScoreLine) => a.id.localeCompare(b.id, 'en', { numeric: true });

function tally(lines: Map<string, ScoreLine>, id: string, correct: boolean): void {
	const line = lines.get(id) ?? { id, total: 0, correct: 0, percent: 0 };
	line.total += 1;
	if (correct) line.correct += 1;
	line.percent = percentOf(line.correct, line.total);
	lines.set(id, line);
}

/** Scores a set of questions (unanswered ones count as wrong) overall, per section and per objective. */
export function scoreAnswers(
	questions: readonly ScorableQuestion[],
	answers: Readonly<Record<string, readonly number[]>>
): ScoreReport {
	const sections = new Map<string, ScoreLine>();
	const objectives = new Map<string, ScoreLine>();
	const correctIds: string[] = [];
	for (const question of questions) {
		const correct = isAnswerCorrect(question, answers[question.id] ?? []);
		if (correct) correctIds.push(question.id);
		tally(sections, question.section, correct);
		tally(objectives, question.objective, correct);
	}
	return {
		overall: {
			id: 'all',
			total: questions.length,
			correct: correctIds.length,
			percent: percentOf(correctIds.length, questions.length),
		},
		sections: [...sections.values()].sort(byNumericId),
		objectives: [...objectives.values()].sort(byNumericId),
		correctIds,
	};
}

/**
 * The objectives to study next: those not answered perfectly, lowest share
 * first; on a tie, the one with more wrong answers (more evidence) first.
 */
export function weakestObjectives(objectives: readonly ScoreLine[], limit = 3): ScoreLine[] {
	return objectives
		.filter((line) => line.correct < line.total)
		.sort((a, b) => a.percent - b.percent || b.total - b.correct - (a.total - a.correct) || byNumericId(a, b))
		.slice(0, limit);
}
