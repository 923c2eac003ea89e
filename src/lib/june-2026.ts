/**
 * The June 2026 exam guide seen through this site: for each of its sections and
 * sub-objectives, the study pages that teach it (through the registry's
 * 2024-10 → 2026-06 mapping) and, for each topic the guide adds, the headings
 * that teach it or the plain fact that none does yet. One function feeds the
 * "Study by the June 2026 guide" page, the section overviews and their tests;
 * the reverse mapping feeds the mock exam's June 2026 weighting and the search
 * filter.
 */
import { considerationCoverage, objectiveCoverage, type StudyPageInfo } from './coverage';
import type { TocItemLike } from './study-page-sections';
import {
	blueprint2026,
	get2026Objective,
	getConsideration,
	getObjective,
	mapping2024To2026,
	subObjectives,
} from './registry';

/** The June 2026 sub-objectives a 2024-10 sub-objective maps to (`1.3` → `["1.1"]`). */
export function june2026ObjectivesOf(objectiveId: string): readonly string[] {
	return mapping2024To2026[objectiveId] ?? [];
}

/**
 * The June 2026 section a 2024-10 sub-objective counts toward (`5.3` → `2`):
 * the section of its first June 2026 counterpart. Every sub-objective maps to
 * exactly one today; should one ever map to several, the first decides.
 */
export function june2026SectionOf(objectiveId: string): string {
	const first = june2026ObjectivesOf(objectiveId)[0];
	const found = first ? get2026Objective(first) : undefined;
	if (!found) {
		throw new Error(
			`src/data/blueprint-2026-06.ts: mapping2024To2026 has no June 2026 sub-objective for "${objectiveId}". Map every 2024-10 sub-objective to at least one June 2026 sub-objective, such as '1.3': ['1.1'].`
		);
	}
	return found.section.id;
}

/** The 2024-10 sub-objectives that map to a June 2026 sub-objective (`2.3` → `["2.3", "5.3"]`). */
export function objectivesMappedTo(objective2026Id: string): string[] {
	return subObjectives.map((o) => o.id).filter((id) => june2026ObjectivesOf(id).includes(objective2026Id));
}

/** Path of the "Study by the June 2026 guide" page (src/content/docs/june-2026-guide.mdx). */
export const june2026PagePath = '/june-2026-guide/';

/** Fragment of a June 2026 sub-objective on the June 2026 page: `1.1` → `june-2026-1-1`. */
export function june2026Anchor(objective2026Id: string): string {
	return `june-2026-${objective2026Id.replace('.', '-')}`;
}

/** Fragment of a June 2026 section on the June 2026 page: `1` → `june-2026-section-1`. */
export function june2026SectionAnchor(sectionId: string): string {
	return `june-2026-section-${sectionId}`;
}

/** Heading text of a June 2026 section on the page, such as "Section 1: Architecting low-code AI solutions (13%)". */
export function june2026SectionHeading(section: { id: string; title: string; weight: number }): string {
	return `Section ${section.id}: ${section.title} (${section.weight}%)`;
}

/**
 * The page's headings come from a component, which Starlight's table of
 * contents does not see; the route middleware adds these entries instead.
 */
export function june2026TocItems(): TocItemLike[] {
	return blueprint2026.sections.map((section) => ({
		depth: 2,
		slug: june2026SectionAnchor(section.id),
		text: june2026SectionHeading(section),
		children: section.subObjectives.map((o) => ({
			depth: 3,
			slug: june2026Anchor(o.id),
			text: `${o.id} ${o.title}`,
			children: [],
		})),
	}));
}

/** A link to a place on a study page; `path` is root-relative (no base). */
export interface StudyLink {
	/** The 2024-10 sub-objective or consideration ID it stands for. */
	id: string;
	/** What the link says: the objective's title or the consideration's label. */
	label: string;
	path: string;
	fragment?: string;
	pageTitle: string;
}

/** A 2024-10 sub-objective that feeds a June 2026 one, with its study page when written. */
export interface MappedObjective {
	id: string;
	title: string;
	/** True when it sits under a different number in June 2026 (1.3 → 1.1). */
	moved: boolean;
	study?: StudyLink;
}

export interface OutlineTopic {
	topic: string;
	/** The headings that teach it; empty when no study page does yet. */
	taughtIn: StudyLink[];
}

export interface OutlineObjective {
	id: string;
	title: string;
	anchor: string;
	from: MappedObjective[];
	/** True when at least one of the 2024-10 sub-objectives it draws from has a study page. */
	taught: boolean;
	added: OutlineTopic[];
}

export interface OutlineSection {
	id: string;
	title: string;
	/** June 2026 weight in percent. */
	weight: number;
	objectives: OutlineObjective[];
}

/** The June 2026 outline with what the given study pages teach of it. */
export function june2026Outline(pages: readonly StudyPageInfo[]): OutlineSection[] {
	const byObjective = objectiveCoverage(pages);
	const byConsideration = considerationCoverage(pages);
	return blueprint2026.sections.map((section) => ({
		id: section.id,
		title: section.title,
		weight: section.weight,
		objectives: section.subObjectives.map((objective) => {
			const from = objectivesMappedTo(objective.id).map((id): MappedObjective => {
				const page = byObjective.get(id);
				const title = getObjective(id)!.title;
				return {
					id,
					title,
					moved: id !== objective.id,
					...(page && { study: { id, label: title, path: page.path, pageTitle: page.title } }),
				};
			});
			return {
				id: objective.id,
				title: objective.title,
				anchor: june2026Anchor(objective.id),
				from,
				taught: from.some((o) => o.study),
				added: objective.added.map(({ topic, taughtIn }) => ({
					topic,
					taughtIn: taughtIn.flatMap((id): StudyLink[] => {
						const target = byConsideration.get(id);
						return target
							? [
									{
										id,
										label: getConsideration(id)!.label,
										path: target.path,
										fragment: target.fragment,
										pageTitle: target.title,
									},
								]
							: [];
					}),
				})),
			};
		}),
	}));
}

export interface OutlineCounts {
	objectives: { taught: number; total: number };
	topics: { taught: number; total: number };
}

/** How much of the outline the site teaches: sub-objectives and added topics. */
export function outlineCounts(outline: readonly OutlineSection[]): OutlineCounts {
	const objectives = outline.flatMap((s) => s.objectives);
	const topics = objectives.flatMap((o) => o.added);
	return {
		objectives: { taught: objectives.filter((o) => o.taught).length, total: objectives.length },
		topics: { taught: topics.filter((t) => t.taughtIn.length > 0).length, total: topics.length },
	};
}

/** A study link as an href, with the base path applied by `withBase`. */
export function studyHref(link: Pick<StudyLink, 'path' | 'fragment'>, withBase: (path: string) => string): string {
	return `${withBase(link.path)}${link.fragment ? `#${link.fragment}` : ''}`;
}
