import { join } from 'node:path';
import { publishedPages, type Page } from '../content-index/index.ts';
import { jsxUses, pageTree } from '../content-index/index.ts';
import { projectRoot } from '../lib/project-root.ts';
import type { SiteData } from './site-data.ts';
import type { Lang } from '../site.config.ts';

/**
 * Which pages cite which sources (directly with <Cite>, or through a <Num>'s source), for the
 * Sources reference page and the unused-source report.
 */
export function pagesCitingEachSource(data: SiteData, lang?: Lang): Map<string, Page[]> {
	const index = new Map<string, Page[]>();
	for (const page of publishedPages()) {
		if (lang && page.lang !== lang) continue;
		const ids = new Set<string>();
		for (const { name, values } of jsxUses(pageTree(join(projectRoot, page.file), page.file), [
			'Cite',
			'Num',
			'Quote',
		])) {
			const id = String(values.id ?? '');
			if (name === 'Cite') ids.add(id);
			if (name === 'Num') {
				const source = data.numbers.get(id)?.data.source;
				if (source) ids.add(source);
			}
			if (name === 'Quote') {
				const quote = data.quotes.get(id)?.data;
				if (quote) ids.add(quote.source);
				if (quote?.caveat) ids.add(quote.caveat.source);
			}
		}
		for (const id of ids) index.set(id, [...(index.get(id) ?? []), page]);
	}
	return index;
}
