/**
 * Which study page covers which sub-objective and consideration. Used by the
 * overview pages (to link written pages and mark the rest "not yet written")
 * and by the permalink routes.
 */
import { considerationAnchor } from './anchors';
import { entryPath } from './urls';

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
