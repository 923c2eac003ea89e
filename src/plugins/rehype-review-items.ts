/**
 * rehype plugin: while a study page is rendered, collects its decision tables
 * and exam traps (rules in src/lib/section-review.ts) into the page's rendered
 * frontmatter, where the section review reads them through
 * `render(entry).remarkPluginFrontmatter`. It runs after the base-path and
 * scroll-table plugins, so items are stored as readers see them on the page.
 */
import type { Root } from 'hast';
import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import type { VFile } from 'vfile';
import { collectReviewItems, reviewItemsKey } from '../lib/section-review';

interface AstroFileData {
	astro?: { frontmatter?: Record<string, unknown> };
}

export function rehypeReviewItems() {
	// Headings other than consideration headings get their ids later in the
	// pipeline; Astro's own id step gives them now, the same ids it would give
	// then (it keeps ids that are already set), so "From" links match the page.
	const assignHeadingIds = rehypeHeadingIds() as (tree: Root, file: VFile) => void;
	return (tree: Root, file: VFile) => {
		const frontmatter = (file.data as AstroFileData).astro?.frontmatter;
		if (frontmatter?.kind !== 'study') return;
		assignHeadingIds(tree, file);
		frontmatter[reviewItemsKey] = collectReviewItems(tree);
	};
}
