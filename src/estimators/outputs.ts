import type { Lang } from '../site.config.ts';
import { formatFigure, formatPlain } from '../lib/format-number.ts';
import type { TrainingResult } from './training-cost.ts';
import type { MemoryResult } from './model-memory.ts';
import type { BuildOrBuyResult } from './build-or-buy.ts';

/**
 * Result texts of each estimator, keyed by the `data-out` slot they fill. The same functions run at
 * build time (the worked example) and in the browser (the reader's inputs), so both read alike.
 */
const sig = (n: number, digits = 3) => Number(n.toPrecision(digits));

export function trainingOutputs(r: TrainingResult, lang: Lang) {
	return {
		flops: formatFigure(sig(r.flops), 'flops', lang),
		throughput: formatFigure(sig(r.sustainedFlopsPerGpu / 1e12), 'tflops', lang),
		gpuHours: formatFigure(sig(r.gpuHours), 'gpu-hours', lang),
		days: formatFigure(sig(r.wallClockDays), 'days', lang),
		cost: formatFigure(sig(r.costUsd), 'usd', lang),
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
export function buildOrBuyOutputs(r: BuildOrBuyResult, lang: Lang, never: string) {
	// Four significant digits: the monthly bills are exact products (8 × 2 × 720 = 11,520).
	const usd = (n: number) => formatFigure(sig(n, 4), 'usd', lang);
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

/** Points of the break-even chart (viewBox 0 0 320 160): API cost rising with volume, self-hosting flat. */
export function chartLines(r: BuildOrBuyResult, volumeMillions: number) {
	const maxVolume =
		Math.max(volumeMillions, Number.isFinite(r.breakEvenMillions) ? r.breakEvenMillions : 0) * 1.25 || 1;
	const blended = volumeMillions > 0 ? r.apiMonthlyUsd / volumeMillions : 0;
	const maxCost = Math.max(blended * maxVolume, r.selfHostMonthlyUsd) * 1.1 || 1;
	const x = (v: number) => (v / maxVolume) * 300 + 10;
	const y = (c: number) => 150 - (c / maxCost) * 140;
	const f = (n: number) => n.toFixed(1);
	return {
		api: `${f(x(0))},${f(y(0))} ${f(x(maxVolume))},${f(y(blended * maxVolume))}`,
		self: `${f(x(0))},${f(y(r.selfHostMonthlyUsd))} ${f(x(maxVolume))},${f(y(r.selfHostMonthlyUsd))}`,
		now: f(x(volumeMillions)),
		breakEven: Number.isFinite(r.breakEvenMillions) ? f(x(r.breakEvenMillions)) : '-10',
	};
}
