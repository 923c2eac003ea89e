/**
 * Decks of flashcards for pages and exports: cards in blueprint order, the
 * paths of the flashcard pages, and each card's text rendered from inline
 * Markdown at build time (escaped first, so card files cannot inject markup).
 */
import type { Flashcard } from '../../schemas/flashcard';
import { renderInlineFragment } from '../practice/bank';
import { sectionIdOf } from '../ids';
import { objectiveIds } from '../registry';

/** The hub: decks, counts and Anki files (light: no cards on it). */
export const flashcardsHubPath = '/flashcards/';
/** Every card on one page: the review session of everything due. */
export const allFlashcardsPath = '/flashcards/all/';

/** `/flashcards/1.1/` for objective `1.1`. */
export function objectiveFlashcardsPath(objectiveId: string): string {
	return `/flashcards/${objectiveId}/`;
}

/** `/flashcards/section-1/` for section `1`. */
export function sectionFlashcardsPath(sectionId: string): string {
	return `/flashcards/section-${sectionId}/`;
}

/** The Anki file of every card (`all`) or of one section (`1`). */
export function ankiPath(scope: 'all' | string): string {
	return scope === 'all' ? '/flashcards/anki/all.txt' : `/flashcards/anki/section-${scope}.txt`;
}

/** Cards in blueprint order (by objective); within an objective, the order given (the collection's, by card ID). */
export function sortCards<T extends Pick<Flashcard, 'objective'>>(cards: readonly T[]): T[] {
	const rank = (card: T) => objectiveIds.indexOf(card.objective);
	return cards
		.map((card, index) => ({ card, index }))
		.sort((a, b) => rank(a.card) - rank(b.card) || a.index - b.index)
		.map(({ card }) => card);
}

/** Cards of one section. */
export function cardsOfSection<T extends Pick<Flashcard, 'objective'>>(cards: readonly T[], sectionId: string): T[] {
	return cards.filter((card) => sectionIdOf(card.objective) === sectionId);
}

export interface RenderedCard {
	id: string;
	objective: string;
	consideration: string;
	frontHtml: string;
	backHtml: string;
	whyHtml?: string;
	source: { title: string; url: string };
}

/** A card's text as HTML (inline Markdown rendered, everything else escaped). */
export function renderCard(card: Flashcard): RenderedCard {
	return {
		id: card.id,
		objective: card.objective,
		consideration: card.consideration,
		frontHtml: renderInlineFragment(card.front),
		backHtml: renderInlineFragment(card.back),
		whyHtml: card.why === undefined ? undefined : renderInlineFragment(card.why),
		source: card.source,
	};
}
