/**
 * Site search (Pagefind, through Starlight's search dialog in src/components/Search.astro): the
 * connective and question words a query loses (stop-words.ts, content/search/stop-words.yaml), the
 * glossary terms each page is found by in both languages (page-terms.ts) and the ranking options
 * (ranking.ts). The dialog's browser code is in client/: the query it sends (query.ts), the order of
 * the top results by what their titles and headings name (rerank.ts), and the section a result opens
 * (results.ts).
 */
export { readStopWords, stopWordsFile } from './stop-words.ts';
export { explainedTerms } from './page-terms.ts';
export { rankedPagefindModule } from './pagefind-module.ts';
export { searchRanking, rerankedCount } from './ranking.ts';
export { rerankByNames, type NamedResult } from './client/rerank.ts';
export { searchableQuery } from './client/query.ts';
export { bestSectionUrl, type PagefindResultData } from './client/results.ts';
