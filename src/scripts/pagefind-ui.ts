/**
 * Pagefind's UI with this site's options added. Starlight 0.42 creates the
 * search dialog's `PagefindUI` itself and passes on only the index and ranking
 * options of its `pagefind` config, so astro.config.mjs aliases the
 * `@pagefind/default-ui` import of Starlight's Search component to this module
 * (layout of the filters: src/styles/custom.css).
 */
// @ts-expect-error: the package ships no type declarations (Starlight's own import has the same note).
import { PagefindUI as DefaultPagefindUI } from '@pagefind/default-ui/npm_dist/mjs/ui-core.mjs';

export const searchUiOptions = {
	/**
	 * List only the filter values that match the current search (a ticked value
	 * stays). The Product filter knows about 110 products; after a search it then
	 * shows the products of the pages found, still in alphabetical order, instead
	 * of every product with a "(0)" beside most of them. (Grouping products by
	 * the registry's categories was not done: Pagefind filters are flat lists
	 * combined with AND, so a category filter would be a fourth list beside this
	 * one, not headings within it.)
	 */
	showEmptyFilters: false,
};

export class PagefindUI extends DefaultPagefindUI {
	constructor(options: Record<string, unknown>) {
		super({ ...searchUiOptions, ...options });
	}
}
