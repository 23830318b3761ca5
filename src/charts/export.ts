import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { locIn } from '../references/schemas.ts';
import { loadSiteData } from '../references/site-data.ts';
import { formatDate } from '../lib/format-date.ts';
import { projectRoot } from '../lib/project-root.ts';
import { absoluteUrl, displayUrl, shortLinkHref } from '../lib/site-urls.ts';
import { basePath, type Lang } from '../site.config.ts';
import { localeDir } from '../i18n/locale.ts';
import { uiString } from '../i18n/ui-strings.ts';
import { inLang, type Chart } from './data.ts';
import { escapeXml, renderChartSvg, type Variant } from './render.ts';
import { withLightPalette } from './theme.ts';
import { readPalettes } from '../diagrams/theme.ts';

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

/** Splits text into lines of at most `max` characters at spaces. */
export function wrapText(text: string, max: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/)) {
		if (line && (line + ' ' + word).length > max) {
			lines.push(line);
			line = word;
		} else line = line ? `${line} ${word}` : word;
	}
	if (line) lines.push(line);
	return lines;
}

export const exportFont = 'DejaVu Sans';

/**
 * A figure framed for slides: title on top, the graphic, then the source line and the link, all
 * drawn as SVG text in the light palette on an opaque background. Used for charts and diagrams.
 */
export function framedSvg(options: {
	title: string;
	body: string;
	bodyWidth: number;
	bodyHeight: number;
	footer: string[];
	link?: string | undefined;
}): string {
	const palette = readPalettes().light;
	const pad = 16;
	const width = Math.ceil(Math.max(options.bodyWidth + 2 * pad, 480));
	const titleSize = 17;
	const small = 12;
	const titleLines = wrapText(options.title, Math.floor((width - 2 * pad) / (titleSize * 0.62)));
	const footerLines = options.footer.flatMap((f) => wrapText(f, Math.floor((width - 2 * pad) / (small * 0.6))));
	const top = pad + titleLines.length * (titleSize + 5) + 8;
	const bodyY = top;
	const footY = bodyY + options.bodyHeight + 14;
	const linkLines = options.link ? 1 : 0;
	const height = Math.ceil(footY + (footerLines.length + linkLines) * (small + 5) + pad);
	const text = (lines: string[], y0: number, size: number, step: number, extra = '') =>
		lines
			.map((l, i) => `<text x="${pad}" y="${y0 + i * step}" font-size="${size}"${extra}>${escapeXml(l)}</text>`)
			.join('');
	const bodyX = (width - options.bodyWidth) / 2;
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${exportFont}, sans-serif">` +
		`<title>${escapeXml(options.title)}</title>` +
		`<rect width="100%" height="100%" fill="${palette.bg}"/>` +
		`<g fill="${palette.text}">` +
		text(titleLines, pad + titleSize, titleSize, titleSize + 5, ' font-weight="bold"') +
		`</g>` +
		`<g transform="translate(${bodyX},${bodyY})">${options.body}</g>` +
		`<g fill="${palette.text}">` +
		text(footerLines, footY + small, small, small + 5) +
		(options.link
			? text([options.link], footY + small + footerLines.length * (small + 5), small, 0, ' font-weight="bold"')
			: '') +
		`</g></svg>`
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

const fontFiles = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((f) => join(projectRoot, 'src/fonts', f));

/** Rasterises an SVG at twice its size with the fonts shipped in src/fonts/ (no system fonts). */
export function svgToPng(svg: string): Buffer {
	const resvg = new Resvg(svg, {
		fitTo: { mode: 'zoom', value: 2 },
		font: { fontFiles, loadSystemFonts: false, defaultFontFamily: exportFont },
	});
	return Buffer.from(resvg.render().asPng());
}

const csvColumns = ['series', 'label', 'x', 'date', 'value', 'unit', 'source', 'source_url', 'loc', 'as_of'] as const;

function csvField(value: string | number | undefined): string {
	const text = value === undefined ? '' : String(value);
	return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The chart's data, one row per point, in the page's language for labels. */
export function chartCsv(chart: Chart, lang: Lang): string {
	const sources = loadSiteData().sources;
	const rows = chart.series.flatMap((s) =>
		s.points.map((p) =>
			[
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
			]
				.map(csvField)
				.join(','),
		),
	);
	return `${csvColumns.join(',')}\n${rows.join('\n')}\n`;
}

/** Every download of a chart in one language. */
export function chartDownloads(chart: Chart, lang: Lang): Record<Download, string | Buffer> {
	const svg = standaloneChartSvg(chart, lang);
	return { svg, png: svgToPng(svg), csv: chartCsv(chart, lang) };
}
