import { join } from 'node:path';
import { jsxUses, pageTree, readPage, type JsxUse, type Page, type Section } from '../content-index/index.ts';
import type { MdastNode } from 'satteri';
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
 * the page's review date, the sources of the passage the diagram illustrates (the <Cite>s and the
 * sources of the <Num> figures in the paragraph before the fence, with the list it introduces, and
 * the paragraph after it; when that passage cites nothing, in its whole section), and the short
 * link of the section.
 */
export interface DiagramAttribution {
	page: { title: string; path: string; lastReviewed: string | undefined };
	/** The h2/h3 section whose text holds the fence (none when it comes before the first heading) */
	section: Section | undefined;
	/** Ids in content/sources/ cited or quoted (<Num>) around the fence, in order of first use */
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
	const tree = pageTree(join(docsDir, docsRelative), diagram.page.file);
	const next = section && page.sections.find((s) => s.line > section.line);
	const passage = passageSources(tree, diagram.page.line);
	const sources = passage.length
		? passage
		: sourcesOf(
				jsxUses(tree, ['Cite', 'Num']).filter(
					(use) => !!section && use.line > section.line && (!next || use.line < next.line),
				),
			);
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

/** The sources of the blocks around the fence at `line`: the paragraph before (and its list), the one after. */
function passageSources(tree: MdastNode, line: number): string[] {
	const blocks = (tree as { children?: MdastNode[] }).children ?? [];
	const at = blocks.findIndex((node) => node.type === 'code' && node.position?.start.line === line);
	if (at < 0) return [];
	const passage = [blocks[at - 1], blocks[at + 1]];
	if (blocks[at - 1]?.type === 'list') passage.push(blocks[at - 2]);
	return sourcesOf(
		passage
			.filter((node): node is MdastNode => !!node && ['paragraph', 'list'].includes(node.type))
			.sort((a, b) => (a.position?.start.line ?? 0) - (b.position?.start.line ?? 0))
			.flatMap((node) => jsxUses(node, ['Cite', 'Num'])),
	);
}

/** The source ids of <Cite id> and of the figures of <Num id>, in order, each once. */
function sourcesOf(uses: JsxUse[]): string[] {
	const numbers = loadSiteData().numbers;
	const ids = uses
		.map((use) => (use.name === 'Cite' ? String(use.values.id) : numbers.get(String(use.values.id))?.data.source))
		.filter((id): id is string => !!id);
	return [...new Set(ids)];
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

const maxSources = 4;

/** "Source: What AI Costs, “The full bill”, based on DeepSeek-AI, DeepSeek-V3 Technical Report" */
export function sourceLine(attribution: DiagramAttribution, lang: Lang): string {
	const sources = loadSiteData().sources;
	const cited = attribution.sources.map((id) => {
		const s = sources.get(id)?.data;
		return s ? `${s.authors.replace(/ \(.*\)$/, '')}, ${s.title}` : id;
	});
	const page = `${siteTitle[lang]}, “${attribution.page.title}”`;
	// a slide footer has room for about three; the page lists them all
	if (cited.length > maxSources) cited.splice(maxSources - 1, cited.length, '…');
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
