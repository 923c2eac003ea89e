/**
 * The closing sections every study page gets, in the content standard's order
 * (8. Check yourself, 9. Sources). They are generated, not written, so no page
 * can forget or misorder them; this module names them once for the renderer
 * and for the table of contents.
 */
export const closingSections = [
	{ slug: 'check-yourself', text: 'Check yourself' },
	{ slug: 'sources', text: 'Sources' },
] as const;

export interface TocItemLike {
	depth: number;
	slug: string;
	text: string;
	children: TocItemLike[];
}

/** Appends the closing sections to a table of contents, unless already present. */
export function withClosingSections<T extends TocItemLike>(items: T[]): T[] {
	const present = new Set(items.map((item) => item.slug));
	const extra = closingSections
		.filter((section) => !present.has(section.slug))
		.map((section) => ({ depth: 2, slug: section.slug, text: section.text, children: [] }) as unknown as T);
	return [...items, ...extra];
}
