/**
 * Matching for the glossary's filter box (browser-safe: no registry import).
 * Each entry carries its names as one string; a query matches when every word
 * of it occurs in that string, ignoring case, accents, hyphens and slashes, so
 * "speech to text" finds Speech-to-Text and "dlp" finds Cloud DLP.
 */

/** Lower case, accents and punctuation folded to spaces, single-spaced. */
export function normalizeTerms(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9.+#]+/g, ' ')
		.trim();
}

/** The searchable names of an entry, as stored in its `data-glossary-terms` attribute. */
export function entryTerms(names: readonly string[]): string {
	return normalizeTerms(names.join(' '));
}

/** True when every word of the query occurs in the entry's terms; an empty query matches everything. */
export function termsMatch(terms: string, query: string): boolean {
	const words = normalizeTerms(query).split(' ').filter(Boolean);
	const haystack = ` ${terms} `;
	return words.every((word) => haystack.includes(word));
}

/** What the live region says after filtering; nothing while the box is empty. */
export function filterCountText(shown: number, total: number, query: string): string {
	const q = query.trim();
	if (!q) return '';
	if (shown === 0) return `No products match “${q}”.`;
	return `${shown} of ${total} products ${shown === 1 ? 'matches' : 'match'} “${q}”.`;
}
