import { formatFigure } from '../lib/format-number.ts';
import { formatDate } from '../lib/format-date.ts';
import { escapeHtml } from '../lib/html.ts';
import { uiString, type UiStringKey } from '../i18n/index.ts';
import type { Lang } from '../site.config.ts';
import { inLang, type Chart } from './data.ts';
import { chartDownloadPath, plotFile, renderedChart, sourceLine, type Download } from './export.ts';
import type { Variant } from './render.ts';

export function chartAnchor(id: string): string {
	return `chart-${id}`;
}

/**
 * The figure a chart becomes on its page, styled like the diagrams: the graphic (two sizes, CSS
 * shows the one that fits; each is a small <svg> that draws the chart file with <use>, so the page
 * stays light and the colours still follow the theme), the caption with title, description and
 * source line, download links, and the data as a table in <details>. Tick labels are not in the
 * page's HTML, so Pagefind indexes the title and description only.
 */
export function chartFigureHtml(chart: Chart, lang: Lang): string {
	const anchor = chartAnchor(chart.id);
	const titleId = `${anchor}-t`;
	const descId = `${anchor}-d`;
	const title = escapeHtml(inLang(chart.title, lang));
	const graphic = (variant: Variant) => {
		const { width, height } = renderedChart(chart, lang, variant);
		const { path } = plotFile(chart, lang, variant);
		return `<svg viewBox="0 0 ${width} ${height}"><use href="${path}#p"/></svg>`;
	};
	const link = (format: Download, key: UiStringKey) =>
		`<li><a href="${chartDownloadPath(lang, chart.id, format)}" download>${escapeHtml(uiString(lang, key))}</a></li>`;
	const note = chart.note ? ` ${escapeHtml(inLang(chart.note, lang))}` : '';
	return (
		`<figure class="diagram chart" id="${anchor}">` +
		// one image for assistive technology; CSS shows the wide or the narrow drawing
		`<div class="chart__plot" role="img" aria-labelledby="${titleId}" aria-describedby="${descId}">${graphic('wide')}${graphic('narrow')}</div>` +
		`<figcaption><b id="${titleId}">${title}</b>` +
		`<span id="${descId}">${escapeHtml(inLang(chart.description, lang))}${note}</span>` +
		`<span>${escapeHtml(sourceLine(chart, lang))}</span>` +
		// the 16:9 slide first: what a presenter comes for
		`<ul class="diagram__links" data-pagefind-ignore>${link('slide-png', 'site.chartDownloadSlidePng')}${link('slide-svg', 'site.chartDownloadSlideSvg')}${link('svg', 'site.diagramDownloadSvg')}${link('png', 'site.diagramDownloadPng')}${link('csv', 'site.chartDownloadCsv')}</ul>` +
		dataTable(chart, lang) +
		`</figcaption></figure>`
	);
}

/** The data behind the chart, for screen readers and anyone who wants the numbers. */
function dataTable(chart: Chart, lang: Lang): string {
	const t = (key: UiStringKey) => escapeHtml(uiString(lang, key));
	const time = chart.x.type === 'time';
	const multi = chart.series.length > 1;
	const rows = chart.series
		.flatMap((s) =>
			s.points.map((p) => {
				const cells = [
					...(multi ? [inLang(s.label, lang)] : []),
					time ? inLang(p.label, lang) : inLang(p.x, lang),
					...(time ? [formatDate(p.date!, lang) + (p.until ? `–${formatDate(p.until, lang)}` : '')] : []),
					formatFigure(p.value, p.unit, lang, { withUnit: false }),
				];
				return `<tr>${cells.map((c, i) => (i === 0 ? `<th scope="row">${escapeHtml(c)}</th>` : `<td>${escapeHtml(c)}</td>`)).join('')}</tr>`;
			}),
		)
		.join('');
	const head = [
		...(multi ? [t('site.chartSeries')] : []),
		time ? t('site.chartItem') : t('site.chartCategory'),
		...(time ? [t('site.chartDate')] : []),
		`${t('site.chartValue')} (${escapeHtml(unitWords(chart, lang))})`,
	];
	return (
		`<details data-pagefind-ignore><summary>${t('site.chartData')}</summary>` +
		`<table><thead><tr>${head.map((h) => `<th scope="col">${h}</th>`).join('')}</tr></thead><tbody>${rows}</tbody></table></details>`
	);
}

/** The unit for the table's value column: "USD", "USD per million tokens" / "US$ per juta token". */
function unitWords(chart: Chart, lang: Lang): string {
	const unit = chart.y.unit;
	if (unit === 'usd') return uiString(lang, 'site.chartUnitUsd');
	if (unit === 'usd-per-million-tokens') return uiString(lang, 'site.chartUnitUsdPerMillionTokens');
	return formatFigure(1, unit, lang).replace(/^1\s?/, '');
}
