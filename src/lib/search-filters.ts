/**
 * Pagefind filter values for a page, worded as a candidate reads them. They are
 * emitted as inline attribute values (`data-pagefind-filter="objective:…"`), so
 * they never enter the indexed text or the result excerpts.
 */
import { get2026Objective, getObjective, getProduct, sectionOf } from './registry';
import { sectionIdOf } from './ids';
import { june2026ObjectivesOf } from './june-2026';

/**
 * The June 2026 filter. Pagefind's search dialog shows a filter's name as its
 * heading, so the name is the label a candidate reads; `objective` is the
 * 2024-10 sub-objective, the structure of the site.
 */
export const june2026Filter = 'June 2026 objective';

export interface FilterValue {
	filter: 'section' | 'objective' | 'product' | typeof june2026Filter;
	value: string;
}

export function sectionFilterLabel(sectionId: string): string {
	const section = sectionOf(sectionId);
	return section ? `Section ${section.id}: ${section.title}` : `Section ${sectionId}`;
}

export function objectiveFilterLabel(objectiveId: string): string {
	const objective = getObjective(objectiveId);
	return objective ? `${objective.id} ${objective.title}` : objectiveId;
}

/** `1.1` (June 2026 numbering) → "1.1 Developing ML models with BigQuery ML and AutoML". */
export function june2026FilterLabel(objective2026Id: string): string {
	const found = get2026Objective(objective2026Id);
	return found ? `${found.objective.id} ${found.objective.title}` : objective2026Id;
}

/** The June 2026 filter values of pages teaching these 2024-10 sub-objectives, from the registry's mapping. */
export function june2026Filters(objectives: readonly string[]): FilterValue[] {
	const ids = [...new Set(objectives.flatMap(june2026ObjectivesOf))];
	return ids.map((id) => ({ filter: june2026Filter, value: june2026FilterLabel(id) }));
}

export function pageFilters(objectives: readonly string[], products: readonly string[]): FilterValue[] {
	const sectionIds = [...new Set(objectives.map(sectionIdOf))];
	return [
		...sectionIds.map((id) => ({ filter: 'section' as const, value: sectionFilterLabel(id) })),
		...objectives.map((id) => ({ filter: 'objective' as const, value: objectiveFilterLabel(id) })),
		...june2026Filters(objectives),
		...products.map((id) => ({ filter: 'product' as const, value: getProduct(id)?.name ?? id })),
	];
}

/** Pagefind's inline filter syntax is `name:value`; a colon in the value is fine after the first. */
export function filterAttribute({ filter, value }: FilterValue): string {
	return `${filter}:${value}`;
}

/**
 * Former names and aliases of the products a page discusses, for Pagefind's
 * `aliases` metadata field: a search for "Cloud Composer" or "AI Platform" then
 * finds the page written with current names. Metadata is searchable and
 * weighted (`ranking.metaWeights`) but never shown in excerpts.
 */
export function searchAliases(productIds: readonly string[]): string {
	const terms = new Set<string>();
	for (const id of productIds) {
		const product = getProduct(id);
		if (!product) continue;
		for (const former of product.formerNames) terms.add(former.name);
		for (const alias of product.aliases) terms.add(alias);
	}
	return [...terms].join(', ');
}
