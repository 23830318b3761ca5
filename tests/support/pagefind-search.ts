import type { Page } from 'playwright-core';

export interface RankedResult {
	/** page path with trailing slash, base path removed, e.g. /id/cost/inference/ */
	page: string;
	/** the page's best sub-result (section) link, e.g. /cost/inference/#price-drivers, or the page itself */
	best: string;
	/** every sub-result link of the page */
	sections: string[];
	excerpt: string;
}

/**
 * Runs `query` through the same Pagefind index and ranking the search dialog uses, from a page of the
 * language to search (Pagefind picks the index by <html lang>), and returns the top `limit` pages.
 */
export async function pagefindTop(page: Page, query: string, limit = 3, basePath = ''): Promise<RankedResult[]> {
	return page.evaluate(
		async ({ query, limit, basePath }) => {
			const w = window as unknown as { __pf?: any };
			if (!w.__pf) {
				w.__pf = await import(new URL(`${basePath}/pagefind/pagefind.js`, location.href).href);
				await w.__pf.init();
			}
			const search = await w.__pf.search(query);
			const data = await Promise.all(search.results.slice(0, limit).map((r: any) => r.data()));
			const strip = (url: string) => (basePath && url.startsWith(basePath) ? url.slice(basePath.length) : url);
			return data.map((d: any) => {
				const subs = (d.sub_results ?? []).map((s: any) => strip(s.url));
				return { page: strip(d.url), best: subs[0] ?? strip(d.url), sections: subs, excerpt: d.excerpt };
			});
		},
		{ query, limit, basePath },
	);
}
