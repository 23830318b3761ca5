import type { Unit } from './units.ts';
import { bcp47 } from './bcp47.ts';
import type { Lang } from '../site.config.ts';

const NBSP = '\u00a0';
const locales: Record<Lang, string> = bcp47;

const scales = [
	{ value: 1e12, en: 'trillion', id: 'triliun' },
	{ value: 1e9, en: 'billion', id: 'miliar' },
	{ value: 1e6, en: 'million', id: 'juta' },
] as const;

/** Units shown as a scaled number ("14.8 trillion") rather than all digits. */
const scaledUnits = new Set<Unit>(['usd', 'tokens', 'parameters', 'count', 'gpu-hours']);
/** Below this, scaled units print every digit (2,788,000 GPU-hours reads better than 2.788 million). */
const digitsBelow: Partial<Record<Unit, number>> = {
	'gpu-hours': 1e7,
	count: 1e7,
	usd: 1e6,
	tokens: 1e6,
	parameters: 1e6,
};

type Words = { one: string; other: string };
const unitWords: Partial<Record<Unit, Record<Lang, Words>>> = {
	'gpu-hours': { en: { one: 'GPU-hour', other: 'GPU-hours' }, id: { one: 'jam-GPU', other: 'jam-GPU' } },
	tokens: { en: { one: 'token', other: 'tokens' }, id: { one: 'token', other: 'token' } },
	parameters: { en: { one: 'parameter', other: 'parameters' }, id: { one: 'parameter', other: 'parameter' } },
	gpus: { en: { one: 'GPU', other: 'GPUs' }, id: { one: 'GPU', other: 'GPU' } },
	minutes: { en: { one: 'minute', other: 'minutes' }, id: { one: 'menit', other: 'menit' } },
	hours: { en: { one: 'hour', other: 'hours' }, id: { one: 'jam', other: 'jam' } },
	days: { en: { one: 'day', other: 'days' }, id: { one: 'hari', other: 'hari' } },
	weeks: { en: { one: 'week', other: 'weeks' }, id: { one: 'minggu', other: 'minggu' } },
	months: { en: { one: 'month', other: 'months' }, id: { one: 'bulan', other: 'bulan' } },
	years: { en: { one: 'year', other: 'years' }, id: { one: 'tahun', other: 'tahun' } },
	'tonnes-co2e': { en: { one: 'tonne CO₂e', other: 'tonnes CO₂e' }, id: { one: 'ton CO₂e', other: 'ton CO₂e' } },
	'tokens-per-second': {
		en: { one: 'token per second', other: 'tokens per second' },
		id: { one: 'token per detik', other: 'token per detik' },
	},
	'tokens-per-parameter': {
		en: { one: 'token per parameter', other: 'tokens per parameter' },
		id: { one: 'token per parameter', other: 'token per parameter' },
	},
};
const suffixes: Partial<Record<Unit, string>> = {
	'gb-per-s': 'GB/s',
	tflops: 'TFLOPS',
	gb: 'GB',
	kb: 'KB',
	watts: 'W',
};
const perUnit: Partial<Record<Unit, Record<Lang, string>>> = {
	'usd-per-gpu-hour': { en: 'per GPU-hour', id: 'per jam-GPU' },
	'usd-per-million-tokens': { en: 'per million tokens', id: 'per juta token' },
};

export interface FormatOptions {
	/** false prints the number (with its scale word) without the unit: "14.8 trillion" */
	withUnit?: boolean;
}

/** Plain number in the page's language: 2,788,000.5 (en) / 2.788.000,5 (id). */
export function formatPlain(value: number, lang: Lang, maximumFractionDigits = 3, minimumFractionDigits = 0): string {
	return new Intl.NumberFormat(locales[lang], {
		maximumFractionDigits: Math.max(maximumFractionDigits, minimumFractionDigits),
		minimumFractionDigits,
	}).format(value);
}

/** Decimal places a value needs, up to `max` (0.07 → 2, 3.1 → 1, 2 → 0). */
function decimalsOf(value: number, max: number): number {
	const text = value.toFixed(max).replace(/0+$/, '');
	return text.endsWith('.') ? 0 : text.length - text.indexOf('.') - 1;
}

const superscripts = '⁰¹²³⁴⁵⁶⁷⁸⁹';
function toSuperscript(n: number): string {
	return String(n)
		.replace('-', '⁻')
		.replace(/\d/g, (d) => superscripts[Number(d)]!);
}

function scaleFor(unit: Unit, largest: number) {
	if (!scaledUnits.has(unit) || Math.abs(largest) < (digitsBelow[unit] ?? 1e6)) return undefined;
	return scales.find((s) => Math.abs(largest) >= s.value);
}

/** The numeric part, for one value or a range, with the scale word: "5.576 million", "589–594 billion". */
function formatMagnitude(values: number[], unit: Unit, lang: Lang): string {
	if (unit === 'flops') {
		return values
			.map((v) => {
				const exponent = Math.floor(Math.log10(Math.abs(v)));
				const mantissa = v / 10 ** exponent;
				return `${formatPlain(mantissa, lang, 2)}${NBSP}×${NBSP}10${toSuperscript(exponent)}`;
			})
			.join('–');
	}
	const scale = scaleFor(unit, Math.max(...values.map(Math.abs)));
	const digits = unit === 'usd' || unit.startsWith('usd-') ? 3 : 2;
	const scaled = values.map((v) => (scale ? v / scale.value : v));
	const maxDigits = scale ? 3 : digits;
	// Both ends of a range share their decimals (2.0–3.1×, not 2–3.1×); an unscaled amount of money
	// with cents shows two decimals (USD 1.10, not USD 1.1).
	let minDigits = values.length > 1 ? Math.max(...scaled.map((v) => decimalsOf(v, maxDigits))) : 0;
	if (!scale && (unit === 'usd' || unit.startsWith('usd-')) && scaled.some((v) => !Number.isInteger(v))) {
		minDigits = Math.max(minDigits, 2);
	}
	const numbers = scaled.map((v) => formatPlain(v, lang, maxDigits, minDigits)).join('–');
	return scale ? `${numbers}${NBSP}${scale[lang]}` : numbers;
}

/**
 * A key number as it reads in running text: "USD 5.576 million" / "US$5,576 juta",
 * "2,788,000 GPU-hours" / "2.788.000 jam-GPU", "38–43%", "3.8 × 10²⁵ FLOPs".
 */
export function formatFigure(
	value: number | readonly [number, number],
	unit: Unit,
	lang: Lang,
	options: FormatOptions = {},
): string {
	const withUnit = options.withUnit ?? true;
	const values = typeof value === 'number' ? [value] : [...value];
	const magnitude = formatMagnitude(values, unit, lang);
	if (!withUnit) return magnitude;
	const last = values[values.length - 1]!;
	switch (unit) {
		case 'usd':
			return lang === 'en' ? `USD${NBSP}${magnitude}` : `US$${magnitude}`;
		case 'usd-per-gpu-hour':
		case 'usd-per-million-tokens': {
			const money = lang === 'en' ? `USD${NBSP}${magnitude}` : `US$${magnitude}`;
			return `${money} ${perUnit[unit]![lang]}`;
		}
		case 'idr-per-usd':
			return lang === 'en' ? `IDR${NBSP}${magnitude} per USD` : `Rp${magnitude} per US$`;
		case 'percent':
			return `${magnitude}%`;
		case 'multiplier':
			return `${magnitude}×`;
		case 'flops':
			return `${magnitude}${NBSP}FLOP${lang === 'en' ? 's' : ''}`;
		case 'count':
			return magnitude;
		default: {
			const suffix = suffixes[unit];
			if (suffix) return `${magnitude}${NBSP}${suffix}`;
			const words = unitWords[unit]![lang];
			return `${magnitude} ${last === 1 ? words.one : words.other}`;
		}
	}
}

/**
 * A figure printed before a label that says what it measures: "2,788,000 GPU-hours" + "for the full
 * training". When the label itself starts with the unit ("GPU-hours for…", "parameter aktif…"), the
 * unit is left off the figure so it is not read twice.
 */
export function formatFigureBefore(
	value: number | readonly [number, number],
	unit: Unit,
	lang: Lang,
	label: string,
): string {
	const full = formatFigure(value, unit, lang);
	const bare = formatFigure(value, unit, lang, { withUnit: false });
	const unitText = full.startsWith(bare) ? full.slice(bare.length).trim() : '';
	return unitText && label.toLocaleLowerCase(lang).startsWith(unitText.toLocaleLowerCase(lang)) ? bare : full;
}
