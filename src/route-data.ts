/**
 * Starlight route middleware: study pages get their generated closing sections
 * ("Hands-on" when they list official labs, "Check yourself", "Sources") in the
 * table of contents and their `lastReviewed` date in the footer, the glossary its
 * generated category headings, and the June 2026 page its generated sections and
 * sub-objectives. Every page gets its link-preview image tags (src/lib/link-preview.ts).
 */
import { getCollection } from 'astro:content';
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { closingSectionsFor, withClosingSections } from './lib/study-page-sections';
import { glossaryEntryId, glossaryToc } from './lib/glossary';
import { june2026PagePath, june2026TocItems } from './lib/june-2026';
import { previewAlt, previewImagePath, previewImageTags, previewText } from './lib/link-preview';
import { products } from './lib/registry';
import { entryPath, pathWithBase } from './lib/urls';

export const onRequest = defineRouteMiddleware(async (context) => {
	const route = context.locals.starlightRoute;
	const { data } = route.entry;
	// The footer's date ("Last reviewed", src/content/i18n/en.json) is the day the
	// page was checked against its sources, not the file's last commit.
	if (data.kind === 'study') route.lastUpdated = data.lastReviewed;

	// Open Graph needs an absolute image URL, so the tags wait for SITE_URL (as the
	// canonical URL does). Pages without an image of their own show the home page's.
	if (context.site) {
		// Matched by source file: pages made with <StarlightPage> (practice, flashcards,
		// reviews) have none among the docs entries. (getCollection is cached by Astro.)
		const entries = await getCollection('docs');
		const entry = entries.find((e) => e.filePath === route.entry.filePath) ?? entries.find((e) => e.id === 'index')!;
		const image = new URL(pathWithBase(previewImagePath(entry.id)), context.site).href;
		route.head.push(...previewImageTags(image, previewAlt(previewText(entry.data))));
	}

	if (!route.toc) return;
	if (data.kind === 'study') route.toc.items = withClosingSections(route.toc.items, closingSectionsFor(data));
	else if (route.entry.id === glossaryEntryId) route.toc.items = [...route.toc.items, ...glossaryToc(products)];
	else if (entryPath(route.entry.id) === june2026PagePath)
		route.toc.items = [...route.toc.items, ...(june2026TocItems() as typeof route.toc.items)];
});
