import type { NumberField } from './fields.ts';

/** Bytes per value for each number format the memory estimator offers. */
export const bytesPerValue = { fp32: 4, bf16: 2, fp8: 1, int4: 0.5 } as const;
export type Precision = keyof typeof bytesPerValue;

export interface MemoryInputs {
	/** all parameters held in memory, in billions */
	totalParamsBillions: number;
	/** parameters that work on each token, in billions (equal to total for a dense model) */
	activeParamsBillions: number;
	weightPrecision: Precision;
	layers: number;
	kvHeads: number;
	headDim: number;
	contextTokens: number;
	batch: number;
	cachePrecision: Precision;
	/** memory of one GPU, GB */
	gpuMemoryGb: number;
}

export interface MemoryResult {
	weightsGb: number;
	activeWeightsGb: number;
	kvCacheGb: number;
	totalGb: number;
	gpusNeeded: number;
}

export const memoryFields = {
	totalParamsBillions: { key: 'total', min: 0.001, max: 100_000 },
	activeParamsBillions: { key: 'active', min: 0.001, max: 100_000 },
	layers: { key: 'layers', min: 1, max: 10_000, integer: true },
	kvHeads: { key: 'kvh', min: 1, max: 10_000, integer: true },
	headDim: { key: 'hd', min: 1, max: 100_000, integer: true },
	contextTokens: { key: 'ctx', min: 1, max: 100_000_000, integer: true },
	batch: { key: 'batch', min: 1, max: 100_000, integer: true },
} satisfies Record<string, NumberField>;

/** KV cache in bytes: keys and values (2) × layers × KV heads × head dimension × context × batch × bytes. */
export function kvCacheBytes(
	i: Pick<MemoryInputs, 'layers' | 'kvHeads' | 'headDim' | 'contextTokens' | 'batch' | 'cachePrecision'>,
) {
	return 2 * i.layers * i.kvHeads * i.headDim * i.contextTokens * i.batch * bytesPerValue[i.cachePrecision];
}

export function estimateMemory(i: MemoryInputs): MemoryResult {
	const bytes = bytesPerValue[i.weightPrecision];
	const weightsGb = i.totalParamsBillions * bytes; // 1e9 parameters × bytes ÷ 1e9 bytes per GB
	const kvCacheGb = kvCacheBytes(i) / 1e9;
	const totalGb = weightsGb + kvCacheGb;
	return {
		weightsGb,
		activeWeightsGb: i.activeParamsBillions * bytes,
		kvCacheGb,
		totalGb,
		gpusNeeded: Math.max(1, Math.ceil(totalGb / i.gpuMemoryGb - 1e-12)),
	};
}
