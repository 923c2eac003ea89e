/**
 * The readiness dashboard's rows, built at build time from the registry: the
 * sections of the June 2026 guide (the mock exam's default weighting) with
 * their weights, and under each the 2024-10 sub-objectives that count toward
 * it (5.3 under Section 2), with their study pages, question ids and card ids.
 */
import { blueprint2026, getObjective, objectiveIds } from '../registry';
import { june2026SectionOf } from '../june-2026';
import { entryPath } from '../urls';
import { sectionIdOf } from '../ids';
import { objectiveWeights } from './readiness';

export interface OutlinePage {
	/** Docs entry id: the key of its studied mark. */
	id: string;
	/** Root-relative path (no base). */
	path: string;
	title: string;
}

export interface OutlineObjective {
	id: string;
	title: string;
	/** Exam weight in percent carried by this objective under the June 2026 guide. */
	weight: number;
	pages: OutlinePage[];
	questionIds: string[];
	cardIds: string[];
}

export interface OutlineSection {
	id: string;
	title: string;
	weight: number;
	objectives: OutlineObjective[];
}

/** The guide whose weights the dashboard uses, named as the mock exam's setup names it. */
export const readinessBlueprintId = blueprint2026.id;

export function readinessOutline(
	pages: readonly { id: string; title: string; objectives: readonly string[] }[],
	questionIds: ReadonlyMap<string, readonly string[]>,
	cards: readonly { id: string; objective: string }[]
): OutlineSection[] {
	const sections = blueprint2026.sections.map((s) => ({
		...s,
		objectiveIds: objectiveIds.filter((id) => june2026SectionOf(id) === s.id).sort(numeric),
	}));
	const weights = objectiveWeights(sections);
	return sections.map((section) => ({
		id: section.id,
		title: section.title,
		weight: section.weight,
		objectives: section.objectiveIds.map((id) => ({
			id,
			title: getObjective(id)!.title,
			weight: weights.get(id)!,
			pages: pages
				.filter((p) => p.objectives.includes(id))
				.map((p) => ({ id: p.id, path: entryPath(p.id), title: p.title }))
				.sort((a, b) => a.id.localeCompare(b.id)),
			questionIds: [...(questionIds.get(id) ?? [])],
			cardIds: cards.filter((c) => c.objective === id).map((c) => c.id),
		})),
	}));
}

/**
 * The objectives grouped under another section than their own 2024-10 one,
 * for the page to say so ("5.3 counts toward Section 2"), from the mapping
 * rather than restated by hand.
 */
export function movedObjectives(outline: readonly OutlineSection[]): { id: string; section: string }[] {
	return outline.flatMap((section) =>
		section.objectives.filter((o) => sectionIdOf(o.id) !== section.id).map((o) => ({ id: o.id, section: section.id }))
	);
}

const numeric = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true });
