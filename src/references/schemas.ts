import { z } from 'astro/zod';
import { units, type Unit } from '../lib/units.ts';

/** A date in YAML: YYYY-MM-DD, YYYY-MM or YYYY (kept as written, so partial dates stay partial). */
const isoDate = z.preprocess(
	(v) => (v instanceof Date ? v.toISOString().slice(0, 10) : typeof v === 'number' ? String(v) : v),
	z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'use a date written YYYY-MM-DD (or YYYY-MM, or YYYY)'),
);

const bilingual = z.object({ en: z.string().min(1), id: z.string().min(1) });

/** Where in a source a figure is: one string for both languages, or `{ en, id }` when the Indonesian differs. */
const locator = z.union([z.string().min(1), z.strictObject({ en: z.string().min(1), id: z.string().min(1) })]);
export type Locator = z.output<typeof locator>;

/** The locator in a page's language (a plain string serves both). */
export function locIn(loc: Locator, lang: 'en' | 'id'): string {
	return typeof loc === 'string' ? loc : loc[lang];
}

export const sourceKinds = [
	'paper',
	'report',
	'article',
	'dataset',
	'price-page',
	'law',
	'model-card',
	'documentation',
	'announcement',
	'web-page',
] as const;

export const sourceSchema = z.strictObject({
	kind: z.enum(sourceKinds),
	title: z.string().min(1),
	authors: z.string().min(1),
	publisher: z.string().optional(),
	date: isoDate.optional(),
	url: z.url().optional(),
	accessed: isoDate,
	language: z.string().regex(/^[a-z]{2,3}$/, 'use a two- or three-letter language code such as en or id'),
	note: z.string().optional(),
});

export { units, type Unit };

export const numberSchema = z.strictObject({
	value: z.union([z.number(), z.tuple([z.number(), z.number()])]),
	unit: z.enum(units),
	measures: bilingual,
	source: z.string().min(1),
	loc: locator,
	asOf: isoDate,
	estimate: bilingual.optional(),
});

const glossaryText = z.strictObject({
	term: z.string().min(1),
	definition: z.string().min(1),
	/** other names readers type for the term (search finds its page by them too) */
	also: z.array(z.string().min(1)).optional(),
});
export const glossarySchema = z.strictObject({
	en: glossaryText,
	id: glossaryText,
	related: z.array(z.string()).optional(),
});

/**
 * A quotation, in one place: the English original verbatim (or, with `verbatim: false`, our English
 * rendering where only a translation was available), the Indonesian text, who said it, where.
 * `caveat` is printed after the quote wherever it appears; `of` marks a part of a longer quote.
 */
export const quoteSchema = z.strictObject({
	speaker: z.string().min(1),
	source: z.string().min(1),
	loc: locator.optional(),
	en: z.string().min(1),
	id: z.string().min(1),
	verbatim: z.boolean(),
	of: z.string().optional(),
	caveat: z.strictObject({ en: z.string().min(1), id: z.string().min(1), source: z.string().min(1) }).optional(),
});

export type Source = z.output<typeof sourceSchema>;
export type Quote = z.output<typeof quoteSchema>;
export type KeyNumber = z.output<typeof numberSchema>;
export type GlossaryEntry = z.output<typeof glossarySchema>;
