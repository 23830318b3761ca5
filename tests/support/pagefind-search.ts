import type { Page } from 'playwright-core';
import {
	bestSectionUrl,
	readStopWords,
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
 * page of the language to search), and each result opening at its best section. Returns the top
 * `limit` pages.
 */
export async function pagefindTop(page: Page, query: string, limit = 3, basePath = ''): Promise<RankedResult[]> {
	const searched = searchableQuery(query, stopWords);
	const results: (PagefindResultData & { excerpt: string })[] = await page.evaluate(
		async ({ searched, limit, basePath, ranking }) => {
			const w = window as unknown as { __pf?: any };
			if (!w.__pf) {
				w.__pf = await import(new URL(`${basePath}/pagefind/pagefind.js`, location.href).href);
				await w.__pf.options({ ranking });
				await w.__pf.init();
			}
			const search = await w.__pf.search(searched);
			const data = await Promise.all(search.results.slice(0, limit).map((r: any) => r.data()));
			return data.map((d: any) => ({
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
		{ searched, limit, basePath, ranking: searchRanking },
	);
	const strip = (url: string) => (basePath && url.startsWith(basePath) ? url.slice(basePath.length) : url);
	return results.map((r) => ({
		page: strip(r.url),
		best: strip(bestSectionUrl(r, searched.split(/\s+/))),
		sections: r.sub_results.map((s) => strip(s.url)),
		excerpt: r.excerpt,
	}));
}
