/**
 * Pagefind ranking, shared by the site's search dialog (astro.config.mjs) and
 * the headless search tests, so the tests measure exactly what candidates get.
 *
 * Tuned against tests/search-queries.json (54 queries): Starlight's defaults
 * (termSimilarity 9, pageLength 0.1, termFrequency 0.1) put a good answer in
 * the top 3 for 51 of them; these values reach 54 of 54, 52 with the best
 * answer first. termSimilarity 3 stops long near-miss words ("pipeline" in
 * "pipelines", "forecasting" in "forecast") from outranking exact matches, and
 * pageLength 1 keeps long pages with passing mentions below focused ones.
 */
export const searchRanking = {
	pageLength: 1,
	termFrequency: 1,
	termSaturation: 1.4,
	termSimilarity: 3,
	diacriticSimilarity: 0.8,
	metaWeights: {
		title: 5,
		/** Former product names and aliases (see src/lib/search-filters.ts). */
		aliases: 1,
	},
};
