/**
 * The question bank for the mock exam and the review page: every question with
 * its rendered text, plus section weights and study-page links from the
 * registry. A static file, fetched only by those pages.
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { getStudyPages } from '../../lib/study-pages';
import { buildPracticeBank } from '../../lib/practice/bank';

export const GET: APIRoute = async () => {
	const questions = (await getCollection('questions')).map((q) => q.data);
	const bank = buildPracticeBank(questions, await getStudyPages(), import.meta.env.BASE_URL);
	return new Response(JSON.stringify(bank), { headers: { 'content-type': 'application/json' } });
};
