// The module the search dialog loads as Pagefind (served at /search/pagefind.js by
// src/pages/search/pagefind.js.ts; Pagefind's UI imports `${bundlePath}pagefind.js`): Pagefind's own
// module, with search() passing its results through the order set by rankResultsWith().
import * as pagefind from '../pagefind/pagefind.js';

export * from '../pagefind/pagefind.js';

let rank = (results) => results;

/** Sets how search() re-orders Pagefind's results: rank(results, term) returns them, or a promise of them. */
export function rankResultsWith(rankResults) {
	rank = rankResults;
}

export async function search(term, options) {
	return rank(await pagefind.search(term, options), term);
}
