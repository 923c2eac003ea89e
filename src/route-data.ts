/**
 * Starlight route middleware: study pages get their generated closing sections
 * ("Check yourself", "Sources") in the table of contents, and the glossary its
 * generated category headings.
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { withClosingSections } from './lib/study-page-sections';
import { glossaryEntryId, glossaryToc } from './lib/glossary';
import { products } from './lib/registry';

export const onRequest = defineRouteMiddleware((context) => {
	const route = context.locals.starlightRoute;
	if (!route.toc) return;
	if (route.entry.data.kind === 'study') route.toc.items = withClosingSections(route.toc.items);
	else if (route.entry.id === glossaryEntryId) route.toc.items = [...route.toc.items, ...glossaryToc(products)];
});
