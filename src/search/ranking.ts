/**
 * Pagefind's ranking options (https://pagefind.app/docs/ranking/), given to the search dialog and to
 * the ranking test alike. Headings already weigh more than body text (h1 7, h2 6, h3 5). On top of
 * the title's weight, a page gains when the query's words are in its description ("summary"), its
 * section headings ("headings") or the glossary terms it explains ("terms"): the metadata
 * Search.astro writes. termSimilarity 9 (Starlight's default too) keeps "kesiapan" from ranking pages
 * that merely say "siapa" (both begin with the stem "siap"). Weights chosen by running
 * tests/search-ranking.yaml over a grid of values.
 */
export const searchRanking = {
	termSimilarity: 9,
	metaWeights: { title: 5, summary: 5, headings: 3, terms: 1 },
};
