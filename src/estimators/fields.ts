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
 * `range` keeps {min} and {max} for validate() to fill.
 */
export interface MessageTemplates {
	empty: string;
	notNumber: string;
	range: string;
	integer: string;
}

/**
 * Reads what the reader typed, in the page's language: "1,234.5" (en) or "1.234,5" (id); a plain
 * "14.8" is read as 14.8 in both.
 */
export function parseNumber(raw: string, lang: Lang = 'en'): number {
	let text = raw.trim().replace(/[\s\u00a0]/g, '');
	if (text === '') return NaN;
	if (lang === 'en') text = text.replace(/,/g, '');
	else if (text.includes(',')) text = text.replace(/\./g, '').replace(',', '.');
	else if (/^\d{1,3}(\.\d{3})+$/.test(text)) text = text.replace(/\./g, '');
	return /^-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(text) ? Number(text) : NaN;
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
	const value = parseNumber(raw, lang);
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
