/**
 * rehype plugin: prefixes root-relative links in Markdown and MDX content
 * (`[AutoML](/section-1/automl/)`) with the configured base path, so content
 * written for `/` also works when the site is deployed under `/pmle/`.
 * Components build their links with `withBase()` instead.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { withBase } from '../lib/urls';

export function rehypeBaseLinks(options: { base: string }) {
	const base = options.base;
	return (tree: Root) => {
		if (base === '/' || base === '') return;
		const normalized = base.endsWith('/') ? base : `${base}/`;
		visit(tree, 'element', (node: Element) => {
			for (const attribute of ['href', 'src'] as const) {
				const value = node.properties?.[attribute];
				if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//')) continue;
				if (value.startsWith(normalized)) continue;
				node.properties[attribute] = withBase(value, base);
			}
		});
	};
}
