import QRCode from 'qrcode';
import { publishedPages, findPage, type Page } from '../content-index/index.ts';
import { chartSlideGraphicPng, listCharts, loadCharts, sourceLine } from '../charts/index.ts';
import { listDiagrams, renderedDiagram, type DiagramInfo } from '../diagrams/index.ts';
import { loadSiteData, locIn } from '../references/index.ts';
import { readShortLinks, type ShortLink } from '../links/index.ts';
import { citationLine, explainingSections, shortLinkFor, type FigureRef } from '../slide-kit/index.ts';
import { uiString } from '../i18n/index.ts';
import { formatFigureBefore } from '../lib/format-number.ts';
import { formatDate } from '../lib/format-date.ts';
import { absoluteUrl, displayUrl, sectionHref, shortLinkHref } from '../lib/site-urls.ts';
import { siteTitle, type Lang } from '../site.config.ts';
import { pageTakeaways, sectionPoint, takeawayQuoting } from './takeaways.ts';
import { pictureAreaPixels } from './slides.ts';

/** One slide's worth of a figure, in one language: what the slide shows and what its notes say. */
export interface DeckFigure extends FigureRef {
	lang: Lang;
	title: string;
	/** charts and diagrams: the picture */
	picture?: SlideGraphic | undefined;
	/** key numbers: the figure as the page writes it, and what it measures */
	number?: { value: string; measures: string } | undefined;
	/** "Source: …; as of …" */
	source: string;
	shortUrl: string;
	/** the short link as printed: domain/go/key */
	shortText: string;
	qrPng: Buffer;
	/** speaker notes: the section's point, the page's key takeaways, the source, how to cite the page */
	notes: string;
	/** the page (in `lang`) and section that explain the figure, and the line it is on there */
	page: Page;
	section: string | undefined;
	line: number;
}

export interface SlideGraphic {
	png: Buffer;
	width: number;
	height: number;
}

/** Everything the figures of one build share, read once. */
export interface FigureContext {
	pages: Page[];
	shortLinks: ShortLink[];
	diagrams: DiagramInfo[];
	numberUses: Record<Lang, ReturnType<typeof explainingSections>>;
}

export function figureContext(): FigureContext {
	const pages = publishedPages();
	return {
		pages,
		shortLinks: readShortLinks(),
		diagrams: listDiagrams(),
		numberUses: { en: explainingSections(pages, 'en'), id: explainingSections(pages, 'id') },
	};
}

function pngSize(png: Buffer): { width: number; height: number } {
	return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/**
 * The picture a slide shows for a chart or a diagram, without title or footer (the slide sets those
 * as text): the chart re-plotted for the slide's picture area, the diagram in its 16:9 slide layout.
 */
export async function figureSlideGraphic(figure: FigureRef, lang: Lang, context: FigureContext): Promise<SlideGraphic> {
	if (figure.kind === 'chart') {
		const chart = loadCharts().get(figure.id)!;
		const png = chartSlideGraphicPng(chart, lang, pictureAreaPixels);
		return { png, ...pngSize(png) };
	}
	const diagram = context.diagrams.find((d) => d.id === figure.id && d.lang === lang)!;
	const { slidePng: png } = await renderedDiagram({ ...diagram, file: diagram.page.file, line: diagram.page.line });
	return { png, ...pngSize(png) };
}

/** Where a figure is explained, in `lang`: its page, section and line; undefined for an unknown id. */
export function figureHome(
	figure: FigureRef,
	lang: Lang,
	context: FigureContext,
): { page: Page; section: string | undefined; line: number } | undefined {
	const { pages } = context;
	const sectionAt = (page: Page, line: number) => page.sections.findLast((s) => s.line <= line)?.id;
	if (figure.kind === 'chart') {
		const info = listCharts().find((c) => c.id === figure.id && c.lang === lang);
		const slug = info?.pageSlug.replace(/^id(\/|$)/, '');
		const page = info && findPage(pages, slug ? `/${slug}/` : '/', lang);
		const line = page?.uses.find((u) => u.component === 'Chart' && u.id === figure.id)?.line;
		return page && line ? { page, section: sectionAt(page, line), line } : undefined;
	}
	if (figure.kind === 'diagram') {
		const info = context.diagrams.find((d) => d.id === figure.id && d.lang === lang);
		const page = info && pages.find((p) => p.file === info.page.file);
		return page && info ? { page, section: sectionAt(page, info.page.line), line: info.page.line } : undefined;
	}
	const use = context.numberUses[lang].get(figure.id);
	if (!use) return undefined;
	const line = use.page.uses.find((u) => u.component === 'Num' && u.id === figure.id)?.line ?? 0;
	return { page: use.page, section: use.section, line };
}

/** A figure ready for its slide, or undefined when the id is unknown (the caller names the file). */
export async function deckFigure(
	figure: FigureRef,
	lang: Lang,
	context: FigureContext,
): Promise<DeckFigure | undefined> {
	const home = figureHome(figure, lang, context);
	if (!home) return undefined;
	const { page, section } = home;
	const sectionTitle = page.sections.find((s) => s.id === section)?.text;
	// a section's own key first; a chart's named key (content/charts/) before its page's key
	const chartKey = figure.kind === 'chart' ? loadCharts().get(figure.id)?.link : undefined;
	const sectionOrPage = shortLinkFor(context.shortLinks, page.path, section);
	const link = sectionOrPage?.section
		? sectionOrPage
		: (context.shortLinks.find((l) => l.key === chartKey) ?? sectionOrPage);
	const shortUrl = absoluteUrl(link ? shortLinkHref(link.key, lang) : sectionHref(page.path, lang, section));
	const fullUrl = absoluteUrl(sectionHref(page.path, lang, section));
	const pageCitation = citationLine(
		sectionTitle ? `${page.title}: ${sectionTitle}` : page.title,
		fullUrl,
		lang,
		page.lastReviewed,
	);
	const label = (key: Parameters<typeof uiString>[1]) => uiString(lang, key);
	let title: string;
	let source: string;
	let point = sectionPoint(page, section, lang);
	let picture: SlideGraphic | undefined;
	let number: DeckFigure['number'];
	if (figure.kind === 'chart') {
		const info = listCharts().find((c) => c.id === figure.id && c.lang === lang)!;
		title = info.title;
		source = sourceLine(loadCharts().get(figure.id)!, lang);
		picture = await figureSlideGraphic(figure, lang, context);
	} else if (figure.kind === 'diagram') {
		const info = context.diagrams.find((d) => d.id === figure.id && d.lang === lang)!;
		title = info.title;
		source = `${label('site.figure.source')}: ${siteTitle[lang]}, “${page.title}”${
			page.lastReviewed ? `; ${label('site.figure.asOf')} ${formatDate(page.lastReviewed, lang)}` : ''
		}`;
		picture = await figureSlideGraphic(figure, lang, context);
	} else {
		const { data } = loadSiteData().numbers.get(figure.id)!;
		const measures = data.measures[lang];
		const cited = loadSiteData().sources.get(data.source)?.data;
		title = sectionTitle ?? page.title;
		number = { value: formatFigureBefore(data.value, data.unit, lang, measures), measures };
		const work = cited ? `${cited.authors.replace(/ \(.*\)$/, '')}, ${cited.title}` : data.source;
		source = `${label('site.figure.source')}: ${work}, ${locIn(data.loc, lang)}; ${label('site.figure.asOf')} ${formatDate(data.asOf, lang)}`;
		point = takeawayQuoting(page, figure.id, lang) ?? point;
	}
	const summary = pageTakeaways(page, lang);
	const notes = [
		`${label('site.decks.notesPoint')}: ${point}`,
		...(summary ? [`${summary.heading}:`, ...summary.items.map((item) => `• ${item}`)] : []),
		source,
		`${label('site.slideKit.citeAs')}: ${pageCitation}`,
	].join('\n\n');
	const qrPng = await QRCode.toBuffer(shortUrl, {
		type: 'png',
		errorCorrectionLevel: 'M',
		margin: 4,
		scale: 8,
		color: { dark: '#000000', light: '#ffffff' },
	});
	return {
		...figure,
		lang,
		title,
		picture,
		number,
		source,
		shortUrl,
		shortText: displayUrl(shortUrl),
		qrPng,
		notes,
		page,
		section,
		line: home.line,
	};
}
