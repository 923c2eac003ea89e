/**
 * Option balance: whether the correct option of a question can be recognised by
 * its form alone. A bank where the key is usually the longest option can be
 * passed without reading the scenarios, so the bank check holds these figures
 * to the limits of the question standard (CONTRIBUTING.md).
 */

/** The parts of a question the balance figures need. */
export interface BalanceQuestion {
	id: string;
	objective: string;
	options: readonly { text: string; correct: boolean }[];
}

export interface QuestionBalance {
	id: string;
	objective: string;
	/** True when the longest option is correct and strictly longer than every distractor. */
	keyStrictlyLongest: boolean;
	/** Mean length of the correct options divided by the mean length of the distractors. */
	ratio: number;
}

export interface BalanceSummary {
	questions: number;
	/** Share of questions whose key is strictly the longest option (0–1). */
	keyLongestShare: number;
	/** Median of the per-question length ratios. */
	medianRatio: number;
}

/** The limits of the question standard: at most 30% strictly-longest keys, median ratio 0.85–1.15. */
export const balanceLimits = { maxKeyLongestShare: 0.3, minMedianRatio: 0.85, maxMedianRatio: 1.15 } as const;

/** A group (the bank, or one section) is held to the limits once it has this many questions. */
export const minQuestionsForLimits = 20;

const length = (text: string) => text.trim().replace(/\s+/g, ' ').length;
const mean = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / values.length;

/** Balance figures for one question. */
export function questionBalance(q: BalanceQuestion): QuestionBalance {
	const correct = q.options.filter((o) => o.correct).map((o) => length(o.text));
	const distractors = q.options.filter((o) => !o.correct).map((o) => length(o.text));
	const longestDistractor = Math.max(...distractors);
	return {
		id: q.id,
		objective: q.objective,
		keyStrictlyLongest: Math.max(...correct) > longestDistractor,
		ratio: mean(correct) / mean(distractors),
	};
}

/** Median of a non-empty list. */
export function median(values: readonly number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Summary figures for a group of questions. */
export function summarizeBalance(balances: readonly QuestionBalance[]): BalanceSummary {
	if (balances.length === 0) return { questions: 0, keyLongestShare: 0, medianRatio: 1 };
	return {
		questions: balances.length,
		keyLongestShare: balances.filter((b) => b.keyStrictlyLongest).length / balances.length,
		medianRatio: median(balances.map((b) => b.ratio)),
	};
}

/**
 * Problems with a group against the limits, each a sentence naming the worst
 * questions (largest ratio first), or an empty list when the group is balanced
 * or too small to judge.
 */
export function balanceProblems(label: string, balances: readonly QuestionBalance[], worst = 8): string[] {
	if (balances.length < minQuestionsForLimits) return [];
	const summary = summarizeBalance(balances);
	const worstIds = [...balances]
		.sort((a, b) => b.ratio - a.ratio)
		.slice(0, worst)
		.map((b) => `${b.id} (${b.ratio.toFixed(2)}${b.keyStrictlyLongest ? ', key longest' : ''})`)
		.join(', ');
	const problems: string[] = [];
	if (summary.keyLongestShare > balanceLimits.maxKeyLongestShare) {
		problems.push(
			`${label}: the correct option is strictly the longest in ${(summary.keyLongestShare * 100).toFixed(0)}% of ${summary.questions} questions (limit ${balanceLimits.maxKeyLongestShare * 100}%). Tighten the keys or make the distractors as concrete as the key. Worst: ${worstIds}.`
		);
	}
	if (summary.medianRatio < balanceLimits.minMedianRatio || summary.medianRatio > balanceLimits.maxMedianRatio) {
		problems.push(
			`${label}: the median length ratio of correct option to mean distractor is ${summary.medianRatio.toFixed(2)} (allowed ${balanceLimits.minMedianRatio}–${balanceLimits.maxMedianRatio}). Worst: ${worstIds}.`
		);
	}
	return problems;
}
