import { join } from 'node:path';
import { jsxUses, pageTree, readPage, type Page, type Section } from '../content-index/index.ts';
import { uiString } from '../i18n/index.ts';
import { readShortLinks } from '../links/index.ts';
import { loadSiteData } from '../references/index.ts';
import { docsDir } from '../lib/content-files.ts';
import { formatDate } from '../lib/format-date.ts';
import { absoluteUrl, displayUrl, shortLinkHref } from '../lib/site-urls.ts';
import { siteTitle, type Lang } from '../site.config.ts';
import type { DiagramInfo } from './catalog.ts';

/**
 * What a diagram's downloads print under it, as data: the page and section that hold the diagram,
 * the page's review date, the sources cited in that section (a diagram draws on its section's
 * text, so those are its sources), and the short link of that section.
 */
export interface DiagramAttribution {
	page: { title: string; path: string; lastReviewed: string | undefined };
	/** The h2/h3 section whose text holds the fence (none when it comes before the first heading) */
	section: Section | undefined;
	/** Ids in content/sources/ of each <Cite> in that section, in order of first citation */
	sources: string[];
	/** The short-link key printed and encoded in the QR code; undefined: the page address is printed */
	shortLinkKey: string | undefined;
	/** The absolute URL the image points to, and how it is printed */
	url: string;
	display: string;
}

export function diagramAttribution(diagram: DiagramInfo): DiagramAttribution {
	const docsRelative = diagram.page.file.replace(/^content\/docs\//, '');
	const page = readPage(docsRelative);
	const section = sectionHolding(page, diagram.page.line);
	const next = section && page.sections.find((s) => s.line > section.line);
	const sources = section
		? [
				...new Set(
					jsxUses(pageTree(join(docsDir, docsRelative), diagram.page.file), ['Cite'])
						.filter((use) => use.line > section.line && (!next || use.line < next.line))
						.map((use) => String(use.values.id)),
				),
			]
		: [];
	const key = sectionShortLinkKey(page, section);
	const url = absoluteUrl(key ? shortLinkHref(key, diagram.lang) : `${diagram.page.url}#${diagram.anchor}`);
	return {
		page: { title: page.title, path: page.path, lastReviewed: page.lastReviewed },
		section,
		sources,
		shortLinkKey: key,
		url,
		display: displayUrl(url),
	};
}

/** The innermost section whose heading comes before the fence. */
function sectionHolding(page: Page, line: number): Section | undefined {
	return page.sections.filter((s) => s.line < line).at(-1);
}

/**
 * The short-link key for a diagram: the key of its section in content/shortlinks.yaml, else of the
 * h2 around that section, else the page's key. Kept in one place so it can follow the links
 * folder's own section lookup (sectionShortLink) when that exists.
 */
export function sectionShortLinkKey(page: Page, section: Section | undefined): string | undefined {
	const links = readShortLinks().filter((l) => l.page === page.path);
	const parent =
		section?.level === 3 ? page.sections.filter((s) => s.level === 2 && s.line < section.line).at(-1) : undefined;
	for (const id of [section?.id, parent?.id]) {
		const link = id && links.find((l) => l.section === id);
		if (link) return link.key;
	}
	return links.find((l) => !l.section)?.key;
}

/** "Source: What AI Costs, “The full bill”, based on DeepSeek-AI, DeepSeek-V3 Technical Report" */
export function sourceLine(attribution: DiagramAttribution, lang: Lang): string {
	const sources = loadSiteData().sources;
	const cited = attribution.sources.map((id) => {
		const s = sources.get(id)?.data;
		return s ? `${s.authors.replace(/ \(.*\)$/, '')}, ${s.title}` : id;
	});
	const page = `${siteTitle[lang]}, “${attribution.page.title}”`;
	return `${uiString(lang, 'site.figure.source')}: ${page}${cited.length ? `, ${uiString(lang, 'site.diagramBasedOn')} ${cited.join('; ')}` : ''}`;
}

/**
 * The source line with the date the page, diagram included, was last checked against its sources:
 * "Source: What AI Costs, “The full bill”, based on …; last reviewed 28 Nov 2026".
 */
export function datedSourceLine(attribution: DiagramAttribution, lang: Lang): string {
	const date = attribution.page.lastReviewed;
	const source = sourceLine(attribution, lang);
	return date ? `${source}; ${uiString(lang, 'site.cite.reviewed')} ${formatDate(date, lang)}` : source;
}
