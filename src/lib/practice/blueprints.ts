/**
 * Which exam guide a mock exam is weighted by. Questions belong to 2024-10
 * sub-objectives; each blueprint in the bank says which of its sections every
 * such sub-objective counts toward (`sectionOf`, built from the registry's
 * 2024-10 → 2026-06 mapping in bank.ts), so one function gives the draw pools
 * and the per-section score for either guide. Browser-safe: no registry import.
 */
import type { SectionPool } from './sampling';

/**
 * The blueprints a mock exam can be weighted by. Their data (weights, titles,
 * mapping) comes with the bank; the IDs are fixed here because stored exams
 * and history records name them (a unit test checks them against the registry).
 */
export const examBlueprintIds = ['2026-06', '2024-10'] as const;
export type ExamBlueprintId = (typeof examBlueprintIds)[number];

/** The June 2026 guide: the live English exam since 1 June 2026. */
export const defaultExamBlueprint: ExamBlueprintId = '2026-06';
/** What exams and records from before the choice existed were weighted by. */
export const legacyExamBlueprint: ExamBlueprintId = '2024-10';

/** How a blueprint is named in the setup, the result and the history. */
export const examBlueprintNames: Readonly<Record<ExamBlueprintId, string>> = {
	'2026-06': 'June 2026 guide',
	'2024-10': '2024-10 guide',
};

/** "Weighted by the June 2026 guide". */
export function weightedByText(id: ExamBlueprintId): string {
	return `Weighted by the ${examBlueprintNames[id]}`;
}

/** The blueprint a form value names, or the default for anything else. */
export function parseExamBlueprint(value: string | null | undefined): ExamBlueprintId {
	return examBlueprintIds.find((id) => id === value?.trim()) ?? defaultExamBlueprint;
}

export interface BlueprintSection {
	id: string;
	title: string;
	/** Weight in percent in this blueprint. */
	weight: number;
}

/** A blueprint as the bank carries it to the browser. */
export interface BankBlueprint {
	id: ExamBlueprintId;
	sections: BlueprintSection[];
	/** 2024-10 sub-objective ID → the section of this blueprint it counts toward (`5.3` → `2` in June 2026). */
	sectionOf: Record<string, string>;
}

interface Sectioned {
	id: string;
	section: string;
	objective: string;
}

/** The section a question counts toward under a blueprint (its own section when the mapping lacks it). */
export function blueprintSectionOf(blueprint: Pick<BankBlueprint, 'sectionOf'>, question: Sectioned): string {
	return blueprint.sectionOf[question.objective] ?? question.section;
}

/** The draw pools of a blueprint: each of its sections with its weight and the questions that count toward it. */
export function blueprintPools(blueprint: BankBlueprint, questions: readonly Sectioned[]): SectionPool[] {
	return blueprint.sections.map((section) => ({
		id: section.id,
		weight: section.weight,
		questionIds: questions.filter((q) => blueprintSectionOf(blueprint, q) === section.id).map((q) => q.id),
	}));
}

/** The questions with `section` set to the blueprint's section, for scoring per section of that blueprint. */
export function inBlueprintSections<T extends Sectioned>(
	blueprint: Pick<BankBlueprint, 'sectionOf'>,
	questions: readonly T[]
): T[] {
	return questions.map((q) => ({ ...q, section: blueprintSectionOf(blueprint, q) }));
}

/** The bank's data for a blueprint. The bank is built with every blueprint (bank.ts), so a missing one is a broken bank. */
export function examBlueprint(bank: { blueprints: readonly BankBlueprint[] }, id: ExamBlueprintId): BankBlueprint {
	const found = bank.blueprints.find((b) => b.id === id);
	if (!found) throw new Error(`the question bank has no data for the ${examBlueprintNames[id]}`);
	return found;
}
