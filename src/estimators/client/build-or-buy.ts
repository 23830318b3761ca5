import { mountAll, type EstimatorConfig } from './runtime.ts';
import { estimateBuildOrBuy, buildOrBuyFields } from '../build-or-buy.ts';
import { buildOrBuyOutputs, chartLines } from '../outputs.ts';

export interface BuildOrBuyConfig extends EstimatorConfig {
	/** the break-even when the API costs nothing, in the page's language */
	never: string;
}

mountAll<BuildOrBuyConfig>('build-or-buy', {
	fields: buildOrBuyFields,
	compute(v, config, root) {
		const inputs = {
			inputMillions: Number(v.in),
			outputMillions: Number(v.out),
			apiInputPrice: Number(v.pin),
			apiOutputPrice: Number(v.pout),
			gpuPricePerHour: Number(v.gpuprice),
			gpus: Number(v.gpus),
			outputTokensPerSecond: Number(v.tps),
		};
		const result = estimateBuildOrBuy(inputs);
		const lines = chartLines(result, inputs.inputMillions + inputs.outputMillions);
		root.querySelector('[data-line="api"]')?.setAttribute('points', lines.api);
		root.querySelector('[data-line="self"]')?.setAttribute('points', lines.self);
		for (const [name, x] of [
			['now', lines.now],
			['break-even', lines.breakEven],
		] as const) {
			const line = root.querySelector(`[data-line="${name}"]`);
			line?.setAttribute('x1', x);
			line?.setAttribute('x2', x);
		}
		return buildOrBuyOutputs(result, config.lang, config.never);
	},
});
