/**
 * The estimators: their formulas (training-cost.ts, model-memory.ts, build-or-buy.ts), input fields
 * and validation (fields.ts), result texts (outputs.ts) and presets from content/numbers/ (presets.ts).
 * The components in src/components/estimators/ render them at build time through this door; the
 * browser scripts in client/ import the single files they need, so no estimator's bundle carries
 * another's code or the presets. client/scenario-card.ts (the slide-ready card with its QR code) is
 * imported dynamically on the first click, so the QR encoder stays out of the page's initial JS.
 * Money shows in rupiah too on Indonesian pages, at rupiahRate() (the key number usd-idr-ecb-2026-05-08).
 */
export { estimateBuildOrBuy, buildOrBuyFields, HOURS_PER_MONTH } from './build-or-buy.ts';
export { toInputText, type MessageTemplates, type NumberField } from './fields.ts';
export { estimateMemory, memoryFields, type Precision } from './model-memory.ts';
export {
	buildOrBuyOutputs,
	chartBox,
	chartLines,
	gapText,
	memoryOutputs,
	trainingOutputs,
	type ChartTick,
	type GapWords,
} from './outputs.ts';
export { apiPresets, gpus, memoryPresets, rupiahRate, selfHostDefaults, trainingPresets } from './presets.ts';
export { estimateTraining, trainingFields } from './training-cost.ts';
