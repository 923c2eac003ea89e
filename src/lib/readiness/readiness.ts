/**
 * The readiness dashboard's arithmetic, pure and browser-safe: what counts as
 * ready for one sub-objective, which objectives to work on next, and the
 * per-section scores of past mock exams. The page gathers the figures (from
 * the progress document, the studied marks and the flashcard states); this
 * module decides what they mean.
 *
 * Readiness of an objective, 0 to 1, is a weighted mean of what it has:
 * - studied: share of its study pages marked as studied (weight 0.2);
 * - practice: share of its questions whose last answer was right, unanswered
 *   ones counting as not right (weight 0.5; mock-exam answers count too, as
 *   the exam records them as attempts);
 * - flashcards: mean predicted recall (FSRS retrievability, now) over its
 *   cards, cards never reviewed counting 0 (weight 0.3).
 * A part the objective does not have (no study page, no questions, no cards)
 * is left out and the other weights scale up. Priority is the objective's
 * exam weight times what is missing, `weight × (1 − readiness)`: on a first
 * visit the heaviest objectives come first, later the weakest heavy ones.
 */
import { examBlueprint, inBlueprintSections, type BankBlueprint, type ExamBlueprintId } from '../practice/blueprints';
import { scoreAnswers, type ScorableQuestion, type ScoreLine } from '../practice/scoring';

export const readinessParts = { studied: 0.2, practice: 0.5, cards: 0.3 } as const;

/** What the page knows about one sub-objective. */
export interface ObjectiveFigures {
	id: string;
	/** Exam weight, in percent, carried by this objective (see objectiveWeights). */
	weight: number;
	pages: number;
	studied: number;
	questions: number;
	/** Questions answered at least once. */
	answered: number;
	/** Questions whose last answer was right. */
	correct: number;
	cards: number;
	/** Cards reviewed at least once. */
	reviewed: number;
	/** Sum of the predicted recall (0–1) of the reviewed cards. */
	recall: number;
	/** Reviewed cards due now. */
	due: number;
}

/** Readiness from 0 to 1 (see the module comment). */
export function readiness(o: ObjectiveFigures): number {
	const parts: [number, number][] = [];
	if (o.pages > 0) parts.push([readinessParts.studied, Math.min(o.studied, o.pages) / o.pages]);
	if (o.questions > 0) parts.push([readinessParts.practice, Math.min(o.correct, o.questions) / o.questions]);
	if (o.cards > 0) parts.push([readinessParts.cards, Math.min(o.recall, o.cards) / o.cards]);
	const weights = parts.reduce((sum, [w]) => sum + w, 0);
	return weights === 0 ? 0 : parts.reduce((sum, [w, value]) => sum + w * value, 0) / weights;
}

/** How much of the exam is still at stake in this objective: `weight × (1 − readiness)`. */
export function priority(o: ObjectiveFigures): number {
	return o.weight * (1 - readiness(o));
}

/**
 * Each objective's share of the exam: its section's weight split evenly among
 * the objectives that count toward that section (the guide gives no finer weights).
 */
export function objectiveWeights(
	sections: readonly { weight: number; objectiveIds: readonly string[] }[]
): Map<string, number> {
	const weights = new Map<string, number>();
	for (const section of sections)
		for (const id of section.objectiveIds) weights.set(id, section.weight / section.objectiveIds.length);
	return weights;
}

/** Below this share of right answers (of those answered), practising the objective again comes next. */
export const retryBelow = 0.8;
/** Objectives at or above this readiness are not suggested. */
export const readyAt = 0.9;

export type StepKind = 'study' | 'practice' | 'retry' | 'cards';

export interface NextStep {
	objective: string;
	kind: StepKind;
	/** The figure behind the step: pages not studied, questions unanswered, or cards due or new. */
	count: number;
	readiness: number;
}

/** The most useful thing to do for one objective, or undefined when it is ready or has nothing to offer. */
export function stepFor(o: ObjectiveFigures): NextStep | undefined {
	const r = readiness(o);
	if (r >= readyAt) return undefined;
	const step = (kind: StepKind, count: number): NextStep => ({ objective: o.id, kind, count, readiness: r });
	if (o.studied < o.pages) return step('study', o.pages - o.studied);
	if (o.answered < o.questions) return step('practice', o.questions - o.answered);
	if (o.answered > 0 && o.correct / o.answered < retryBelow) return step('retry', o.answered - o.correct);
	const waiting = o.due + (o.cards - o.reviewed);
	if (waiting > 0) return step('cards', waiting);
	if (o.questions > 0) return step('retry', o.answered - o.correct);
	return undefined;
}

/** Up to `limit` steps, highest priority first; on a tie the heavier objective, then blueprint order. */
export function nextSteps(objectives: readonly ObjectiveFigures[], limit = 5): NextStep[] {
	return objectives
		.map((o, index) => ({ o, index, p: priority(o) }))
		.sort((a, b) => b.p - a.p || b.o.weight - a.o.weight || a.index - b.index)
		.flatMap(({ o }) => {
			const step = stepFor(o);
			return step ? [step] : [];
		})
		.slice(0, limit);
}

export interface ExamSummaryLine {
	id: string;
	finishedAt: string;
	blueprint: ExamBlueprintId;
	overall: ScoreLine;
	/** Per section of the exam's own guide, in id order. */
	sections: ScoreLine[];
}

interface ExamLike {
	id: string;
	finishedAt: string;
	blueprint: ExamBlueprintId;
	questionIds: readonly string[];
	answers: Readonly<Record<string, readonly number[]>>;
}

/**
 * The most recent `limit` mock exams, newest first, scored per section of the
 * guide each was weighted by (as its result screen shows it). Questions since
 * removed from the bank are left out of the score.
 */
export function examHistory(
	exams: readonly ExamLike[],
	bank: { blueprints: readonly BankBlueprint[]; questions: readonly ScorableQuestion[] },
	limit = 5
): ExamSummaryLine[] {
	const byId = new Map(bank.questions.map((q) => [q.id, q]));
	return [...exams]
		.sort((a, b) => Date.parse(b.finishedAt) - Date.parse(a.finishedAt))
		.slice(0, limit)
		.map((exam) => {
			const questions = exam.questionIds.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
			const score = scoreAnswers(inBlueprintSections(examBlueprint(bank, exam.blueprint), questions), exam.answers);
			return {
				id: exam.id,
				finishedAt: exam.finishedAt,
				blueprint: exam.blueprint,
				overall: score.overall,
				sections: score.sections,
			};
		});
}

/** The links of one objective, as the dashboard renders them (hrefs with the base). */
export interface ObjectiveLinks {
	pages: readonly { id: string; href: string; title: string }[];
	practiceHref?: string;
	cardsHref?: string;
}

/**
 * A step as a link: a study step opens the first of the objective's pages not
 * yet studied, a flashcard step its deck, any other step its practice page.
 * One function for the first-visit list rendered at build time and the one the
 * script renders from the candidate's data.
 */
export function stepLink(
	step: NextStep,
	links: ObjectiveLinks,
	isStudied: (pageId: string) => boolean = () => false
): { href: string | undefined; label: string } {
	const page = links.pages.find((p) => !isStudied(p.id)) ?? links.pages[0];
	const href = step.kind === 'study' ? page?.href : step.kind === 'cards' ? links.cardsHref : links.practiceHref;
	return { href, label: stepLabel(step, page?.title) };
}

/** What a step asks, as its link text: "Read “BigQuery ML: …”", "Answer 8 new questions of 1.1". */
export function stepLabel(step: NextStep, pageTitle = 'the study page'): string {
	const n = step.count;
	switch (step.kind) {
		case 'study':
			return `Read “${pageTitle}”`;
		case 'practice':
			return `Answer ${n} new question${n === 1 ? '' : 's'} of ${step.objective}`;
		case 'retry':
			return n > 0
				? `Retry ${step.objective}: ${n} question${n === 1 ? '' : 's'} last answered wrong`
				: `Practice ${step.objective} again`;
		case 'cards':
			return `Review ${n} flashcard${n === 1 ? '' : 's'} of ${step.objective}`;
	}
}

/** "4.3%" for an objective's weight (one decimal only when needed). */
export function weightText(weight: number): string {
	return `${Number.isInteger(weight) ? weight : weight.toFixed(1)}%`;
}

/** An objective with nothing done yet, for the first-visit suggestions rendered at build time. */
export function untouched(
	o: Pick<ObjectiveFigures, 'id' | 'weight' | 'pages' | 'questions' | 'cards'>
): ObjectiveFigures {
	return { ...o, studied: 0, answered: 0, correct: 0, reviewed: 0, recall: 0, due: 0 };
}
