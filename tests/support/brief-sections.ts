/**
 * The section ids the content brief's information architecture names for presenters
 * (shared/content-brief.md, "Information architecture"), by page. Short links must cover them.
 */
export const briefSectionIds: Record<string, string[]> = {
	'/start/abcd/': ['algorithms', 'big-data', 'compute', 'distribution', 'who-wins'],
	'/start/deepseek-moment/': ['timeline', 'the-claim', 'what-it-covers', 'what-changed'],
	'/cost/training-compute/': ['six-n-d', 'mfu', 'worked-examples', 'estimator'],
	'/cost/full-cost/': ['final-run-vs-total', 'own-or-rent', 'deepseek-hardware'],
	'/cost/inference/': ['price-drivers', 'price-decline', 'reasoning-tokens'],
	'/cost/compute-access/': ['export-controls', 'startup-barrier'],
	'/cost/trends/': ['frontier-cost-growth', 'algorithmic-progress', 'hardware-price-performance'],
	'/efficiency/mixture-of-experts/': [
		'dense-vs-sparse',
		'routing',
		'shared-experts',
		'load-balancing',
		'trade-offs',
		'models',
	],
	'/efficiency/synthetic-data/': ['what-it-is', 'methods', 'r1-distillation-data', 'quality-control', 'risks'],
	'/efficiency/distillation/': ['teacher-student', 'r1-distill', 'small-models'],
	'/efficiency/low-precision/': ['bytes-per-parameter', 'fp8-training', 'quantization', 'estimator'],
	'/efficiency/attention-memory/': ['kv-cache', 'mla', 'flashattention'],
	'/efficiency/reasoning-rl/': ['grpo', 'verifiable-rewards', 'test-time-compute'],
	'/efficiency/fine-tuning/': ['lora', 'rag-vs-fine-tuning', 'single-gpu'],
	'/enterprise/build-or-buy/': ['options', 'break-even', 'estimator'],
	'/enterprise/open-models/': ['open-weights-vs-open-source', 'licences', 'provenance'],
	'/enterprise/traditional-industries/': ['why-they-hesitated', 'use-cases', 'on-prem', 'what-changed'],
	'/enterprise/roadmap/': ['use-cases', 'data-readiness', 'evaluation', 'team'],
	'/enterprise/risk-governance/': ['data-residency', 'regulation', 'security'],
	'/landscape/moats/': ['convergence', 'what-still-differentiates', 'who-can-compete', 'counterpoints'],
};

/** Short-link keys the brief gives as examples: each must exist once its page does. */
export const briefExampleKeys: Record<string, string> = {
	'six-n-d': '/cost/training-compute/',
	'moe-routing': '/efficiency/mixture-of-experts/',
	'deepseek-cost': '/start/deepseek-moment/',
	abcd: '/start/abcd/',
	'build-or-buy': '/enterprise/build-or-buy/',
};
