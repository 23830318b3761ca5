import type { NumberField } from './fields.ts';

/** Hours in a 30-day month, the month /enterprise/build-or-buy/ works with. */
export const HOURS_PER_MONTH = 720;

export interface BuildOrBuyInputs {
	/** input tokens per month, in millions */
	inputMillions: number;
	/** output tokens per month, in millions */
	outputMillions: number;
	/** API price, USD per million input tokens */
	apiInputPrice: number;
	/** API price, USD per million output tokens */
	apiOutputPrice: number;
	/** self-hosting: rental price per GPU-hour, USD */
	gpuPricePerHour: number;
	/** self-hosting: GPUs kept running all month */
	gpus: number;
	/** self-hosting: output tokens per second the deployment sustains */
	outputTokensPerSecond: number;
}

export interface BuildOrBuyResult {
	apiMonthlyUsd: number;
	selfHostMonthlyUsd: number;
	/** output tokens per month the deployment can produce, in millions */
	capacityOutputMillions: number;
	/** share of that capacity the volume uses, percent */
	capacityUsedPercent: number;
	/** total monthly tokens (same input/output mix) at which both options cost the same, in millions; Infinity if the API is free */
	breakEvenMillions: number;
	/** how many times the current volume the break-even is */
	breakEvenMultiple: number;
}

export const buildOrBuyFields = {
	inputMillions: { key: 'in', min: 0, max: 1e9 },
	outputMillions: { key: 'out', min: 0, max: 1e9 },
	apiInputPrice: { key: 'pin', min: 0, max: 10_000 },
	apiOutputPrice: { key: 'pout', min: 0, max: 10_000 },
	gpuPricePerHour: { key: 'gpuprice', min: 0, max: 1_000 },
	gpus: { key: 'gpus', min: 1, max: 1_000_000, integer: true },
	outputTokensPerSecond: { key: 'tps', min: 1, max: 1e9 },
} satisfies Record<string, NumberField>;

export function estimateBuildOrBuy(i: BuildOrBuyInputs): BuildOrBuyResult {
	const apiMonthlyUsd = i.inputMillions * i.apiInputPrice + i.outputMillions * i.apiOutputPrice;
	const selfHostMonthlyUsd = i.gpus * i.gpuPricePerHour * HOURS_PER_MONTH;
	const capacityOutputMillions = (i.outputTokensPerSecond * 3600 * HOURS_PER_MONTH) / 1e6;
	const volume = i.inputMillions + i.outputMillions;
	// Blended API price per million tokens at this input/output mix (output only if there is no volume yet).
	const blended = volume > 0 ? apiMonthlyUsd / volume : i.apiOutputPrice;
	const breakEvenMillions = blended > 0 ? selfHostMonthlyUsd / blended : Infinity;
	return {
		apiMonthlyUsd,
		selfHostMonthlyUsd,
		capacityOutputMillions,
		capacityUsedPercent: (i.outputMillions / capacityOutputMillions) * 100,
		breakEvenMillions,
		breakEvenMultiple: volume > 0 ? breakEvenMillions / volume : Infinity,
	};
}
