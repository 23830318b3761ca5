import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import type { Lang } from '../site.config.ts';
import { inLang, type Chart, type ChartPoint } from './data.ts';
import { bcp47Dates } from '../lib/bcp47.ts';
import {
	fitLogTrend,
	linearFromZero,
	logDecades,
	pointDate,
	shortValue,
	trendLabel,
	trendValueAt,
	yearTicks,
} from './scales.ts';
import { seriesColour, seriesDash, seriesSymbol } from './theme.ts';

/**
 * A chart's data as Observable Plot options (marks, scales, ticks, margins) for one language and
 * size, on a server-side DOM (linkedom). render.ts turns them into the SVG.
 */

/** wide and narrow: the page's two drawings; slide: re-plotted for a 16:9 slide (1920×1080 frame, src/figures/slide.ts). */
export type Variant = 'wide' | 'narrow' | 'slide';

export const legendRowHeight = 18;

export const variantSize: Record<Variant, { width: number; height: number }> = {
	wide: { width: 640, height: 360 },
	narrow: { width: 340, height: 320 },
	/** the graphic box of a slide with a one-line title; export.ts passes each chart's own box */
	slide: { width: 1760, height: 620 },
};

/** Label size in SVG units: the narrow drawing is shown at about 300–340 px, so its labels are larger. */
export const fontSizes: Record<Variant, number> = { wide: 13, narrow: 13, slide: 28 };

/** Marks (line widths, dot radii, label halos, bar spacing) grow with the type on a slide, so they read from the back of a room. */
export const markScale: Record<Variant, number> = { wide: 1, narrow: 1, slide: 2 };

const { document } = parseHTML('<!doctype html><html><body></body></html>');

interface Row {
	series: string;
	seriesIndex: number;
	label: string;
	x?: string | undefined;
	date?: Date | undefined;
	value: number;
	annotate: boolean;
	point: ChartPoint;
}

/** The chart's marks as Plot options for one language and size. */
export function plotOptions(
	chart: Chart,
	lang: Lang,
	variant: Variant,
	size: { width: number; height: number } = variantSize[variant],
): Plot.PlotOptions {
	const { width, height } = size;
	const k = markScale[variant];
	const rows: Row[] = chart.series.flatMap((s, seriesIndex) =>
		s.points.map((p) => ({
			series: inLang(s.label, lang),
			seriesIndex,
			label: inLang(p.label, lang),
			x: p.x === undefined ? undefined : inLang(p.x, lang),
			date: p.date ? pointDate(p.date) : undefined,
			value: p.value,
			annotate: p.annotate,
			point: p,
		})),
	);
	const values = rows.map((r) => r.value);
	const format = (v: number) => shortValue(v, chart.y.unit, lang);
	const yLabel = inLang(chart.y.label, lang);
	const chartFontSize = fontSizes[variant];
	const charWidth = chartFontSize * 0.62;

	if (chart.kind === 'bar') {
		const axis = linearFromZero(values, chart.y.domain);
		const categories = rows.map((r) => r.x!);
		const marginLeft = Math.ceil(Math.max(...categories.map((c) => c.length)) * charWidth) + 12;
		const barHeight =
			variant === 'slide' ? Math.min(120, Math.floor((height - 16) / categories.length)) : variant === 'wide' ? 30 : 28;
		return {
			document,
			width,
			height: categories.length * barHeight + 16,
			marginLeft,
			marginRight: 56 * k,
			marginTop: 8,
			marginBottom: 8,
			style: { fontSize: `${chartFontSize}px`, fontFamily: 'inherit' },
			// Each bar carries its value; the axis would only crowd a narrow screen.
			x: { domain: axis.domain, axis: null },
			y: { domain: categories, label: null, tickSize: 0, padding: 0.25 },
			marks: [
				Plot.gridX(axis.ticks, { stroke: 'currentColor', strokeOpacity: 0.15 }),
				Plot.barX(rows, { x: 'value', y: 'x', fill: seriesColour(0) }),
				Plot.ruleX([0], { stroke: 'currentColor' }),
				Plot.text(rows, {
					x: 'value',
					y: 'x',
					text: (d: Row) => format(d.value),
					textAnchor: 'start',
					dx: 4 * k,
					fill: 'currentColor',
				}),
			],
		};
	}

	const dates = rows.map((r) => r.date!);
	const from = new Date(Math.min(...dates.map((d) => d.getTime())));
	const to = new Date(
		Math.max(
			...dates.map((d) => d.getTime()),
			...rows.filter((r) => r.point.until).map((r) => pointDate(r.point.until!).getTime()),
		),
	);
	const span = to.getUTCFullYear() - from.getUTCFullYear();
	const short = to.getTime() - from.getTime() < 2.5 * 365.25 * 86400000;
	const halfYears = halfYearTicks(from, to);
	const xTicks = short
		? variant === 'narrow' && halfYears.length > 3
			? halfYears.filter((d) => d.getUTCMonth() === 0)
			: halfYears
		: yearTicks(new Date(from.getTime() - 1), new Date(to.getTime() + 1), variant === 'narrow' && span > 4 ? 2 : 1);
	const tickFormat = short
		? (d: Date) =>
				new Intl.DateTimeFormat(bcp47Dates[lang], {
					month: 'short',
					year: 'numeric',
					timeZone: 'UTC',
				}).format(d)
		: (d: Date) => String(d.getUTCFullYear());
	const y = chart.y.scale === 'log' ? logDecades(values, chart.y.domain) : linearFromZero(values, chart.y.domain);
	const marginLeft = Math.ceil(Math.max(...y.ticks.map((t) => format(t).length)) * charWidth) + 14 * k;
	const pad = (to.getTime() - from.getTime()) * 0.04 + 1;
	const marks: Plot.Markish[] = [Plot.gridY(y.ticks, { stroke: 'currentColor', strokeOpacity: 0.15 })];

	chart.series.forEach((_, i) => {
		const own = rows.filter((r) => r.seriesIndex === i);
		const dash = seriesDash(i);
		const style = {
			stroke: seriesColour(i),
			strokeWidth: 2 * k,
			...(dash ? { strokeDasharray: dash.replace(/\d+/g, (n) => String(Number(n) * k)) } : {}),
		};
		if (chart.kind === 'line') marks.push(Plot.line(own, { x: 'date', y: 'value', ...style }));
		if (chart.kind === 'step') {
			for (const segment of stepSegments(own))
				marks.push(Plot.line(segment, { x: 'date', y: 'value', curve: 'step-after', ...style }));
		}
		marks.push(
			Plot.dot(own, {
				x: 'date',
				y: 'value',
				symbol: seriesSymbol(i),
				r: 4 * k,
				fill: seriesColour(i),
				stroke: 'var(--diagram-bg)',
				strokeWidth: k,
			}),
		);
	});

	for (const seriesId of chart.trend) {
		const i = chart.series.findIndex((s) => s.id === seriesId);
		const fit = fitLogTrend(chart.series[i]!.points);
		const ends = [fit.from, fit.to].map((date) => ({ date, value: trendValueAt(fit, date) }));
		marks.push(
			Plot.line(ends, {
				x: 'date',
				y: 'value',
				stroke: 'currentColor',
				strokeWidth: 1.5 * k,
				strokeDasharray: `${5 * k} ${4 * k}`,
			}),
		);
		const rising = fit.factorPerYear >= 1;
		const at = new Date(fit.from.getTime() + (fit.to.getTime() - fit.from.getTime()) * (rising ? 0.62 : 0.5));
		marks.push(
			Plot.text([{ date: at, value: trendValueAt(fit, at) }], {
				x: 'date',
				y: 'value',
				text: () => trendLabel(fit, lang),
				dx: 6 * k,
				dy: (rising ? 16 : -4) * k,
				textAnchor: 'start',
				fill: 'currentColor',
				fontWeight: 'bold',
				stroke: 'var(--diagram-bg)',
				strokeWidth: 3 * k,
				paintOrder: 'stroke',
			}),
		);
	}

	// Labels point inwards, so none runs off the plot: left half to the right of its dot, right half to the left.
	// On a step chart the level runs on from its dot, so the label sits just above it instead of on it.
	const labelDy = (chart.kind === 'step' ? -10 : -2) * k;
	const middle = (from.getTime() + to.getTime()) / 2;
	for (const right of [false, true]) {
		const annotated = rows.filter((r) => r.annotate && r.date!.getTime() > middle === right);
		if (!annotated.length) continue;
		marks.push(
			Plot.text(annotated, {
				x: 'date',
				y: 'value',
				text: 'label',
				textAnchor: right ? 'end' : 'start',
				dx: (right ? -8 : 8) * k,
				dy: labelDy,
				fill: 'currentColor',
				stroke: 'var(--diagram-bg)',
				strokeWidth: 3 * k,
				paintOrder: 'stroke',
			}),
		);
	}

	return {
		document,
		width,
		height: height + (variant === 'narrow' && chart.series.length > 1 ? legendRowHeight * chart.series.length + 4 : 0),
		marginLeft,
		marginRight: 16 * k,
		marginTop: 30 * k,
		marginBottom:
			28 * k + (variant === 'narrow' && chart.series.length > 1 ? legendRowHeight * chart.series.length + 4 : 0),
		style: { fontSize: `${chartFontSize}px`, fontFamily: 'inherit' },
		x: {
			type: 'utc',
			domain: [new Date(from.getTime() - pad), new Date(to.getTime() + pad)],
			ticks: xTicks,
			tickFormat,
			label: chart.x.label ? inLang(chart.x.label, lang) : null,
		},
		y: {
			type: chart.y.scale === 'log' ? 'log' : 'linear',
			domain: y.domain,
			ticks: y.ticks,
			tickFormat: format,
			label: yLabel,
			labelAnchor: 'top',
			labelArrow: 'none',
		},
		marks,
	};
}

/** 1 January and 1 July ticks between two dates. */
function halfYearTicks(from: Date, to: Date): Date[] {
	const ticks: Date[] = [];
	for (let y = from.getUTCFullYear(); y <= to.getUTCFullYear(); y++) {
		for (const m of [0, 6]) {
			const d = new Date(Date.UTC(y, m, 1));
			if (d >= from && d <= to) ticks.push(d);
		}
	}
	return ticks;
}

/** Step series split where a point's `until` ends its value before the next point (a gap). */
function stepSegments(rows: Row[]): Row[][] {
	const segments: Row[][] = [];
	let current: Row[] = [];
	rows.forEach((row, i) => {
		current.push(row);
		const next = rows[i + 1];
		if (row.point.until) {
			current.push({ ...row, date: pointDate(row.point.until) });
			if (!next || next.date!.getTime() > pointDate(row.point.until).getTime()) {
				segments.push(current);
				current = [];
			}
		} else if (!next) {
			segments.push(current);
		}
	});
	if (current.length) segments.push(current);
	return segments;
}
