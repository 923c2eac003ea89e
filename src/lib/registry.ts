/**
 * Look-ups over the registries. Pure functions with no Astro imports, so that
 * schemas, components, routes and unit tests share one implementation.
 */
import { blueprint2024 } from '../data/blueprint-2024-10';
import { blueprint2026, mapping2024To2026 } from '../data/blueprint-2026-06';
import { products } from '../data/products';
import { sectionIdOf } from './ids';
import type { Consideration, Product, Section, SubObjective } from '../schemas/registry';

export { blueprint2024, blueprint2026, mapping2024To2026, products };

export const sections: readonly Section[] = blueprint2024.sections;

export const subObjectives: readonly SubObjective[] = sections.flatMap((s) => s.subObjectives);

export const considerations: readonly Consideration[] = subObjectives.flatMap((o) => o.considerations);

export const objectiveIds: readonly string[] = subObjectives.map((o) => o.id);
export const considerationIds: readonly string[] = considerations.map((c) => c.id);
export const productIds: readonly string[] = products.map((p) => p.id);
export const objective2026Ids: readonly string[] = blueprint2026.sections.flatMap((s) =>
	s.subObjectives.map((o) => o.id)
);

export function getSection(id: string): Section | undefined {
	return sections.find((s) => s.id === id);
}

export function getObjective(id: string): SubObjective | undefined {
	return subObjectives.find((o) => o.id === id);
}

export function getConsideration(id: string): Consideration | undefined {
	return considerations.find((c) => c.id === id);
}

export function getProduct(id: string): Product | undefined {
	return products.find((p) => p.id === id);
}

/** The section a sub-objective (`1.2`) or consideration (`1.2.3`) belongs to. */
export function sectionOf(id: string): Section | undefined {
	return getSection(sectionIdOf(id));
}

/** June 2026 sub-objective with its section, or undefined. */
export function get2026Objective(id: string) {
	for (const section of blueprint2026.sections) {
		const objective = section.subObjectives.find((o) => o.id === id);
		if (objective) return { section, objective };
	}
	return undefined;
}

/** Formats a list of allowed values for an error message, eliding long lists. */
export function describeAllowed(values: readonly string[], max = 20): string {
	const shown = values.slice(0, max).map((v) => `"${v}"`);
	return values.length > max ? `${shown.join(', ')}, … (${values.length} in all)` : shown.join(', ');
}
