import { createHash } from 'node:crypto';
import QRCode from 'qrcode';
import { locIn } from '../references/index.ts';
import { loadSiteData } from '../references/index.ts';
import { formatDate } from '../lib/format-date.ts';
import { absoluteUrl, displayUrl, shortLinkHref } from '../lib/site-urls.ts';
import { basePath, type Lang } from '../site.config.ts';
import { localeDir } from '../lib/locale.ts';
import { uiString } from '../i18n/index.ts';
import { toCsv } from '../lib/csv.ts';
import { publishedPages } from '../content-index/index.ts';
import { resolveFigureSection, sectionShortLink } from '../links/index.ts';
import { inLang, type Chart } from './data.ts';
import { renderChartSvg, type Variant } from './render.ts';
import { withLightPalette } from './theme.ts';
import {
	figureFontFamily,
	framedSvg,
	readPalettes,
	slideFrameSvg,
	slideGraphicBox,
	svgToPng,
	type SlideText,
} from '../figures/index.ts';

export { framedSvg, svgToPng };

/**
 * Files for presenters: a standalone SVG and a 2× PNG with the title, source line, "as of" date
 * and the short link drawn into the image; the chart re-plotted on a 16:9 slide (1920×1080 PNG and
 * SVG, with the short link's QR code); and the data as CSV. Also the theme-following SVG that pages
 * draw with <use> (plotFile). Paths mirror the diagrams': /charts/<id>.svg, /id/charts/<id>-slide.png …
 */

export type Download = 'svg' | 'png' | 'csv' | 'slide-png' | 'slide-svg';

/** dist/-relative file of a download: charts/<id>.svg, id/charts/<id>.csv, charts/<id>-slide.png */
export function chartDownloadFile(lang: Lang, id: string, format: Download): string {
	const name = format.startsWith('slide-') ? `${id}-slide.${format.slice('slide-'.length)}` : `${id}.${format}`;
	return `${localeDir(lang)}charts/${name}`;
}

/**
 * The name a download is saved under: language and "as of" date in it, so the English and the
 * Indonesian file, or last month's and this month's, never overwrite each other:
 * frontier-training-cost_id_2026-11-28-slide.png
 */
export function chartDownloadName(chart: Chart, lang: Lang, format: Download): string {
	const base = `${chart.id}_${lang}_${chartAsOf(chart)}`;
	return format.startsWith('slide-') ? `${base}-slide.${format.slice('slide-'.length)}` : `${base}.${format}`;
}

/** Site path (base path included) of a download. */
export function chartDownloadPath(lang: Lang, id: string, format: Download): string {
	return `${basePath}/${chartDownloadFile(lang, id, format)}`;
}

const rendered = new Map<string, ReturnType<typeof renderChartSvg>>();
/** Rendered once per chart, language and size in a build (renders are deterministic). */
export function renderedChart(chart: Chart, lang: Lang, variant: Variant, size?: { width: number; height: number }) {
	const key = `${chart.file}:${chart.id}:${lang}:${variant}:${JSON.stringify(size)}:${JSON.stringify(chart)}`;
	let result = rendered.get(key);
	if (!result) {
		result = renderChartSvg(chart, lang, variant, size);
		rendered.set(key, result);
	}
	return result;
}

/** The theme-following SVG a page draws with <use href="…#p">; its name carries a hash of its bytes. */
export function plotFile(chart: Chart, lang: Lang, variant: Variant): { file: string; path: string; svg: string } {
	const { svg } = renderedChart(chart, lang, variant);
	const hash = createHash('sha256').update(svg).digest('hex').slice(0, 10);
	const file = `${localeDir(lang)}charts/plot/${chart.id}-${variant}-${hash}.svg`;
	return { file, path: `${basePath}/${file}`, svg };
}

/** "Source: <title>; as of 28 Nov 2026" in the page's language (latest asOf of any point). */
export function sourceLine(chart: Chart, lang: Lang): string {
	const { source, asOf } = sourceAndDate(chart, lang);
	return `${source}; ${uiString(lang, 'site.figure.asOf')} ${formatDate(asOf, lang)}`;
}

/** The latest asOf of any point (YYYY-MM-DD, YYYY-MM or YYYY): the date the chart's data is as of. */
export function chartAsOf(chart: Chart): string {
	return chart.series
		.flatMap((s) => s.points.map((p) => p.asOf))
		.sort()
		.at(-1)!;
}

/** "Source: <title>" (or "Sources: …") and the date the data is as of. */
function sourceAndDate(chart: Chart, lang: Lang): { source: string; asOf: string } {
	const sources = loadSiteData().sources;
	const ids = [...new Set(chart.series.flatMap((s) => s.points.map((p) => p.source)))];
	const titles = ids.map((id) => {
		const s = sources.get(id)?.data;
		return s ? `${s.authors.replace(/ \(.*\)$/, '')}, ${s.title}` : id;
	});
	const asOf = chartAsOf(chart);
	const label = uiString(lang, ids.length > 1 ? 'site.sources' : 'site.figure.source');
	return { source: `${label}: ${titles.join('; ')}`, asOf };
}

/**
 * The short-link key printed on a chart's images (and in its slide's QR code): the key of the
 * section that explains the chart (its `section`), else its page's key, else its `link`. The one
 * place that choice is made.
 */
export function imageLinkKey(chart: Chart): string | undefined {
	const resolved = resolveFigureSection(
		{ kind: 'chart', id: chart.id, file: chart.file, line: chart.line, section: chart.section },
		publishedPages(),
	);
	return (
		('place' in resolved ? sectionShortLink(resolved.place.page, resolved.place.section) : undefined) ?? chart.link
	);
}

/** The short link's address, "https://ai-cost-explainer.pages.dev/id/go/price-decline/": what the QR code holds. */
export function imageLinkUrl(chart: Chart, lang: Lang): string | undefined {
	const key = imageLinkKey(chart);
	return key ? absoluteUrl(shortLinkHref(key, lang)) : undefined;
}

/** The short link printed on the image: "ai-cost-explainer.pages.dev/go/trends". */
export function imageLink(chart: Chart, lang: Lang): string | undefined {
	const url = imageLinkUrl(chart, lang);
	return url ? displayUrl(url) : undefined;
}

/** The QR code's modules, made as src/links/qr-code.ts makes the /qr/ codes (error correction M). */
function qrMatrix(url: string): boolean[][] {
	const { modules } = QRCode.create(url, { errorCorrectionLevel: 'M' });
	return Array.from({ length: modules.size }, (_, row) =>
		Array.from({ length: modules.size }, (_, col) => Boolean(modules.get(row, col))),
	);
}

/**
 * The chart on a 16:9 slide: re-plotted at slide size (type, lines and dots for a room, landscape
 * box) into the shared slide frame, with the note under the title and source, date, short link and
 * QR code in the footer. SVG document, viewBox 0 0 1920 1080.
 */
export function chartSlideSvg(chart: Chart, lang: Lang): string {
	const { source, asOf } = sourceAndDate(chart, lang);
	const url = imageLinkUrl(chart, lang);
	const text: SlideText = {
		lang,
		title: inLang(chart.title, lang),
		subtitle: chart.note ? inLang(chart.note, lang) : undefined,
		source,
		asOf,
		link: url ? { text: displayUrl(url), qr: { matrix: qrMatrix(url) } } : undefined,
	};
	const box = slideGraphicBox(text);
	const { svg, width, height } = renderedChart(chart, lang, 'slide', { width: box.width, height: box.height });
	const palette = readPalettes().light;
	const body = withLightPalette(svg).replace(
		/^<svg[^>]*>/,
		`<svg width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" color="${palette.text}">`,
	);
	return slideFrameSvg(text, { body, width, height });
}

/**
 * The chart alone, re-plotted for a slide's picture area of `box` pixels (on a slide 1920 px wide),
 * light palette on an opaque background, as PNG: for decks, which set the title, source and link as
 * text of their own.
 */
export function chartSlideGraphicPng(chart: Chart, lang: Lang, box: { width: number; height: number }): Buffer {
	const { svg, width, height } = renderedChart(chart, lang, 'slide', box);
	const palette = readPalettes().light;
	const body = withLightPalette(svg).replace(
		/^<svg[^>]*>/,
		`<svg width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" color="${palette.text}">`,
	);
	return svgToPng(
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${figureFontFamily}, sans-serif">` +
			`<rect width="100%" height="100%" fill="${palette.bg}"/>${body}</svg>`,
	);
}

/** The standalone download: light palette, opaque background, title, source line and short link. */
export function standaloneChartSvg(chart: Chart, lang: Lang): string {
	const { svg, width, height } = renderedChart(chart, lang, 'wide');
	const palette = readPalettes().light;
	const body = withLightPalette(svg).replace(
		/^<svg[^>]*>/,
		`<svg width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" color="${palette.text}">`,
	);
	const footer = [inLang(chart.note, lang), sourceLine(chart, lang)].filter(Boolean);
	const framed = framedSvg({
		title: inLang(chart.title, lang),
		body,
		bodyWidth: width,
		bodyHeight: height,
		footer,
		link: imageLink(chart, lang),
	});
	return `<?xml version="1.0" encoding="UTF-8"?>\n${framed}\n`;
}

const csvColumns = ['series', 'label', 'x', 'date', 'value', 'unit', 'source', 'source_url', 'loc', 'as_of'] as const;

/** The chart's data, one row per point, in the page's language for labels. */
export function chartCsv(chart: Chart, lang: Lang): string {
	const sources = loadSiteData().sources;
	const rows = chart.series.flatMap((s) =>
		s.points.map((p) => [
			inLang(s.label, lang),
			inLang(p.label, lang),
			p.x === undefined ? undefined : inLang(p.x, lang),
			p.date,
			p.value,
			p.unit,
			p.source,
			sources.get(p.source)?.data.url,
			locIn(p.loc, lang),
			p.asOf,
		]),
	);
	return toCsv(csvColumns, rows);
}

export const downloads: readonly Download[] = ['svg', 'png', 'csv', 'slide-svg', 'slide-png'];

/** One download of a chart in one language, made when asked for (the dev server makes only the file requested). */
export function chartDownload(chart: Chart, lang: Lang, format: Download): string | Buffer {
	switch (format) {
		case 'svg':
			return standaloneChartSvg(chart, lang);
		case 'png':
			return svgToPng(standaloneChartSvg(chart, lang));
		case 'csv':
			return chartCsv(chart, lang);
		case 'slide-svg':
			return chartSlideSvg(chart, lang);
		case 'slide-png':
			return svgToPng(chartSlideSvg(chart, lang), 1);
	}
}
