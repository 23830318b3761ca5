import { loadSiteData, locIn } from '../references/index.ts';
import { findPage, type Page } from '../content-index/index.ts';
import type { ShortLink } from '../links/index.ts';
import { formatFigureBefore } from '../lib/format-number.ts';
import { formatDate } from '../lib/format-date.ts';
import { absoluteUrl, displayUrl, pageHref, shortLinkHref } from '../lib/site-urls.ts';
import type { Lang } from '../site.config.ts';
import { uiString } from '../i18n/index.ts';
import { loadCharts } from '../charts/index.ts';
import { boardBriefingFile, type FigureKind, type FigureRef } from './board-briefing.ts';
import { explainingSections, shortLinkFor } from './listing.ts';

/**
 * The slide kit's figure cards in one language: every chart, diagram and key number with what a
 * presenter needs to use it (its short link, its source, its downloads) and what the finder filters
 * on (kind, track, words). The board briefing's headline figures come first, in talk order.
 */

export interface FigureCard {
	kind: FigureKind;
	id: string;
	/** track folder of the page that explains it ('' for general pages) */
	track: string;
	/** the figure itself: "US$5.576 million" for a number, the title for a chart or diagram */
	title: string;
	/** what it measures or shows */
	text: string;
	/** "Source, location, date" (several for a chart drawn from several sources) */
	source: string | undefined;
	/** the page (and section) that explains it */
	page: { title: string; href: string };
	/** the most specific short link: the section's, else the page's */
	shortUrl: string | undefined;
	/** chart or diagram: the light-theme image, shown as the preview */
	preview: string | undefined;
	downloads: { label: string; href: string }[];
}

/** A chart or diagram as the chart and diagram catalogs list them for the slide kit. */
export interface ImageFigure {
	id: string;
	lang: Lang;
	title: string;
	description: string;
	pageSlug: string;
	pageUrl: string;
	anchor: string;
	/** svg, png, csv and any further format the catalog offers (slide-png, slide-svg …) */
	downloads: Record<string, string | undefined>;
}

const downloadLabels: Record<string, string> = {
	'slide-png': 'PNG 16:9',
	'slide-svg': 'SVG 16:9',
};

interface CardInputs {
	lang: Lang;
	pages: readonly Page[];
	shortLinks: readonly ShortLink[];
	charts: readonly ImageFigure[];
	diagrams: readonly ImageFigure[];
}

export function figureCards({ lang, pages, shortLinks, charts, diagrams }: CardInputs): FigureCard[] {
	const { numbers, sources } = loadSiteData();
	const chartData = loadCharts();
	const sourceLine = (source: string, loc: string | { en: string; id: string }, asOf: string) =>
		[sources.get(source)?.data.title ?? source, locIn(loc, lang), formatDate(asOf, lang)].join(', ');

	const images = [
		...charts.map((figure) => ({ figure, kind: 'chart' as const })),
		...diagrams.map((figure) => ({ figure, kind: 'diagram' as const })),
	]
		.filter(({ figure }) => figure.lang === lang)
		.map(({ figure, kind }): FigureCard => {
			const path = `/${figure.pageSlug.replace(/^id(\/|$)/, '')}`.replace(/\/?$/, '/');
			const page = findPage(pages, path, lang);
			const line = page?.uses.find((u) => u.component === 'Chart' && u.id === figure.id)?.line;
			const section = line === undefined ? undefined : page?.sections.findLast((s) => s.line <= line)?.id;
			const key = shortLinkFor(shortLinks, path, section);
			const shortUrl = key ? absoluteUrl(shortLinkHref(key.key, lang)) : undefined;
			const points = kind === 'chart' ? (chartData.get(figure.id)?.series.flatMap((s) => s.points) ?? []) : [];
			const distinct = [...new Map(points.map((p) => [p.source, p])).values()];
			const source = distinct.length ? distinct.map((p) => sourceLine(p.source, p.loc, p.asOf)).join('; ') : undefined;
			const pageTitle = page?.title ?? path;
			return {
				kind,
				id: figure.id,
				track: page?.track ?? '',
				title: figure.title,
				text: figure.description,
				source,
				page: { title: pageTitle, href: `${figure.pageUrl}#${figure.anchor}` },
				shortUrl,
				preview: figure.downloads['slide-svg'] ?? figure.downloads.svg,
				downloads: Object.entries(figure.downloads).flatMap(([format, href]) =>
					href ? [{ label: downloadLabels[format] ?? format.toUpperCase(), href }] : [],
				),
			};
		});

	const uses = explainingSections(pages, lang);
	const keyNumbersPage = pageHref('/reference/key-numbers/', lang);
	const figures = [...numbers.values()]
		.sort((a, b) => a.id.localeCompare(b.id))
		.map(({ id, data }): FigureCard => {
			const use = uses.get(id);
			const key = use ? shortLinkFor(shortLinks, use.page.path, use.section) : undefined;
			const shortUrl = key ? absoluteUrl(shortLinkHref(key.key, lang)) : undefined;
			const measure = data.measures[lang];
			const value = formatFigureBefore(data.value, data.unit, lang, measure);
			const text = data.estimate ? `${measure} (${uiString(lang, 'site.slideKit.estimate')})` : measure;
			const source = sourceLine(data.source, data.loc, data.asOf);
			const page = use
				? { title: use.page.title, href: use.href }
				: {
						title: findPage(pages, '/reference/key-numbers/', lang)?.title ?? keyNumbersPage,
						href: `${keyNumbersPage}#${id}`,
					};
			return {
				kind: 'number',
				id,
				track: use?.page.track ?? 'reference',
				title: value,
				text,
				source,
				page,
				shortUrl,
				preview: undefined,
				downloads: [],
			};
		});
	return [...images, ...figures];
}

/** The board briefing's figures first, in its order, then the rest; an id that names no figure stops the build. */
export function headlineFirst(
	cards: readonly FigureCard[],
	headline: readonly FigureRef[],
): { headline: FigureCard[]; rest: FigureCard[] } {
	const first = headline.map((ref) => {
		const card = cards.find((c) => c.kind === ref.kind && c.id === ref.id);
		if (!card)
			throw new Error(
				`${boardBriefingFile}: "${ref.id}" is no ${ref.kind} on the site's pages. Fix the id, or the kind (chart, diagram or number).`,
			);
		return card;
	});
	return { headline: first, rest: cards.filter((c) => !first.includes(c)) };
}

/** "example.org/go/key" → "/go/key": what a card prints after the domain note. */
export function shortPath(shortUrl: string): string {
	return displayUrl(shortUrl).replace(/^[^/]+/, '');
}
