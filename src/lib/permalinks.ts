/**
 * Short permalinks that survive reorganisation: `/o/1.1/` for a sub-objective
 * and `/o/1.1.2/` for a consideration. Each redirects to the study page (and
 * heading) that covers it today, or to its section overview while no study page
 * exists. Generated from frontmatter and the registry, never written by hand.
 */
import { considerationCoverage, objectiveCoverage, type StudyPageInfo } from './coverage';
import { objectiveAnchor, objectiveIdOf } from './ids';
import { considerations, sectionOf, subObjectives } from './registry';
import { sectionPath } from './urls';

export interface Permalink {
	/** The objective or consideration ID, used as the path segment. */
	id: string;
	/** Root-relative target path (no base), with its fragment if any. */
	target: string;
	/** What the link points to, for the redirect page. */
	label: string;
}

export function buildPermalinks(pages: readonly StudyPageInfo[]): Permalink[] {
	const byObjective = objectiveCoverage(pages);
	const byConsideration = considerationCoverage(pages);
	const overview = (objectiveId: string) =>
		`${sectionPath(sectionOf(objectiveId)!.slug)}#${objectiveAnchor(objectiveId)}`;

	return [
		...subObjectives.map((objective) => {
			const page = byObjective.get(objective.id);
			return {
				id: objective.id,
				target: page ? page.path : overview(objective.id),
				label: `${objective.id} ${objective.title}`,
			};
		}),
		...considerations.map((consideration) => {
			const page = byConsideration.get(consideration.id);
			const objectiveId = objectiveIdOf(consideration.id);
			return {
				id: consideration.id,
				target: page ? `${page.path}#${page.fragment}` : overview(objectiveId),
				label: `${consideration.id} ${consideration.text}`,
			};
		}),
	];
}
