import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { publishedPages, type Page } from '../links/page-index.ts';
import { projectRoot } from '../lib/project-root.ts';
import type { SiteData } from './site-data.ts';
import type { Lang } from '../site.config.ts';

const citePattern = /<Cite\s[^>]*?\bid="([^"]+)"/g;
const numPattern = /<Num\s[^>]*?\bid="([^"]+)"/g;
const quotePattern = /<Quote\s[^>]*?\bid="([^"]+)"/g;

/**
 * Which pages cite which sources (directly with <Cite>, or through a <Num>'s source), for the
 * Sources reference page and the unused-source report.
 */
export function pagesCitingEachSource(data: SiteData, lang?: Lang): Map<string, Page[]> {
	const index = new Map<string, Page[]>();
	for (const page of publishedPages()) {
		if (lang && page.lang !== lang) continue;
		const body = readFileSync(join(projectRoot, page.file), 'utf8');
		const ids = new Set<string>();
		for (const [, id] of body.matchAll(citePattern)) ids.add(id!);
		for (const [, id] of body.matchAll(numPattern)) {
			const source = data.numbers.get(id!)?.data.source;
			if (source) ids.add(source);
		}
		for (const [, id] of body.matchAll(quotePattern)) {
			const quote = data.quotes.get(id!)?.data;
			if (quote) ids.add(quote.source);
			if (quote?.caveat) ids.add(quote.caveat.source);
		}
		for (const id of ids) index.set(id, [...(index.get(id) ?? []), page]);
	}
	return index;
}
