import { mountAll, type EstimatorConfig } from './runtime.ts';
import { estimateTraining, trainingFields } from '../training-cost.ts';
import { trainingOutputs, gapText, type GapWords } from '../outputs.ts';

export interface TrainingConfig extends EstimatorConfig {
	/** peak dense TFLOPS per GPU id and precision */
	hardware: Record<string, { bf16: number; fp8?: number }>;
	/** published GPU-hours per preset id */
	published: Record<string, number>;
	/** "below" / "above" in the page's language */
	gapWords: GapWords;
}

mountAll<TrainingConfig>('training-cost', {
	fields: trainingFields,
	compute(v, config, root) {
		const gpu = config.hardware[String(v.gpu)] ?? Object.values(config.hardware)[0]!;
		const fp8 = v.prec === 'fp8' && gpu.fp8 !== undefined;
		const precision = root.querySelector<HTMLSelectElement>('[data-key="prec"]');
		const fp8Option = precision?.querySelector<HTMLOptionElement>('option[value="fp8"]');
		if (fp8Option) fp8Option.disabled = gpu.fp8 === undefined;
		if (precision && !fp8 && precision.value === 'fp8') precision.value = 'bf16';
		const result = estimateTraining({
			paramsBillions: Number(v.n),
			tokensTrillions: Number(v.d),
			peakTflops: fp8 ? gpu.fp8! : gpu.bf16,
			mfuPercent: Number(v.mfu),
			pricePerGpuHour: Number(v.price),
			gpus: Number(v.gpus),
		});
		const outputs: Record<string, string> = trainingOutputs(result, config.lang, config.rupiah);
		const published = config.published[String(v.preset)];
		return published ? { ...outputs, gap: gapText(result.gpuHours, published, config.lang, config.gapWords) } : outputs;
	},
});
