/**
 * Reads study pages from the docs collection (the only Astro-dependent helper
 * in src/lib; the logic it feeds is in coverage.ts).
 */
import { getCollection } from 'astro:content';
import type { StudyPageInfo } from './coverage';

export async function getStudyPages(): Promise<StudyPageInfo[]> {
	const entries = await getCollection('docs');
	return entries.flatMap(({ id, data }) =>
		data.kind === 'study'
			? [{ id, title: data.title, objectives: data.objectives, considerations: data.considerations }]
			: []
	);
}
