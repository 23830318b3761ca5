import type { Lang } from '../site.config.ts';
import type { Chart, ChartPoint } from './data.ts';
import { bcp47 } from '../lib/bcp47.ts';
import { uiString } from '../i18n/index.ts';

/**
 * Pure helpers that decide where things go: dates on the time axis, log-axis decades, the fitted
 * trend, and the tick and value labels in each language. Unit-tested in tests/charts.test.ts.
 */

const locales: Record<Lang, string> = bcp47;

/** A chart date: "2020" → mid-2020, "2024-05" → mid-May, "2024-05-13" → that day (UTC). */
export function pointDate(iso: string): Date {
	const [year, month, day] = iso.split('-').map(Number);
	if (!month) return new Date(Date.UTC(year!, 6, 1));
	if (!day) return new Date(Date.UTC(year!, month - 1, 15));
	return new Date(Date.UTC(year!, month - 1, day));
}

const msPerYear = 365.25 * 24 * 3600 * 1000;

/** Years since 1970 as a fraction, for fitting. */
export function fractionalYear(date: Date): number {
	return date.getTime() / msPerYear;
}

export interface TrendFit {
	/** log10(value) = intercept + slope × years */
	slope: number;
	intercept: number;
	/** multiplication per year (below 1 for a fall) */
	factorPerYear: number;
	from: Date;
	to: Date;
}

/** Least-squares fit of log10(value) against time: the straight line a log axis shows. */
export function fitLogTrend(points: readonly Pick<ChartPoint, 'date' | 'value'>[]): TrendFit {
	const xs = points.map((p) => fractionalYear(pointDate(p.date!)));
	const ys = points.map((p) => Math.log10(p.value));
	const n = xs.length;
	const mx = xs.reduce((a, b) => a + b, 0) / n;
	const my = ys.reduce((a, b) => a + b, 0) / n;
	let sxy = 0;
	let sxx = 0;
	for (let i = 0; i < n; i++) {
		sxy += (xs[i]! - mx) * (ys[i]! - my);
		sxx += (xs[i]! - mx) ** 2;
	}
	const slope = sxy / sxx;
	const intercept = my - slope * mx;
	const times = points.map((p) => pointDate(p.date!).getTime());
	return {
		slope,
		intercept,
		factorPerYear: 10 ** slope,
		from: new Date(Math.min(...times)),
		to: new Date(Math.max(...times)),
	};
}

export function trendValueAt(fit: TrendFit, date: Date): number {
	return 10 ** (fit.intercept + fit.slope * fractionalYear(date));
}

/** "×2.4 a year" / "÷42 a year" (en); "×2,4 per tahun" / "÷42 per tahun" (id). */
export function trendLabel(fit: TrendFit, lang: Lang): string {
	const rising = fit.factorPerYear >= 1;
	const factor = rising ? fit.factorPerYear : 1 / fit.factorPerYear;
	const digits = factor < 10 ? 1 : 0;
	const n = new Intl.NumberFormat(locales[lang], { maximumFractionDigits: digits }).format(factor);
	const word = uiString(lang, 'site.chartPerYear');
	return `${rising ? '×' : '÷'}${n} ${word}`;
}

/** Log-axis domain padded out to whole decades, and one tick per decade. */
export function logDecades(
	values: readonly number[],
	domain?: readonly [number, number],
): {
	domain: [number, number];
	ticks: number[];
} {
	const lo = domain ? domain[0] : 10 ** Math.floor(Math.log10(Math.min(...values)));
	const hi = domain ? domain[1] : 10 ** Math.ceil(Math.log10(Math.max(...values)));
	const ticks: number[] = [];
	for (let e = Math.ceil(Math.log10(lo) - 1e-9); e <= Math.floor(Math.log10(hi) + 1e-9); e++)
		ticks.push(Number((10 ** e).toPrecision(1)));
	return { domain: [lo, hi], ticks };
}

/** Linear-axis domain from zero to a "nice" maximum, and its ticks. */
export function linearFromZero(
	values: readonly number[],
	domain?: readonly [number, number],
): {
	domain: [number, number];
	ticks: number[];
} {
	const max = domain ? domain[1] : Math.max(...values);
	const step = niceStep(max / 4);
	const top = domain ? domain[1] : Math.ceil(max / step) * step;
	const ticks: number[] = [];
	for (let v = domain ? domain[0] : 0; v <= top + step * 1e-9; v += step) ticks.push(Number(v.toPrecision(12)));
	return { domain: [domain ? domain[0] : 0, top], ticks };
}

function niceStep(rough: number): number {
	const power = 10 ** Math.floor(Math.log10(rough));
	const n = rough / power;
	return (n <= 1 ? 1 : n <= 2 ? 2 : n <= 2.5 ? 2.5 : n <= 5 ? 5 : 10) * power;
}

/** Year ticks between two dates: every year, or every `every` years. */
export function yearTicks(from: Date, to: Date, every = 1): Date[] {
	const ticks: Date[] = [];
	const first = from.getUTCFullYear() + (from.getUTCMonth() > 0 || from.getUTCDate() > 1 ? 1 : 0);
	for (let y = first; Date.UTC(y, 0, 1) <= to.getTime(); y++) {
		if ((y - first) % every === 0) ticks.push(new Date(Date.UTC(y, 0, 1)));
	}
	return ticks;
}

/** A tick or value label: "$2.2M" / "US$2,2 jt", "$0.1" / "US$0,1", "30%". */
export function shortValue(value: number, unit: Chart['y']['unit'], lang: Lang): string {
	if (unit === 'usd' || unit.startsWith('usd-')) {
		return new Intl.NumberFormat(locales[lang], {
			// compact notation rounds 0.01 to "$0"; below 1 the digits are printed
			notation: Math.abs(value) >= 1000 ? 'compact' : 'standard',
			style: 'currency',
			currency: 'USD',
			maximumSignificantDigits: 3,
		})
			.format(value)
			.replace(/\u00a0/g, ' ');
	}
	// below a million the digits are printed ("1,342", not "1.34K"), so a bar's label matches the table
	const n = new Intl.NumberFormat(
		locales[lang],
		Math.abs(value) >= 1e6
			? { notation: 'compact', maximumSignificantDigits: 3 }
			: { notation: 'standard', maximumSignificantDigits: 4 },
	).format(value);
	return unit === 'percent' ? `${n}%` : unit === 'multiplier' ? `${n}×` : n;
}
