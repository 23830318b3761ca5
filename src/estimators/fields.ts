import type { Lang } from '../site.config.ts';

/**
 * One numeric input of an estimator: its URL query key, allowed range and default (the worked
 * example). Values are plain numbers in the unit the label names (billions of parameters, %…).
 */
export interface NumberField {
	key: string;
	min: number;
	max: number;
	/** whole numbers only (layers, GPUs) */
	integer?: boolean;
}

export type Parsed = { ok: true; value: number } | { ok: false; message: string };

/**
 * The input error messages in the page's language, from content/i18n/ (`site.estimator.error*`): the
 * component puts them in the estimator's config, so the browser gets them without the JSON files.
 * `range` keeps {min} and {max} for validate() to fill, `decimalMark` keeps {suggestion}.
 */
export interface MessageTemplates {
	empty: string;
	notNumber: string;
	range: string;
	integer: string;
	/** the other language's decimal mark ("14,8" on an English page, "14.8" on an Indonesian one) */
	decimalMark: string;
}

/** What the reader typed, read in the page's language. */
export type ReadNumber =
	| { ok: true; value: number }
	| { ok: false; reason: 'not-number' }
	| { ok: false; reason: 'decimal-mark'; suggestion: string };

const marks: Record<Lang, { group: string; decimal: string }> = {
	en: { group: ',', decimal: '.' },
	id: { group: '.', decimal: ',' },
};

/**
 * Reads what the reader typed, in the page's language: "1,234.5" (en) or "1.234,5" (id). A group
 * mark that cannot be a thousands separator ("14,8" on an English page, "14.8" or "0.5" on an
 * Indonesian one) is the other language's decimal mark: it is refused with a suggestion rather
 * than read as 148.
 */
export function readNumber(raw: string, lang: Lang = 'en'): ReadNumber {
	const text = raw.trim().replace(/[\s\u00a0]/g, '');
	const { group, decimal } = marks[lang];
	const g = `\\${group}`;
	const d = `\\${decimal}`;
	const toNumber = (t: string) => Number(t.split(group).join('').replace(decimal, '.'));
	if (new RegExp(`^-?\\d{1,3}(${g}\\d{3})+(${d}\\d+)?$`).test(text)) return { ok: true, value: toNumber(text) };
	if (new RegExp(`^-?(\\d+${d}?\\d*|${d}\\d+)(e[+-]?\\d+)?$`, 'i').test(text)) {
		return { ok: true, value: toNumber(text) };
	}
	if (new RegExp(`^-?\\d*${g}\\d+$`).test(text)) {
		return { ok: false, reason: 'decimal-mark', suggestion: text.replace(group, decimal) };
	}
	return { ok: false, reason: 'not-number' };
}

/** readNumber as a plain number, NaN when it is not one. */
export function parseNumber(raw: string, lang: Lang = 'en'): number {
	const read = readNumber(raw, lang);
	return read.ok ? read.value : NaN;
}

/** A value as it is shown in an input box: no thousands separators, decimal comma in Indonesian. */
export function toInputText(value: number, lang: Lang): string {
	const text = String(Number(value.toPrecision(12)));
	return lang === 'id' ? text.replace('.', ',') : text;
}

/** Validates one input against its field; the message is in the page's language. */
export function validate(
	raw: string,
	field: NumberField,
	templates: MessageTemplates,
	lang: Lang,
	format: (n: number) => string,
): Parsed {
	if (raw.trim() === '') return { ok: false, message: templates.empty };
	const read = readNumber(raw, lang);
	if (!read.ok && read.reason === 'decimal-mark') {
		return { ok: false, message: templates.decimalMark.replace('{suggestion}', read.suggestion) };
	}
	const value = read.ok ? read.value : NaN;
	if (!Number.isFinite(value)) return { ok: false, message: templates.notNumber };
	if (value < field.min || value > field.max) {
		return {
			ok: false,
			message: templates.range.replace('{min}', format(field.min)).replace('{max}', format(field.max)),
		};
	}
	if (field.integer && !Number.isInteger(value)) return { ok: false, message: templates.integer };
	return { ok: true, value };
}
