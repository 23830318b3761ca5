import * as Plot from '@observablehq/plot';
import type { Lang } from '../site.config.ts';
import { inLang, type Chart } from './data.ts';
import { fontSizes, legendRowHeight, markScale, plotOptions, type Variant } from './plot-options.ts';
import { seriesColour, seriesSymbol } from './theme.ts';
import { escapeXml } from '../figures/index.ts';

export { escapeXml };

/**
 * Renders a chart to SVG with Observable Plot: no browser, no client JavaScript, the same bytes on
 * every build. Colours are CSS custom properties (theme.ts), so one SVG follows the light and dark themes.
 */
export type { Variant } from './plot-options.ts';

/**
 * The chart as an SVG fragment: Plot's marks without its stylesheet or class, coordinates rounded
 * to 0.1 px, inside `<g id="p">` so a page can draw it with `<use href="file.svg#p">`.
 */
export function renderChartSvg(
	chart: Chart,
	lang: Lang,
	variant: Variant,
	size?: { width: number; height: number },
): { svg: string; width: number; height: number } {
	const options = plotOptions(chart, lang, variant, size);
	const k = markScale[variant];
	const root = Plot.plot(options) as unknown as { outerHTML: string };
	const html = root.outerHTML;
	const width = Number(/\bwidth="(\d+)"/.exec(html)?.[1]);
	const height = Number(/\bheight="(\d+)"/.exec(html)?.[1]);
	const inner = html
		.replace(/^<svg[^>]*>/, '')
		.replace(/<\/svg>$/, '')
		.replace(/<style>[\s\S]*?<\/style>/g, '')
		.replace(/ aria-label="[^"]*"/g, '')
		.replace(/ aria-hidden="true"/g, '')
		// round coordinates inside tags only: a label such as "1.342" (Indonesian thousands) stays as written
		.replace(/<[^>]*>/g, (tag) => tag.replace(/(\d+\.\d{3,})/g, (n) => String(Math.round(Number(n) * 10) / 10)))
		.replace(/<text([^>]*)\/>/g, '');
	// Series names with their marker: top right on the wide drawing, under the axis on the narrow one.
	const legend =
		chart.series.length > 1 && chart.kind !== 'bar'
			? chart.series
					.map((s, i) => {
						const label = escapeXml(inLang(s.label, lang));
						if (variant === 'narrow') {
							const y = height - legendRowHeight * (chart.series.length - i) + 4;
							const x = 12;
							return `<text x="${x + 10}" y="${y}" dy="0.32em" text-anchor="start" font-weight="bold" fill="${seriesColour(i)}">${label}</text>${legendSymbol(i, x, y, k)}`;
						}
						const y = (40 + i * legendRowHeight) * k;
						const x = width - 20 * k;
						return `<text x="${x - 10 * k}" y="${y}" dy="0.32em" text-anchor="end" font-weight="bold" fill="${seriesColour(i)}">${label}</text>${legendSymbol(i, x, y, k)}`;
					})
					.join('')
			: '';
	const chartFontSize = fontSizes[variant];
	const svg =
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">` +
		`<g id="p" font-size="${chartFontSize}" text-anchor="middle" fill="currentColor">${inner}${legend}</g></svg>`;
	return { svg, width, height };
}

/** The series marker beside its legend entry; k scales it with the marks (2 on a slide). */
function legendSymbol(i: number, x: number, y: number, k = 1): string {
	const fill = seriesColour(i);
	switch (seriesSymbol(i)) {
		case 'square':
			return `<rect x="${x - 3.5 * k}" y="${y - 3.5 * k}" width="${7 * k}" height="${7 * k}" fill="${fill}"/>`;
		case 'triangle':
			return `<path d="M${x},${y - 4.5 * k}L${x + 4.5 * k},${y + 3.5 * k}L${x - 4.5 * k},${y + 3.5 * k}Z" fill="${fill}"/>`;
		case 'diamond':
			return `<path d="M${x},${y - 5 * k}L${x + 5 * k},${y}L${x},${y + 5 * k}L${x - 5 * k},${y}Z" fill="${fill}"/>`;
		default:
			return `<circle cx="${x}" cy="${y}" r="${4 * k}" fill="${fill}"/>`;
	}
}
