import { createHash } from 'node:crypto';
import { locIn } from '../references/index.ts';
import { loadSiteData } from '../references/index.ts';
import { formatDate } from '../lib/format-date.ts';
import { absoluteUrl, displayUrl, shortLinkHref } from '../lib/site-urls.ts';
import { basePath, type Lang } from '../site.config.ts';
import { localeDir } from '../lib/locale.ts';
import { uiString } from '../i18n/index.ts';
import { toCsv } from '../lib/csv.ts';
import { inLang, type Chart } from './data.ts';
import { renderChartSvg, type Variant } from './render.ts';
import { withLightPalette } from './theme.ts';
import { framedSvg, readPalettes, svgToPng } from '../figures/index.ts';

export { framedSvg, svgToPng };

/**
 * Files for presenters: a standalone SVG and a 2× PNG with the title, source line, "as of" date
 * and the short link drawn into the image, and the data as CSV. Also the theme-following SVG that
 * pages draw with <use> (plotFile). Paths mirror the diagrams': /charts/<id>.svg, /id/charts/<id>.png …
 */

export type Download = 'svg' | 'png' | 'csv';

/** dist/-relative file of a download: charts/<id>.svg, id/charts/<id>.csv */
export function chartDownloadFile(lang: Lang, id: string, format: Download): string {
	return `${localeDir(lang)}charts/${id}.${format}`;
}

/** Site path (base path included) of a download. */
export function chartDownloadPath(lang: Lang, id: string, format: Download): string {
	return `${basePath}/${chartDownloadFile(lang, id, format)}`;
}

const rendered = new Map<string, ReturnType<typeof renderChartSvg>>();
/** Rendered once per chart, language and size in a build (renders are deterministic). */
export function renderedChart(chart: Chart, lang: Lang, variant: Variant) {
	const key = `${chart.file}:${chart.id}:${lang}:${variant}:${JSON.stringify(chart)}`;
	let result = rendered.get(key);
	if (!result) {
		result = renderChartSvg(chart, lang, variant);
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
	const sources = loadSiteData().sources;
	const ids = [...new Set(chart.series.flatMap((s) => s.points.map((p) => p.source)))];
	const titles = ids.map((id) => {
		const s = sources.get(id)?.data;
		return s ? `${s.authors.replace(/ \(.*\)$/, '')}, ${s.title}` : id;
	});
	const asOf = chart.series
		.flatMap((s) => s.points.map((p) => p.asOf))
		.sort()
		.at(-1)!;
	const label = uiString(lang, ids.length > 1 ? 'site.sources' : 'site.figure.source');
	return `${label}: ${titles.join('; ')}; ${uiString(lang, 'site.figure.asOf')} ${formatDate(asOf, lang)}`;
}

/** The short link printed on the image: "ai-cost-explainer.pages.dev/go/trends" (or the page's). */
export function imageLink(chart: Chart, lang: Lang): string | undefined {
	return chart.link ? displayUrl(absoluteUrl(shortLinkHref(chart.link, lang))) : undefined;
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

/** Every download of a chart in one language. */
export function chartDownloads(chart: Chart, lang: Lang): Record<Download, string | Buffer> {
	const svg = standaloneChartSvg(chart, lang);
	return { svg, png: svgToPng(svg), csv: chartCsv(chart, lang) };
}
