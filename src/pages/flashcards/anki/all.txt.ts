/** Every flashcard as an Anki import file (see src/lib/flashcards/anki.ts). */
import { getCollection } from 'astro:content';
import { ankiFile } from '../../../lib/flashcards/anki';
import { renderCard, sortCards } from '../../../lib/flashcards/deck';

export async function GET(): Promise<Response> {
	const cards = sortCards((await getCollection('flashcards')).map((c) => c.data)).map(renderCard);
	return new Response(ankiFile(cards, 'PMLE study guide'), {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
}
