import { mountAll, type EstimatorConfig } from './runtime.ts';
import { estimateMemory, memoryFields, type Precision } from '../model-memory.ts';
import { memoryOutputs } from '../outputs.ts';

export interface MemoryConfig extends EstimatorConfig {
	/** memory per GPU id, GB */
	gpuMemory: Record<string, number>;
}

mountAll<MemoryConfig>('model-memory', {
	fields: memoryFields,
	compute(v, config) {
		const result = estimateMemory({
			totalParamsBillions: Number(v.total),
			activeParamsBillions: Number(v.active),
			weightPrecision: String(v.wprec) as Precision,
			layers: Number(v.layers),
			kvHeads: Number(v.kvh),
			headDim: Number(v.hd),
			contextTokens: Number(v.ctx),
			batch: Number(v.batch),
			cachePrecision: String(v.cprec) as Precision,
			gpuMemoryGb: config.gpuMemory[String(v.gpu)] ?? Object.values(config.gpuMemory)[0]!,
		});
		return memoryOutputs(result, config.lang);
	},
});
