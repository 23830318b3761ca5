import type { Lang } from '../site.config.ts';

/** The content brief's tracks: one folder each under content/docs/, in reading order. */
export interface Track {
	directory: string;
	label: Record<Lang, string>;
	summary: Record<Lang, string>;
}

export const tracks: readonly Track[] = [
	{
		directory: 'start',
		label: { en: 'Start here', id: 'Mulai di sini' },
		summary: {
			en: 'The ABCD of AI and the DeepSeek moment: the frame for everything else.',
			id: 'ABCD dalam AI dan momen DeepSeek: kerangka untuk semua bagian lainnya.',
		},
	},
	{
		directory: 'cost',
		label: { en: 'What it costs', id: 'Berapa biayanya' },
		summary: {
			en: 'From parameters and tokens to GPU-hours and dollars: training, the full bill, serving, access to compute and the long-run cost curves.',
			id: 'Dari parameter dan token ke jam-GPU dan dolar: pelatihan, tagihan lengkap, biaya inferensi, akses komputasi, dan kurva biaya jangka panjang.',
		},
	},
	{
		directory: 'efficiency',
		label: { en: 'What brings it down', id: 'Yang menurunkan biaya' },
		summary: {
			en: 'Mixture of Experts, synthetic data, distillation, low precision, attention memory, reasoning through reinforcement learning and cheap fine-tuning.',
			id: 'Mixture of Experts, data sintetis, distilasi, presisi rendah, memori atensi, penalaran lewat pembelajaran penguatan, dan fine-tuning yang murah.',
		},
	},
	{
		directory: 'enterprise',
		label: { en: 'For companies', id: 'Untuk perusahaan' },
		summary: {
			en: 'Build, adapt or buy; open models and their licences; traditional industries; from pilot to production; risk and governance.',
			id: 'Membangun, menyesuaikan, atau membeli; model terbuka dan lisensinya; industri tradisional; dari uji coba ke produksi; risiko dan tata kelola.',
		},
	},
	{
		directory: 'landscape',
		label: { en: 'Landscape', id: 'Lanskap' },
		summary: {
			en: 'Are the moats of the largest AI companies shrinking, and who can compete now?',
			id: 'Apakah parit (moat) perusahaan AI terbesar makin dangkal, dan siapa yang kini bisa bersaing?',
		},
	},
	{
		directory: 'tools',
		label: { en: 'Estimators', id: 'Kalkulator' },
		summary: {
			en: 'Estimate training cost, model memory and build-or-buy break-even with your own inputs.',
			id: 'Perkirakan biaya pelatihan, memori model, dan titik impas membangun atau membeli dengan angka Anda sendiri.',
		},
	},
	{
		directory: 'reference',
		label: { en: 'Reference', id: 'Rujukan' },
		summary: {
			en: 'Key numbers with their sources, the glossary, and every source the site cites.',
			id: 'Angka kunci beserta sumbernya, glosarium, dan semua sumber yang dikutip situs ini.',
		},
	},
];
