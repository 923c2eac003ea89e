/** One section's flashcards as an Anki import file (see src/lib/flashcards/anki.ts). */
import { getCollection } from 'astro:content';
import type { APIContext } from 'astro';
import { ankiFile } from '../../../lib/flashcards/anki';
import { cardsOfSection, renderCard, sortCards } from '../../../lib/flashcards/deck';
import { sections } from '../../../lib/registry';

export async function getStaticPaths() {
	const cards = (await getCollection('flashcards')).map((c) => c.data);
	return sections
		.filter((section) => cardsOfSection(cards, section.id).length > 0)
		.map((section) => ({ params: { section: section.id } }));
}

export async function GET({ params }: APIContext): Promise<Response> {
	const all = (await getCollection('flashcards')).map((c) => c.data);
	const cards = sortCards(cardsOfSection(all, params.section!)).map(renderCard);
	return new Response(ankiFile(cards, `PMLE study guide::Section ${params.section}`), {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
}
