import type { Page } from 'playwright-core';
import {
	bestSectionUrl,
	readStopWords,
	rerankByNames,
	rerankedCount,
	searchableQuery,
	searchRanking,
	type PagefindResultData,
} from '../../src/search/index.ts';

export interface RankedResult {
	/** page path with trailing slash, base path removed, e.g. /id/cost/inference/ */
	page: string;
	/** where the result's link opens, as the search dialog sets it: the best section, or the page itself */
	best: string;
	/** every sub-result (section) link of the page */
	sections: string[];
	excerpt: string;
}

const stopWords = new Set(readStopWords());

/**
 * Runs `query` as the search dialog does (src/components/Search.astro): stop words dropped, the
 * site's ranking options, the same Pagefind index (Pagefind picks it by <html lang>, so call from a
 * page of the language to search), the top results re-ordered by what their titles and headings name,
 * and each result opening at its best section. Returns the top `limit` pages.
 */
export async function pagefindTop(page: Page, query: string, limit = 3, basePath = ''): Promise<RankedResult[]> {
	const searched = searchableQuery(query, stopWords);
	const found: (PagefindResultData & { excerpt: string; score: number })[] = await page.evaluate(
		async ({ searched, count, basePath, ranking }) => {
			const w = window as unknown as { __pf?: any };
			if (!w.__pf) {
				w.__pf = await import(new URL(`${basePath}/pagefind/pagefind.js`, location.href).href);
				await w.__pf.options({ ranking });
				await w.__pf.init();
			}
			const search = await w.__pf.search(searched);
			const top = search.results.slice(0, count);
			const data = await Promise.all(top.map((r: any) => r.data()));
			return data.map((d: any, i: number) => ({
				score: top[i].score as number,
				url: d.url as string,
				meta: d.meta as Record<string, string>,
				excerpt: d.excerpt as string,
				sub_results: (d.sub_results ?? []).map((s: any) => ({
					url: s.url as string,
					title: s.title as string,
					weighted_locations: s.weighted_locations as { balanced_score: number }[],
				})),
			}));
		},
		{ searched, count: Math.max(limit, rerankedCount), basePath, ranking: searchRanking },
	);
	const results = [
		...rerankByNames(found.slice(0, rerankedCount), query, searched, stopWords),
		...found.slice(rerankedCount),
	].slice(0, limit);
	const strip = (url: string) => (basePath && url.startsWith(basePath) ? url.slice(basePath.length) : url);
	return results.map((r) => ({
		page: strip(r.url),
		best: strip(bestSectionUrl(r, searched.split(/\s+/))),
		sections: r.sub_results.map((s) => strip(s.url)),
		excerpt: r.excerpt,
	}));
}
