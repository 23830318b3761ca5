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

/**
 * How many of Pagefind's top results the search dialog re-orders by what their titles and headings
 * name (client/rerank.ts), and the weight of each signal next to Pagefind's own score (1 for the top
 * result). Each result's metadata has to be fetched to re-order it: 10 covers the queries in
 * tests/search-ranking.yaml whose page Pagefind ranks low, and is two screens of results.
 */
export const rerankedCount = 10;
export const nameWeights = { title: 1, titleFocus: 2, section: 3, phrase: 2, terms: 0.5 };
