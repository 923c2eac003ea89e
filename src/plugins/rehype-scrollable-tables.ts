/**
 * rehype plugin: wraps each Markdown table in a scroll region. Wide decision
 * tables must scroll sideways on small screens, and a scrollable region needs to
 * be reachable by keyboard (WCAG 2.1.1) and named for screen readers. The HTML
 * makes every wrapper a focusable, named region, the safe default without
 * JavaScript; src/scripts/table-scroll.ts then keeps that only for tables that
 * actually overflow. Names are distinct on a page: the table's caption or the
 * heading it sits under, with its columns or a number added where two would
 * otherwise read the same.
 */
import type { Element, ElementContent, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';

/** What a table's region name can be made of. */
export interface TableNaming {
	/** Text of the table's <caption>, if it has one. */
	caption?: string;
	/** Text of the nearest heading before the table, if any. */
	heading?: string;
	/** Text of the header cells of its first header row. */
	headers: readonly string[];
}

const clean = (text: string | undefined) => text?.replace(/\s+/g, ' ').trim() ?? '';

/** A region name from column headers alone: "Table: A, B", or "Table" without headers. */
export function tableRegionLabel(headers: readonly string[]): string {
	const names = headers.map(clean).filter(Boolean);
	return names.length > 0 ? `Table: ${names.join(', ')}` : 'Table';
}

/**
 * Region names for the tables of one page, distinct from each other: "Table:
 * <caption or heading>"; where that repeats, the columns are added in
 * parentheses; where it still repeats, "(n of m)".
 */
export function tableRegionLabels(tables: readonly TableNaming[]): string[] {
	const columns = tables.map((t) => tableRegionLabel(t.headers));
	const base = tables.map((t, i) => {
		const title = clean(t.caption) || clean(t.heading);
		return title ? `Table: ${title}` : columns[i]!;
	});
	const withColumns = base.map((label, i) => {
		const repeated = base.filter((other) => other === label).length > 1;
		const named = tables[i]!.headers.some((h) => clean(h));
		return repeated && named && label !== columns[i] ? `${label} (${columns[i]!.replace(/^Table: /, '')})` : label;
	});
	const totals = new Map<string, number>();
	for (const label of withColumns) totals.set(label, (totals.get(label) ?? 0) + 1);
	const seen = new Map<string, number>();
	return withColumns.map((label) => {
		const total = totals.get(label)!;
		if (total === 1) return label;
		const n = (seen.get(label) ?? 0) + 1;
		seen.set(label, n);
		return `${label} (${n} of ${total})`;
	});
}

export function rehypeScrollableTables() {
	return (tree: Root) => {
		const found: { node: Element; parent: Element | Root; naming: TableNaming }[] = [];
		let heading: string | undefined;
		visit(tree, 'element', (node: Element, index, parent) => {
			if (/^h[1-6]$/.test(node.tagName)) {
				heading = toString(node);
				return SKIP;
			}
			if (node.tagName !== 'table' || !parent || index === undefined) return;
			if (parent.type === 'element' && (parent.properties?.className as string[] | undefined)?.includes('table-scroll'))
				return SKIP;
			const caption = node.children.find((c): c is Element => c.type === 'element' && c.tagName === 'caption');
			const headers: string[] = [];
			const thead = node.children.find((c): c is Element => c.type === 'element' && c.tagName === 'thead');
			if (thead)
				visit(thead, 'element', (cell: Element) => void (cell.tagName === 'th' && headers.push(toString(cell))));
			found.push({ node, parent, naming: { caption: caption && toString(caption), heading, headers } });
			return SKIP;
		});
		const labels = tableRegionLabels(found.map((f) => f.naming));
		found.forEach(({ node, parent }, i) => {
			const wrapper: Element = {
				type: 'element',
				tagName: 'div',
				properties: { className: ['table-scroll'], tabIndex: 0, role: 'region', ariaLabel: labels[i] },
				children: [node as ElementContent],
			};
			parent.children[parent.children.indexOf(node)] = wrapper;
		});
	};
}
