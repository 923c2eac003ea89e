/**
 * Which study page covers which sub-objective and consideration. Used by the
 * overview pages (to link written pages and mark the rest "not yet written")
 * and by the permalink routes.
 */
import { considerationAnchor } from './anchors';
import { entryPath } from './urls';
import type { Section } from '../schemas/registry';

export interface StudyPageInfo {
	/** Docs collection id, such as `section-1/bigquery-ml`. */
	id: string;
	title: string;
	objectives: readonly string[];
	considerations: readonly string[];
}

export interface CoverageTarget {
	/** Root-relative path of the page (no base). */
	path: string;
	/** Fragment without `#`, for considerations. */
	fragment?: string;
	title: string;
}

/** Maps each sub-objective ID to the first study page that covers it. */
export function objectiveCoverage(pages: readonly StudyPageInfo[]): Map<string, CoverageTarget> {
	const map = new Map<string, CoverageTarget>();
	for (const page of [...pages].sort((a, b) => a.id.localeCompare(b.id))) {
		for (const objective of page.objectives) {
			if (!map.has(objective)) map.set(objective, { path: entryPath(page.id), title: page.title });
		}
	}
	return map;
}

/** Maps each consideration ID to the page and heading that covers it. */
export function considerationCoverage(pages: readonly StudyPageInfo[]): Map<string, CoverageTarget> {
	const map = new Map<string, CoverageTarget>();
	for (const page of [...pages].sort((a, b) => a.id.localeCompare(b.id))) {
		for (const consideration of page.considerations) {
			if (!map.has(consideration)) {
				map.set(consideration, {
					path: entryPath(page.id),
					fragment: considerationAnchor(consideration),
					title: page.title,
				});
			}
		}
	}
	return map;
}

/** Number of considerations in a section, over all its sub-objectives. */
export function considerationCount(section: Pick<Section, 'subObjectives'>): number {
	return section.subObjectives.reduce((n, o) => n + o.considerations.length, 0);
}

/**
 * The sub-objectives of a section that have no study page yet. Their section
 * overview stands in for them (search filters, permalinks) until a page exists.
 */
export function unwrittenObjectives(
	section: Pick<Section, 'subObjectives'>,
	pages: readonly StudyPageInfo[]
): string[] {
	const written = objectiveCoverage(pages);
	return section.subObjectives.map((o) => o.id).filter((id) => !written.has(id));
}
