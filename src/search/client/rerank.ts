import { nameWeights } from '../ranking.ts';

/** What re-ranking reads of a Pagefind result: its score and the metadata Search.astro indexes. */
export interface NamedResult {
	score: number;
	meta: Record<string, string | undefined>;
}

/**
 * Pagefind's top results, re-ordered so that the page whose title or section heading names the query
 * comes before pages that only mention its words often. Pagefind scores a page by how often and where
 * its words occur; that puts "The full bill: the total cost of building a model" above "The DeepSeek
 * moment" for "biaya pelatihan DeepSeek", although only the second is about DeepSeek. Each result keeps
 * its Pagefind score (relative to the best one) and gains, weighted by `nameWeights`:
 * - title: the share of the query its title names, and how much of the title is the query (a title
 *   that is the query is about it; a long title that mentions one of its words is not);
 * - section: the share of the query named by the title together with one of its headings (the page
 *   and section a reader is looking for);
 * - phrase: the longest run of the typed words, connectives included, that a title or heading repeats
 *   in order ("distillation or reinforcement learning" is a heading of the Distillation page);
 * - terms: the share of the query named by the glossary terms the page explains.
 * A query word counts by how rare it is among the candidates' titles and headings, so "DeepSeek", in
 * one title, outweighs "cost" or "biaya", in many. Words match as Pagefind matches them: by word
 * beginnings ("model" names "models", "pelatihan" names "pelatihannya").
 */
export function rerankByNames<T extends NamedResult>(
	results: readonly T[],
	typedQuery: string,
	searchedQuery: string,
	stopWords: ReadonlySet<string>,
): T[] {
	const query = wordsOf(searchedQuery);
	const typed = wordsOf(typedQuery);
	if (results.length < 2 || query.length === 0) return [...results];
	const candidates = results.map((result) => ({
		result,
		title: wordsOf(result.meta.title),
		headings: (result.meta.headings ?? '').split(' · ').map(wordsOf),
		terms: wordsOf(result.meta.terms),
	}));
	// How rare each query word is among the candidates' titles and headings (inverse document frequency).
	const rarity = query.map((word) => {
		const named = candidates.filter((c) => [c.title, ...c.headings].some((words) => names(words, word))).length;
		return Math.log(1 + candidates.length / (1 + named));
	});
	const totalRarity = rarity.reduce((sum, r) => sum + r, 0);
	const share = (words: readonly string[]) =>
		query.reduce((sum, word, i) => sum + (names(words, word) ? rarity[i]! : 0), 0) / totalRarity;
	const topScore = results[0]!.score || 1;
	const scored = candidates.map((c) => {
		const titleWords = c.title.filter((word) => !stopWords.has(word));
		const title = share(titleWords);
		const titleFocus = titleWords.length ? (title * title * query.length) / titleWords.length : 0;
		const section = Math.max(...c.headings.map((heading) => share([...c.title, ...heading])));
		const phrase =
			typed.length > 1
				? Math.max(...[c.title, ...c.headings].map((words) => longestRun(typed, words))) / typed.length
				: 0;
		const score =
			c.result.score / topScore +
			nameWeights.title * title +
			nameWeights.titleFocus * titleFocus +
			nameWeights.section * section +
			nameWeights.phrase * phrase +
			nameWeights.terms * share(c.terms);
		return { result: c.result, score };
	});
	return scored.sort((a, b) => b.score - a.score).map((s) => s.result);
}

/** The longest run of consecutive query words that `words` repeats in the same order. */
function longestRun(query: readonly string[], words: readonly string[]): number {
	let longest = 0;
	for (let i = 0; i < query.length; i++)
		for (let j = 0; j < words.length; j++) {
			let n = 0;
			while (i + n < query.length && j + n < words.length && sameWord(words[j + n]!, query[i + n]!)) n++;
			longest = Math.max(longest, n);
		}
	return longest;
}

function names(words: readonly string[], queryWord: string): boolean {
	return words.some((word) => sameWord(word, queryWord));
}

/** Pagefind matches stems and word beginnings: "licence" names "licences", "model" names "models". */
function sameWord(a: string, b: string): boolean {
	return a === b || (Math.min(a.length, b.length) >= 3 && (a.startsWith(b) || b.startsWith(a)));
}

/** Lower-case words without surrounding punctuation; "vs" is written out, as headings write it ("versus"). */
function wordsOf(text = ''): string[] {
	return text
		.split(/[\s·,:()?]+/)
		.map((word) => word.toLocaleLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
		.filter(Boolean)
		.map((word) => (word === 'vs' ? 'versus' : word));
}
