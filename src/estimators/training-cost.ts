import type { NumberField } from './fields.ts';

/** Training cost: FLOPs = 6·N·D, GPU-hours = FLOPs ÷ (peak × MFU × 3,600), wall-clock days, dollars. */
export interface TrainingInputs {
	/** parameters that work on each token (active parameters for MoE), in billions */
	paramsBillions: number;
	/** training tokens, in trillions */
	tokensTrillions: number;
	/** peak dense throughput of one GPU at the chosen precision, TFLOPS */
	peakTflops: number;
	/** model FLOPs utilisation, percent */
	mfuPercent: number;
	/** price per GPU-hour, USD */
	pricePerGpuHour: number;
	/** GPUs working in parallel */
	gpus: number;
}

export interface TrainingResult {
	flops: number;
	/** sustained FLOP/s per GPU */
	sustainedFlopsPerGpu: number;
	gpuHours: number;
	wallClockDays: number;
	costUsd: number;
}

export const trainingFields = {
	paramsBillions: { key: 'n', min: 0.001, max: 100_000 },
	tokensTrillions: { key: 'd', min: 0.000001, max: 10_000 },
	mfuPercent: { key: 'mfu', min: 1, max: 100 },
	pricePerGpuHour: { key: 'price', min: 0, max: 1_000 },
	gpus: { key: 'gpus', min: 1, max: 10_000_000, integer: true },
} satisfies Record<string, NumberField>;

export function sixND(paramsBillions: number, tokensTrillions: number): number {
	return 6 * paramsBillions * 1e9 * tokensTrillions * 1e12;
}

export function estimateTraining(i: TrainingInputs): TrainingResult {
	const flops = sixND(i.paramsBillions, i.tokensTrillions);
	const sustainedFlopsPerGpu = i.peakTflops * 1e12 * (i.mfuPercent / 100);
	const gpuHours = flops / (sustainedFlopsPerGpu * 3600);
	return {
		flops,
		sustainedFlopsPerGpu,
		gpuHours,
		wallClockDays: gpuHours / i.gpus / 24,
		costUsd: gpuHours * i.pricePerGpuHour,
	};
}
