/**
 * Reads study pages from the docs collection (the only Astro-dependent helper
 * in src/lib; the logic it feeds is in coverage.ts).
 */
import { getCollection } from 'astro:content';
import type { StudyPageInfo } from './coverage';

export async function getStudyPages(): Promise<StudyPageInfo[]> {
	const entries = await getCollection('docs', (entry) => entry.data.kind === 'study');
	return entries.map((entry) => ({
		id: entry.id,
		title: entry.data.title,
		objectives: entry.data.objectives ?? [],
		considerations: entry.data.considerations ?? [],
	}));
}
