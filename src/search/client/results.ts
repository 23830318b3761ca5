/** The part of a Pagefind result the search dialog rewrites (see the Pagefind docs, "sub results"). */
export interface PagefindResultData {
	url: string;
	meta: Record<string, string | undefined>;
	sub_results: { url: string; title: string; weighted_locations: { balanced_score: number }[] }[];
}

/**
 * The address a page's result opens: the section whose heading names the most words of the query,
 * then the heading that is most nearly just those words ("QLoRA: the frozen model in 4 bits" before
 * "LoRA and QLoRA" for "QLoRA"; a heading's name is what precedes a colon), then the section where the
 * query's words weigh most. The page's own title counts as the heading of its opening (Starlight's
 * title has the id "_top"); when that wins, the result opens the page itself.
 */
export function bestSectionUrl(result: PagefindResultData, queryWords: readonly string[]): string {
	const query = queryWords.map(normalised).filter(Boolean);
	let best: { url: string; rank: number[] } | undefined;
	for (const sub of result.sub_results) {
		const heading = wordsOf(sub.title);
		const name = wordsOf(sub.title.split(':')[0]!);
		const named = query.filter((q) => heading.some((h) => sameWord(h, q))).length;
		const nameShare = name.length ? name.filter((h) => query.some((q) => sameWord(h, q))).length / name.length : 0;
		const weight = sub.weighted_locations.reduce((sum, location) => sum + location.balanced_score, 0);
		const rank = [named, nameShare, weight];
		if (!best || isAbove(rank, best.rank)) best = { url: sub.url, rank };
	}
	return !best || best.url.endsWith('#_top') ? result.url : best.url;
}

function isAbove(a: number[], b: number[]): boolean {
	for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! > b[i]!;
	return false;
}

function normalised(word: string): string {
	return word.toLocaleLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

function wordsOf(text: string): string[] {
	return text.split(/\s+/).map(normalised).filter(Boolean);
}

/** Pagefind matches stems and word beginnings: "licence" names "licences", "model" names "models". */
function sameWord(heading: string, query: string): boolean {
	const shorter = Math.min(heading.length, query.length);
	return shorter >= 3 ? heading.startsWith(query) || query.startsWith(heading) : heading === query;
}
