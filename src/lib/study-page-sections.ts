/**
 * The closing sections every study page gets, in the content standard's order:
 * Hands-on (only when the page lists official labs in `handsOn`), Check
 * yourself, Sources. They are generated, not written, so no page can forget or
 * misorder them; this module names them once for the renderer and for the
 * table of contents.
 */
export const closingSections = [
	{ slug: 'hands-on', text: 'Hands-on' },
	{ slug: 'check-yourself', text: 'Check yourself' },
	{ slug: 'sources', text: 'Sources' },
] as const;

export type ClosingSection = (typeof closingSections)[number];

/** The closing sections of one page: Hands-on only if it has hands-on links. */
export function closingSectionsFor(page: { handsOn?: readonly unknown[] | undefined }): ClosingSection[] {
	return closingSections.filter((section) => section.slug !== 'hands-on' || (page.handsOn?.length ?? 0) > 0);
}

export interface TocItemLike {
	depth: number;
	slug: string;
	text: string;
	children: TocItemLike[];
}

/** Appends a page's closing sections to its table of contents, unless already present. */
export function withClosingSections<T extends TocItemLike>(
	items: T[],
	sections: readonly ClosingSection[] = closingSectionsFor({})
): T[] {
	const present = new Set(items.map((item) => item.slug));
	const extra = sections
		.filter((section) => !present.has(section.slug))
		.map((section) => ({ depth: 2, slug: section.slug, text: section.text, children: [] }) as unknown as T);
	return [...items, ...extra];
}
