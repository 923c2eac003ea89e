/**
 * Starlight route middleware: study pages get their generated closing sections
 * ("Hands-on" when they list official labs, "Check yourself", "Sources") in the
 * table of contents, the glossary its generated category headings, and the
 * June 2026 page its generated sections and sub-objectives.
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { closingSectionsFor, withClosingSections } from './lib/study-page-sections';
import { glossaryEntryId, glossaryToc } from './lib/glossary';
import { june2026PagePath, june2026TocItems } from './lib/june-2026';
import { products } from './lib/registry';
import { entryPath } from './lib/urls';

export const onRequest = defineRouteMiddleware((context) => {
	const route = context.locals.starlightRoute;
	if (!route.toc) return;
	if (route.entry.data.kind === 'study')
		route.toc.items = withClosingSections(route.toc.items, closingSectionsFor(route.entry.data));
	else if (route.entry.id === glossaryEntryId) route.toc.items = [...route.toc.items, ...glossaryToc(products)];
	else if (entryPath(route.entry.id) === june2026PagePath)
		route.toc.items = [...route.toc.items, ...(june2026TocItems() as typeof route.toc.items)];
});
