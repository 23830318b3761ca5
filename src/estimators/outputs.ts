import type { Lang } from '../site.config.ts';
import { formatFigure, formatPlain } from '../lib/format-number.ts';
import { bcp47 } from '../lib/bcp47.ts';
import type { TrainingResult } from './training-cost.ts';
import type { MemoryResult } from './model-memory.ts';
import type { BuildOrBuyResult } from './build-or-buy.ts';

/**
 * Result texts of each estimator, keyed by the `data-out` slot they fill. The same functions run at
 * build time (the worked example) and in the browser (the reader's inputs), so both read alike.
 */
const sig = (n: number, digits = 3) => Number(n.toPrecision(digits));

/**
 * Rupiah per US dollar for results on Indonesian pages (the key number usd-idr-ecb-2026-05-08);
 * undefined on English pages, which show dollars only.
 */
export type RupiahRate = number | undefined;

/** "Rp78,1 miliar", "Rp200 juta", "Rp9.500": three significant digits, Indonesian scale words. */
export function formatRupiah(idr: number, lang: Lang): string {
	return `Rp${formatFigure(sig(idr), 'usd', lang, { withUnit: false })}`;
}

/** A dollar amount, followed on Indonesian pages by its rupiah: "US$4,5 juta (Rp78,1 miliar)". */
function money(usd: number, lang: Lang, rate: RupiahRate, digits = 3): string {
	const dollars = formatFigure(sig(usd, digits), 'usd', lang);
	return rate === undefined ? dollars : `${dollars} (${formatRupiah(usd * rate, lang)})`;
}

export function trainingOutputs(r: TrainingResult, lang: Lang, rate?: RupiahRate) {
	return {
		flops: formatFigure(sig(r.flops), 'flops', lang),
		throughput: formatFigure(sig(r.sustainedFlopsPerGpu / 1e12), 'tflops', lang),
		gpuHours: formatFigure(sig(r.gpuHours), 'gpu-hours', lang),
		days: formatFigure(sig(r.wallClockDays), 'days', lang),
		cost: money(r.costUsd, lang, rate),
	};
}

/** The words of gapText in the page's language (`site.trainingCost.gapBelow`, `gapAbove`). */
export interface GapWords {
	below: string;
	above: string;
}

/** "14% below" / "14% di bawah": how far the estimate is from a published figure. */
export function gapText(estimate: number, published: number, lang: Lang, words: GapWords): string {
	const pct = Math.round((1 - estimate / published) * 100);
	return `${formatPlain(Math.abs(pct), lang, 0)}% ${pct >= 0 ? words.below : words.above}`;
}

export function memoryOutputs(r: MemoryResult, lang: Lang) {
	const gb = (n: number) => formatFigure(sig(n), 'gb', lang);
	return {
		weights: gb(r.weightsGb),
		active: gb(r.activeWeightsGb),
		cache: gb(r.kvCacheGb),
		total: gb(r.totalGb),
		gpus: formatFigure(r.gpusNeeded, 'gpus', lang),
	};
}

/**
 * `never` is the break-even when the API costs nothing, in the page's language
 * (`site.buildOrBuy.neverBreaksEven`).
 */
export function buildOrBuyOutputs(r: BuildOrBuyResult, lang: Lang, never: string, rate?: RupiahRate) {
	// Four significant digits: the monthly bills are exact products (8 × 2 × 720 = 11,520).
	const usd = (n: number) => money(n, lang, rate, 4);
	return {
		api: usd(r.apiMonthlyUsd),
		self: usd(r.selfHostMonthlyUsd),
		breakEven: Number.isFinite(r.breakEvenMillions)
			? `${formatFigure(sig(r.breakEvenMillions * 1e6), 'tokens', lang)}`
			: never,
		multiple: Number.isFinite(r.breakEvenMultiple)
			? formatFigure(sig(r.breakEvenMultiple, 2), 'multiplier', lang)
			: '—',
		capacity: formatFigure(sig(r.capacityUsedPercent, 2), 'percent', lang),
	};
}

/** The break-even chart's drawing area, in the units of its viewBox (0 0 320 210). */
export const chartBox = { left: 46, right: 296, top: 26, bottom: 168, width: 320, height: 210 } as const;

/** Round axis steps: 1, 2 or 5 times a power of ten, about `count` of them up to `max`. */
export function niceTicks(max: number, count = 4): number[] {
	if (!(max > 0) || !Number.isFinite(max)) return [0];
	// d3's tick step: the power of ten below max ÷ count, times 1, 2, 5 or 10, whichever lands nearest
	const raw = max / count;
	const power = 10 ** Math.floor(Math.log10(raw));
	const error = raw / power;
	const step = power * (error >= Math.sqrt(50) ? 10 : error >= Math.sqrt(10) ? 5 : error >= Math.SQRT2 ? 2 : 1);
	const ticks: number[] = [];
	for (let i = 0; i * step <= max * (1 + 1e-9); i++) ticks.push(Number((i * step).toPrecision(12)));
	return ticks;
}

/** A tick label: "2K", "1.5M" (en) / "2 rb", "1,5 jt" (id). */
export function tickLabel(value: number, lang: Lang): string {
	return new Intl.NumberFormat(bcp47[lang], {
		notation: 'compact',
		maximumFractionDigits: 1,
	}).format(value);
}

export interface ChartTick {
	/** position along its axis, in viewBox units */
	at: string;
	label: string;
}

/**
 * The break-even chart: API cost rising with volume, self-hosting flat, the current volume and the
 * break-even as vertical lines, and round ticks on both axes (tokens per month, USD per month).
 */
export function chartLines(r: BuildOrBuyResult, volumeMillions: number, lang: Lang = 'en') {
	const { left, right, top, bottom } = chartBox;
	const maxVolume =
		Math.max(volumeMillions, Number.isFinite(r.breakEvenMillions) ? r.breakEvenMillions : 0) * 1.25 || 1;
	const blended = volumeMillions > 0 ? r.apiMonthlyUsd / volumeMillions : 0;
	const maxCost = Math.max(blended * maxVolume, r.selfHostMonthlyUsd) * 1.1 || 1;
	const x = (v: number) => (v / maxVolume) * (right - left) + left;
	const y = (c: number) => bottom - (c / maxCost) * (bottom - top);
	const f = (n: number) => n.toFixed(1);
	return {
		api: `${f(x(0))},${f(y(0))} ${f(x(maxVolume))},${f(y(blended * maxVolume))}`,
		self: `${f(x(0))},${f(y(r.selfHostMonthlyUsd))} ${f(x(maxVolume))},${f(y(r.selfHostMonthlyUsd))}`,
		now: f(x(volumeMillions)),
		breakEven: Number.isFinite(r.breakEvenMillions) ? f(x(r.breakEvenMillions)) : '-10',
		// volume ticks in tokens (the inputs are in millions)
		xTicks: niceTicks(maxVolume).map((v): ChartTick => ({ at: f(x(v)), label: tickLabel(v * 1e6, lang) })),
		yTicks: niceTicks(maxCost).map((c): ChartTick => ({ at: f(y(c)), label: tickLabel(c, lang) })),
	};
}
