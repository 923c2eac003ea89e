/**
 * Reads study pages from the docs collection (the only Astro-dependent helper
 * in src/lib; the logic it feeds is in coverage.ts and glossary.ts).
 */
import { getCollection } from 'astro:content';
import type { StudyPageInfo } from './coverage';
import type { GlossaryPageInfo } from './glossary';

export async function getStudyPages(): Promise<(StudyPageInfo & GlossaryPageInfo)[]> {
	const entries = await getCollection('docs');
	return entries.flatMap(({ id, data }) =>
		data.kind === 'study'
			? [
					{
						id,
						title: data.title,
						objectives: data.objectives,
						considerations: data.considerations,
						products: data.products,
					},
				]
			: []
	);
}
