/**
 * rehype plugin: wraps each Markdown table in a keyboard-focusable scroll
 * region. Wide decision tables must scroll sideways on small screens, and a
 * scrollable region needs to be reachable by keyboard (WCAG 2.1.1) and named
 * for screen readers; the name lists the table's column headers.
 */
import type { Element, ElementContent, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';

export function tableRegionLabel(headers: readonly string[]): string {
	const names = headers.map((h) => h.trim()).filter(Boolean);
	return names.length > 0 ? `Table: ${names.join(', ')}` : 'Table';
}

export function rehypeScrollableTables() {
	return (tree: Root) => {
		visit(tree, 'element', (node: Element, index, parent) => {
			if (node.tagName !== 'table' || !parent || index === undefined) return;
			if (parent.type === 'element' && (parent.properties?.className as string[] | undefined)?.includes('table-scroll'))
				return;
			const headers: string[] = [];
			visit(node, 'element', (cell: Element) => {
				if (cell.tagName === 'thead') {
					visit(cell, 'element', (th: Element) => {
						if (th.tagName === 'th') headers.push(toString(th));
					});
					return SKIP;
				}
			});
			const wrapper: Element = {
				type: 'element',
				tagName: 'div',
				properties: { className: ['table-scroll'], tabIndex: 0, role: 'region', ariaLabel: tableRegionLabel(headers) },
				children: [node as ElementContent],
			};
			parent.children[index] = wrapper;
			return SKIP;
		});
	};
}
