/**
 * The options-only check of the question standard (CONTRIBUTING.md, "The scenario
 * decides"): shown only a question's options, shuffled, without its scenario, a
 * careful expert should not be able to pick the answer for most questions. The
 * option-balance figures catch answers given away by length; this check catches
 * the rest (the only managed design, the only option without a built-in flaw),
 * which only a reader can judge. This module builds the sheet that reader answers
 * and scores the answers; `npm run questions:blind` wraps it for authors.
 */
import { hashString, seededRandom, shuffled } from './random';
import { positionLetter } from './option-order';

/** The parts of a question the check needs. */
export interface OptionsOnlyQuestion {
	id: string;
	objective: string;
	/** How many options are correct (1 or 2). */
	select: number;
	options: readonly { text: string; correct: boolean }[];
}

/** One item of the sheet: a question's options in a shuffled order, under a neutral number. */
export interface SheetItem {
	/** 1-based; says nothing about the question's id, objective or place in the bank. */
	item: number;
	select: number;
	options: string[];
}

/** What the author keeps (and the reader never sees): which question each item is, and its correct letters. */
export interface SheetKeyEntry {
	id: string;
	objective: string;
	correct: string[];
}

export interface OptionsOnlySheet {
	seed: number;
	items: SheetItem[];
	/** By item number, as a string (the answers file uses the same keys). */
	key: Record<string, SheetKeyEntry>;
}

/** How sure the reader was. "sure" and "lean" picks of the key are the giveaways to rewrite. */
export const confidenceLevels = ['sure', 'lean', 'guess'] as const;
export type Confidence = (typeof confidenceLevels)[number];

/** One answer of the reader, for one item. */
export interface SheetAnswer {
	pick: string[];
	confidence: Confidence;
	/** What gave the answer away, in the reader's words (for "sure" and "lean"). */
	cue?: string;
}

export interface Tally {
	answered: number;
	/** Answers that picked exactly the correct letters. */
	keyed: number;
}

export interface OptionsOnlyScore extends Tally {
	/** Items of the sheet the answers left out. */
	unanswered: number;
	byConfidence: Record<Confidence, Tally>;
	byObjective: Record<string, Tally>;
	/** Keys picked with "sure" or "lean": the questions whose options give the answer away, surest first. */
	giveaways: { id: string; objective: string; confidence: Confidence; cue: string }[];
}

/**
 * The sheet for a set of questions: question order and each question's option
 * order shuffled from `seed`, so the same seed gives the same sheet.
 */
export function buildSheet(questions: readonly OptionsOnlyQuestion[], seed: number): OptionsOnlySheet {
	const order = shuffled(questions, seededRandom(seed));
	const items: SheetItem[] = [];
	const key: Record<string, SheetKeyEntry> = {};
	order.forEach((question, index) => {
		const item = index + 1;
		const options = shuffled(question.options, seededRandom(hashString(`${seed}:${question.id}`)));
		items.push({ item, select: question.select, options: options.map((option) => option.text.trim()) });
		key[String(item)] = {
			id: question.id,
			objective: question.objective,
			correct: options.flatMap((option, position) => (option.correct ? [positionLetter(position)] : [])),
		};
	});
	return { seed, items, key };
}

/** The sheet as the reader gets it: numbered items, lettered options, nothing else. */
export function sheetMarkdown(sheet: OptionsOnlySheet): string {
	const blocks = sheet.items.map(
		({ item, select, options }) =>
			`## Item ${item} (choose ${select})\n\n${options.map((text, i) => `${positionLetter(i)}. ${text.replace(/\s*\n\s*/g, ' ')}`).join('\n')}\n`
	);
	return `# Options only (${sheet.items.length} items)\n\n${blocks.join('\n')}`;
}

/** An error in an answers file, naming the item and field and what is allowed. */
export class AnswersFileError extends Error {
	override name = 'AnswersFileError';
}

/**
 * Checks a reader's answers against the sheet they answered: an object keyed by item
 * number, each `{ pick: ["B"], confidence: "sure" | "lean" | "guess", cue?: "…" }`.
 * Items may be missing (they count as unanswered); anything else wrong throws.
 */
export function parseAnswers(
	data: unknown,
	sheet: Pick<OptionsOnlySheet, 'items'>,
	file: string
): Record<string, SheetAnswer> {
	const fail = (where: string, problem: string) => {
		throw new AnswersFileError(`${file}: ${where}: ${problem}`);
	};
	if (typeof data !== 'object' || data === null || Array.isArray(data)) {
		fail(
			'the file',
			'expected one JSON object keyed by item number, such as {"1": {"pick": ["B"], "confidence": "lean"}}'
		);
	}
	const items = new Map(sheet.items.map((item) => [String(item.item), item]));
	const answers: Record<string, SheetAnswer> = {};
	for (const [number, value] of Object.entries(data as Record<string, unknown>)) {
		const item = items.get(number);
		if (!item) fail(`item "${number}"`, `there is no such item; the sheet has items 1 to ${items.size}`);
		const answer = value as Partial<Record<keyof SheetAnswer, unknown>> | null;
		const letters = item!.options.map((_, i) => positionLetter(i));
		const pick = answer?.pick;
		if (
			!Array.isArray(pick) ||
			pick.length !== item!.select ||
			new Set(pick).size !== pick.length ||
			!pick.every((letter) => typeof letter === 'string' && letters.includes(letter))
		) {
			fail(
				`item ${number}, field "pick"`,
				`got ${JSON.stringify(pick)}; expected ${item!.select} different letter${item!.select === 1 ? '' : 's'} of ${letters.join(', ')}`
			);
		}
		const confidence = answer?.confidence;
		if (!confidenceLevels.includes(confidence as Confidence)) {
			fail(
				`item ${number}, field "confidence"`,
				`got ${JSON.stringify(confidence)}; allowed: ${confidenceLevels.join(', ')}`
			);
		}
		if (answer?.cue !== undefined && typeof answer.cue !== 'string') {
			fail(`item ${number}, field "cue"`, 'expected text, or leave it out');
		}
		answers[number] = {
			pick: pick as string[],
			confidence: confidence as Confidence,
			...(answer?.cue ? { cue: answer.cue as string } : {}),
		};
	}
	return answers;
}

const emptyTally = (): Tally => ({ answered: 0, keyed: 0 });

/** How often the reader found the key from the options alone, overall, by confidence and by objective. */
export function scoreAnswers(key: OptionsOnlySheet['key'], answers: Record<string, SheetAnswer>): OptionsOnlyScore {
	const score: OptionsOnlyScore = {
		...emptyTally(),
		unanswered: 0,
		byConfidence: { sure: emptyTally(), lean: emptyTally(), guess: emptyTally() },
		byObjective: {},
		giveaways: [],
	};
	for (const [item, entry] of Object.entries(key)) {
		const answer = answers[item];
		if (!answer) {
			score.unanswered++;
			continue;
		}
		const keyed = [...answer.pick].sort().join() === [...entry.correct].sort().join();
		const objective = (score.byObjective[entry.objective] ??= emptyTally());
		for (const tally of [score, score.byConfidence[answer.confidence], objective]) {
			tally.answered++;
			if (keyed) tally.keyed++;
		}
		if (keyed && answer.confidence !== 'guess') {
			score.giveaways.push({
				id: entry.id,
				objective: entry.objective,
				confidence: answer.confidence,
				cue: answer.cue ?? '',
			});
		}
	}
	score.giveaways.sort(
		(a, b) =>
			confidenceLevels.indexOf(a.confidence) - confidenceLevels.indexOf(b.confidence) ||
			a.objective.localeCompare(b.objective, 'en', { numeric: true }) ||
			a.id.localeCompare(b.id)
	);
	return score;
}
