/**
 * Starlight route middleware: study pages get their generated closing sections
 * ("Hands-on" when they list official labs, "Check yourself", "Sources") in the
 * table of contents.
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { closingSectionsFor, withClosingSections } from './lib/study-page-sections';

export const onRequest = defineRouteMiddleware((context) => {
	const route = context.locals.starlightRoute;
	if (route.entry.data.kind !== 'study' || !route.toc) return;
	route.toc.items = withClosingSections(route.toc.items, closingSectionsFor(route.entry.data));
});
