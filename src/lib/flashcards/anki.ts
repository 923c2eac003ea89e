/**
 * Anki's plain-text import format for the flashcards: tab-separated notes with
 * the file headers Anki 2.1.55 and later read (separator, HTML, note type,
 * deck, and which columns hold the note's GUID and tags). The card ID is the
 * note's GUID, so importing a newer file updates the notes instead of adding
 * duplicates, and review history in Anki is kept.
 */
import { escapeHtml } from '../inline-markdown';
import { sectionIdOf } from '../ids';
import type { RenderedCard } from './deck';

/** Columns of each line: GUID (the card ID), Front, Back, tags. */
export const ankiColumns = ['guid', 'Front', 'Back', 'tags'] as const;

/** The header lines, before the notes. */
export function ankiHeader(deckName: string): string[] {
	return [
		'#separator:tab',
		'#html:true',
		'#notetype:Basic',
		`#deck:${deckName.replace(/[\t\r\n]/g, ' ')}`,
		`#guid column:${ankiColumns.indexOf('guid') + 1}`,
		`#tags column:${ankiColumns.indexOf('tags') + 1}`,
		`#columns:${ankiColumns.join('\t')}`,
	];
}

/**
 * One field: tabs would split it and line breaks would end the note, so they
 * become a space and `<br>` (the fields are HTML). A field holding a double
 * quote is quoted CSV-style, which Anki's importer unquotes.
 */
export function ankiField(html: string): string {
	const flat = html.replace(/\t/g, ' ').replace(/\r?\n|\r/g, '<br>');
	return flat.includes('"') ? `"${flat.replaceAll('"', '""')}"` : flat;
}

/** Hierarchical Anki tags: `pmle::section-1 pmle::objective-1.1`. */
export function ankiTags(card: Pick<RenderedCard, 'objective'>): string {
	return `pmle::section-${sectionIdOf(card.objective)} pmle::objective-${card.objective}`;
}

/** The back of a note: the answer, why it matters, and the official source as a link. */
export function ankiBack(card: RenderedCard): string {
	const why = card.whyHtml ? `<br><br><i>Why it matters:</i> ${card.whyHtml}` : '';
	const source = `<br><br><small>Source: <a href='${escapeHtml(card.source.url)}'>${escapeHtml(card.source.title)}</a></small>`;
	return `${card.backHtml}${why}${source}`;
}

/** The whole file: headers, then one note per line, ending with a newline. */
export function ankiFile(cards: readonly RenderedCard[], deckName: string): string {
	const notes = cards.map((card) =>
		[card.id, card.frontHtml, ankiBack(card), ankiTags(card)].map(ankiField).join('\t')
	);
	return `${[...ankiHeader(deckName), ...notes].join('\n')}\n`;
}
