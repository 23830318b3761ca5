/**
 * What the search box sends to Pagefind. Pagefind returns only pages that contain every word of a
 * query, so a connective or question word ("vs", "atau", "how", "berapa") that no page happens to
 * contain would hide the page that answers. Those words (content/search/stop-words.yaml) are dropped
 * before searching; a query made only of them, or an exact "quoted phrase", is searched as typed.
 */
export function searchableQuery(query: string, stopWords: ReadonlySet<string>): string {
	if (query.includes('"')) return query;
	const words = query.split(/\s+/).filter(Boolean);
	const kept = words.filter((word) => !stopWords.has(bareWord(word)));
	return kept.length > 0 && kept.length < words.length ? kept.join(' ') : query;
}

/** A typed word as the stop-word list writes it: lower case, without surrounding punctuation ("vs." → "vs"). */
function bareWord(word: string): string {
	return word.toLocaleLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}
