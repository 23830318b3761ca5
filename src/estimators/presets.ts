import { loadSiteData } from '../references/index.ts';

/**
 * Hardware and presets of the estimators, read from content/numbers/ so every figure has its
 * source, location and date there (build time only; the client receives the values as JSON).
 */
const value = (id: string): number => {
	const entry = loadSiteData().numbers.get(id);
	if (!entry || typeof entry.data.value !== 'number')
		throw new Error(`estimators: number "${id}" is missing or a range`);
	return entry.data.value;
};

export interface Gpu {
	id: string;
	label: string;
	bf16: number;
	fp8?: number;
	memoryGb: number;
	/** key-number ids behind the figures */
	numberIds: string[];
}

export function gpus(): Gpu[] {
	const gpu = (id: string, label: string, hasFp8 = true): Gpu => ({
		id,
		label,
		bf16: value(`${id}-bf16-dense-tflops`),
		...(hasFp8 ? { fp8: value(`${id}-fp8-dense-tflops`) } : {}),
		memoryGb: value(`${id}-memory-gb`),
		numberIds: [`${id}-bf16-dense-tflops`, ...(hasFp8 ? [`${id}-fp8-dense-tflops`] : []), `${id}-memory-gb`],
	});
	return [gpu('a100', 'A100 80GB', false), gpu('h100', 'H100 SXM'), gpu('h200', 'H200 SXM'), gpu('b200', 'B200 (HGX)')];
}

/** Training-cost presets: the published inputs of two runs, with the same MFU yardstick as the worked examples. */
export function trainingPresets() {
	const mfu = value('llama-3-405b-mfu-16k-gpus');
	const price = value('deepseek-v3-assumed-gpu-price');
	return {
		'deepseek-v3': {
			values: {
				n: value('deepseek-v3-active-parameters') / 1e9,
				d: value('deepseek-v3-training-tokens') / 1e12,
				gpu: 'h100',
				prec: 'bf16',
				mfu,
				price,
				gpus: value('deepseek-v3-cluster-gpus'),
			},
			published: value('deepseek-v3-pretraining-gpu-hours'),
			numberIds: [
				'deepseek-v3-active-parameters',
				'deepseek-v3-training-tokens',
				'deepseek-v3-cluster-gpus',
				'deepseek-v3-pretraining-gpu-hours',
			],
		},
		'llama-3-1-405b': {
			values: {
				n: value('llama-3-405b-parameters') / 1e9,
				d: value('llama-3-405b-training-tokens') / 1e12,
				gpu: 'h100',
				prec: 'bf16',
				mfu,
				price,
				gpus: value('llama-3-405b-max-gpus'),
			},
			published: value('llama-3-1-405b-gpu-hours'),
			numberIds: [
				'llama-3-405b-parameters',
				'llama-3-405b-training-tokens',
				'llama-3-405b-max-gpus',
				'llama-3-1-405b-gpu-hours',
			],
		},
	};
}

export function memoryPresets() {
	const params = value('llama-3-405b-parameters') / 1e9;
	return {
		'llama-3-1-405b': {
			values: {
				total: params,
				active: params,
				layers: value('llama-3-405b-layers'),
				kvh: value('llama-3-405b-kv-heads'),
				// model dimension 16,384 ÷ 128 attention heads (Table 3)
				hd: 16384 / value('llama-3-405b-attention-heads'),
			},
			numberIds: [
				'llama-3-405b-parameters',
				'llama-3-405b-layers',
				'llama-3-405b-kv-heads',
				'llama-3-405b-attention-heads',
			],
		},
		'deepseek-v3': {
			values: {
				total: value('deepseek-v3-total-parameters') / 1e9,
				active: value('deepseek-v3-active-parameters') / 1e9,
			},
			numberIds: ['deepseek-v3-total-parameters', 'deepseek-v3-active-parameters'],
		},
	};
}

/** API price presets (USD per million tokens), each with its key-number ids (source and "as of" date there). */
export function apiPresets() {
	const pair = (input: string, output: string) => ({
		values: { pin: value(input), pout: value(output) },
		numberIds: [input, output],
	});
	return {
		'deepseek-flash': pair('deepseek-flash-peak-cache-miss-price-2026-11', 'deepseek-flash-peak-output-price-2026-11'),
		'claude-haiku-5-5': pair('claude-haiku-5-5-input-price', 'claude-haiku-5-5-output-price'),
		'gpt-oss-120b-cloudflare': pair('gpt-oss-120b-cloudflare-input-price', 'gpt-oss-120b-cloudflare-output-price'),
		'claude-fable-5-1': pair('claude-fable-5-1-input-price', 'claude-fable-5-1-output-price'),
	};
}

/** Self-hosting defaults: one H800 node of DeepSeek's service at DeepSeek's assumed rental price. */
export function selfHostDefaults() {
	return {
		values: {
			gpuprice: value('deepseek-inference-assumed-gpu-price'),
			gpus: value('deepseek-inference-gpus-per-node'),
			tps: value('deepseek-decode-throughput-per-node'),
		},
		numberIds: [
			'deepseek-inference-assumed-gpu-price',
			'deepseek-inference-gpus-per-node',
			'deepseek-decode-throughput-per-node',
		],
	};
}

/** The key number behind every rupiah amount on the site: the ECB cross rate the content uses too. */
export const rupiahRateId = 'usd-idr-ecb-2026-05-08';

/** Rupiah per US dollar and the date of the rate, for results on Indonesian pages. */
export function rupiahRate() {
	const entry = loadSiteData().numbers.get(rupiahRateId);
	if (!entry || typeof entry.data.value !== 'number')
		throw new Error(`estimators: number "${rupiahRateId}" is missing`);
	return { value: entry.data.value, asOf: entry.data.asOf, numberId: rupiahRateId };
}
