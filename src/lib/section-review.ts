/**
 * Section reviews (`/section-N/review/`): the decision tables and exam traps of
 * a section's study pages on one printable page. They are collected from each
 * study page's rendered tree while that page is built
 * (src/plugins/rehype-review-items.ts), so a review never restates a page by
 * hand and a correction on the page reaches the review with the next build.
 *
 * What is collected, by conventions the content standard already sets:
 * - a decision table is a table whose header row starts with "Choose"
 *   (Choose | When | Avoid when | Exam clue words);
 * - an exam trap is a caution aside titled "Exam trap" (`:::caution[Exam trap]`).
 */
import type { Element, Root } from 'hast';
import { considerationAnchor } from './anchors';
import { objectiveAnchor } from './ids';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';

/** First header cell of a decision table. */
export const decisionTableFirstHeader = 'Choose';
/** Title of an exam-trap aside. */
export const examTrapTitle = 'Exam trap';
/** Key under which the plugin stores a study page's items in its rendered frontmatter. */
export const reviewItemsKey = 'reviewItems';

export interface ReviewHeading {
	/** Fragment of the heading on its study page, without `#`. */
	id: string;
	/** Plain text of the heading. */
	text: string;
	depth: number;
}

export interface ReviewItem {
	kind: 'decision-table' | 'exam-trap';
	/** The nearest heading above the item: where its "From" link points. */
	heading?: ReviewHeading;
	/** The H2 the item sits under (usually a consideration heading): how the review groups items. */
	section?: ReviewHeading;
	/** The item as the study page renders it (hast, without source positions). */
	node: Element;
}

/** A run of items under one H2 of a study page. */
export interface ReviewGroup {
	section?: ReviewHeading;
	items: ReviewItem[];
}

function hasClass(node: Element, name: string): boolean {
	const classes = node.properties?.className;
	return Array.isArray(classes) && classes.includes(name);
}

function headingDepth(node: Element): number | undefined {
	const match = /^h([1-6])$/.exec(node.tagName);
	return match ? Number(match[1]) : undefined;
}

function firstElement(node: Element, test: (e: Element) => boolean): Element | undefined {
	let found: Element | undefined;
	visit(node, 'element', (e: Element) => {
		if (found) return SKIP;
		if (test(e)) {
			found = e;
			return SKIP;
		}
	});
	return found;
}

/** Whether a `<table>` is a decision table: its first header cell reads "Choose". */
export function isDecisionTable(table: Element): boolean {
	if (table.tagName !== 'table') return false;
	const th = firstElement(table, (e) => e.tagName === 'th');
	return th !== undefined && toString(th).trim().toLowerCase() === decisionTableFirstHeader.toLowerCase();
}

/** Whether an element is a caution aside titled "Exam trap", as Starlight renders `:::caution[Exam trap]`. */
export function isExamTrap(node: Element): boolean {
	if (node.tagName !== 'aside' || !hasClass(node, 'starlight-aside--caution')) return false;
	const title = firstElement(node, (e) => hasClass(e, 'starlight-aside__title'));
	return title !== undefined && toString(title).trim() === examTrapTitle;
}

/** A copy of a node without source positions, small enough to keep in a page's data. */
function detached(node: Element): Element {
	return JSON.parse(JSON.stringify(node, (key, value) => (key === 'position' ? undefined : value))) as Element;
}

/**
 * The decision tables and exam traps of a rendered study page, in page order,
 * each with the nearest heading above it and the H2 it belongs to. Headings
 * need their final ids already. A table is taken with its scroll wrapper
 * (src/plugins/rehype-scrollable-tables.ts) when it has one.
 */
export function collectReviewItems(tree: Root): ReviewItem[] {
	const items: ReviewItem[] = [];
	let heading: ReviewHeading | undefined;
	let section: ReviewHeading | undefined;
	visit(tree, 'element', (node: Element) => {
		const depth = headingDepth(node);
		if (depth !== undefined) {
			const id = node.properties?.id;
			if (typeof id === 'string' && depth >= 2) {
				heading = { id, text: toString(node).trim(), depth };
				if (depth === 2) section = heading;
			}
			return SKIP;
		}
		const table = hasClass(node, 'table-scroll') ? firstElement(node, (e) => e.tagName === 'table') : node;
		if (table && table.tagName === 'table') {
			if (isDecisionTable(table)) items.push({ kind: 'decision-table', heading, section, node: detached(node) });
			return SKIP;
		}
		if (isExamTrap(node)) {
			items.push({ kind: 'exam-trap', heading, section, node: detached(node) });
			return SKIP;
		}
	});
	return items;
}

/** Consecutive items under the same H2, in page order. */
export function groupBySection(items: readonly ReviewItem[]): ReviewGroup[] {
	const groups: ReviewGroup[] = [];
	for (const item of items) {
		const last = groups.at(-1);
		if (last && last.section?.id === item.section?.id) last.items.push(item);
		else groups.push({ section: item.section, items: [item] });
	}
	return groups;
}

/** Where an item's "From" link points: its nearest heading on the study page. */
export function itemSourceHref(item: ReviewItem, pageHref: string): string {
	return item.heading ? `${pageHref}#${item.heading.id}` : pageHref;
}

/**
 * The HTML of an item for the review page. Links to a fragment of the study
 * page are pointed at that page, and ids are dropped, so that the copy neither
 * breaks in-page links nor duplicates an id of the review. A table's scroll
 * region is named on its study page (distinct there); with `pageTitle` the
 * name also says which page it comes from, so names stay distinct on a review
 * that gathers several pages.
 */
export function reviewItemHtml(item: ReviewItem, pageHref: string, pageTitle?: string): string {
	const node = detached(item.node);
	visit(node, 'element', (e: Element) => {
		if (!e.properties) return;
		delete e.properties.id;
		const label = e.properties.ariaLabel;
		if (pageTitle && e.properties.role === 'region' && typeof label === 'string')
			e.properties.ariaLabel = `${label} (${pageTitle})`;
		const href = e.properties.href;
		if (e.tagName === 'a' && typeof href === 'string' && href.startsWith('#')) e.properties.href = `${pageHref}${href}`;
	});
	return toHtml(node);
}

function isHeading(value: unknown): value is ReviewHeading {
	const h = value as ReviewHeading;
	return typeof h === 'object' && h !== null && typeof h.id === 'string' && typeof h.text === 'string';
}

/**
 * A study page's review items from its rendered frontmatter
 * (`remarkPluginFrontmatter` of `render(entry)`). Fails, naming the page, when
 * the collecting plugin did not run or stored something else.
 */
export function readReviewItems(frontmatter: Record<string, unknown>, page: string): ReviewItem[] {
	const value = frontmatter[reviewItemsKey];
	const hint = 'Is rehypeReviewItems (src/plugins/rehype-review-items.ts) in the rehype plugins of astro.config.mjs?';
	if (!Array.isArray(value)) throw new Error(`${page}: the rendered page has no \`${reviewItemsKey}\`. ${hint}`);
	for (const [index, item] of value.entries()) {
		const ok =
			(item?.kind === 'decision-table' || item?.kind === 'exam-trap') &&
			item.node?.type === 'element' &&
			(item.heading === undefined || isHeading(item.heading)) &&
			(item.section === undefined || isHeading(item.section));
		if (!ok) throw new Error(`${page}: \`${reviewItemsKey}[${index}]\` is not a review item. ${hint}`);
	}
	return value as ReviewItem[];
}

/** "3 decision tables and 1 exam trap" */
export function describeCounts(items: readonly ReviewItem[]): string {
	const count = (kind: ReviewItem['kind']) => items.filter((i) => i.kind === kind).length;
	const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
	return `${plural(count('decision-table'), 'decision table')} and ${plural(count('exam-trap'), 'exam trap')}`;
}

/** A study page of the section, with its collected items. */
export interface ReviewSourcePage {
	/** Docs collection id, such as `section-1/bigquery-ml`. */
	id: string;
	title: string;
	/** Link to the page, base path included. */
	href: string;
	/** Sub-objectives the page covers; it is reviewed under the first. */
	objectives: readonly string[];
	/** Considerations the page covers (each has its marked H2 there). */
	considerations: readonly string[];
	items: ReviewItem[];
}

export interface SectionReviewGroup extends ReviewGroup {
	/** The consideration heading's fragment on the study page, for consideration groups. */
	fragment?: string;
	/**
	 * Fragment of the group's heading on the review: the consideration's own
	 * anchor (as on the study page), or none for items under another H2, whose
	 * heading text may change and so is not offered as a link target.
	 */
	anchor?: string;
	title: string;
}

export interface SectionReview {
	objectives: {
		id: string;
		title: string;
		anchor: string;
		pages: (ReviewSourcePage & { groups: SectionReviewGroup[] })[];
	}[];
	/** The review's anchored headings, for Starlight's table of contents. */
	headings: { depth: number; slug: string; text: string }[];
	items: ReviewItem[];
}

interface ReviewedSection {
	subObjectives: readonly {
		id: string;
		title: string;
		considerations: readonly { id: string; text: string }[];
	}[];
}

/**
 * Lays out a section's review: its sub-objectives in exam-guide order; under
 * each, the study pages that cover it first; under each page, one group per
 * consideration it covers (guide order, even when the consideration has no
 * item yet, so that the review's headings and their links stay put), then any
 * items that sit under other H2s of the page. A consideration's heading keeps
 * the fragment it has on its study page.
 */
export function buildSectionReview(section: ReviewedSection, pages: readonly ReviewSourcePage[]): SectionReview {
	const headings: SectionReview['headings'] = [];
	const used = new Set<string>();
	const objectives = section.subObjectives.map((objective) => {
		const anchor = objectiveAnchor(objective.id);
		const title = `${objective.id} ${objective.title}`;
		headings.push({ depth: 2, slug: anchor, text: title });
		const own = pages.filter((page) => page.objectives[0] === objective.id);
		return {
			id: objective.id,
			title,
			anchor,
			pages: own.map((page) => {
				const groups = groupBySection(page.items);
				const considerationGroups = objective.considerations
					.filter((c) => page.considerations.includes(c.id))
					.map((c): SectionReviewGroup => {
						const fragment = considerationAnchor(c.id);
						const title = `${c.id} ${c.text}`;
						const items = groups.filter((g) => g.section?.id === fragment).flatMap((g) => g.items);
						// Two pages covering one consideration: only the first heading gets its anchor.
						const anchor = used.has(fragment) ? undefined : fragment;
						if (anchor) {
							used.add(anchor);
							headings.push({ depth: 3, slug: anchor, text: title });
						}
						return { section: items[0]?.section, items, anchor, title, fragment };
					});
				const anchors = new Set(considerationGroups.map((g) => g.fragment));
				const otherGroups = groups
					.filter((g) => !anchors.has(g.section?.id))
					.map((g): SectionReviewGroup => ({ ...g, title: g.section?.text ?? page.title }));
				return { ...page, groups: [...considerationGroups, ...otherGroups] };
			}),
		};
	});
	return { objectives, headings, items: pages.flatMap((page) => page.items) };
}
