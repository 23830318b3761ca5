import { mountAll, type EstimatorConfig } from './runtime.ts';
import { estimateBuildOrBuy, buildOrBuyFields } from '../build-or-buy.ts';
import { buildOrBuyOutputs, chartBox, chartLines, type ChartTick } from '../outputs.ts';

export interface BuildOrBuyConfig extends EstimatorConfig {
	/** the break-even when the API costs nothing, in the page's language */
	never: string;
}

const svgElement = (name: string, attributes: Record<string, string | number>, text?: string) => {
	const el = document.createElementNS('http://www.w3.org/2000/svg', name);
	for (const [key, value] of Object.entries(attributes)) el.setAttribute(key, String(value));
	if (text !== undefined) el.textContent = text;
	return el;
};

/** Redraws the axis values: grid lines and labels on the cost axis, labels on the volume axis. */
function drawTicks(root: HTMLElement, xTicks: ChartTick[], yTicks: ChartTick[]) {
	const { left, right, bottom } = chartBox;
	root.querySelector('[data-ticks="y"]')?.replaceChildren(
		...yTicks.map((tick) => {
			const g = svgElement('g', {});
			g.append(
				svgElement('line', { x1: left, x2: right, y1: tick.at, y2: tick.at, class: 'grid' }),
				svgElement('text', { x: left - 6, y: tick.at, dy: '0.32em', 'text-anchor': 'end' }, tick.label),
			);
			return g;
		}),
	);
	root
		.querySelector('[data-ticks="x"]')
		?.replaceChildren(
			...xTicks.map((tick) => svgElement('text', { x: tick.at, y: bottom + 16, 'text-anchor': 'middle' }, tick.label)),
		);
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
		const lines = chartLines(result, inputs.inputMillions + inputs.outputMillions, config.lang);
		drawTicks(root, lines.xTicks, lines.yTicks);
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
		return buildOrBuyOutputs(result, config.lang, config.never, config.rupiah);
	},
});
