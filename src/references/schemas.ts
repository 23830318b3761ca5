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

const figureValue = z.union([z.number(), z.tuple([z.number(), z.number()])]);

export const figureChangeReasons = ['newer-data', 'new-source', 'correction'] as const;

/**
 * One earlier value of a figure: on `date` the figure stopped being `previous` (as of `previousAsOf`),
 * for `reason`, explained in `note`. A number's `history` lists them oldest first.
 */
const figureChange = z.strictObject({
	date: isoDate.refine((d) => d.length === 10, 'give the day of the change: YYYY-MM-DD'),
	previous: figureValue,
	previousAsOf: isoDate.optional(),
	reason: z.enum(figureChangeReasons),
	note: bilingual,
});

/**
 * Where the site explains a figure: a heading id on the page its data file mirrors (`six-n-d` in
 * content/numbers/cost/training-compute.yaml), or page and id (`/cost/inference/#price-decline`) in a
 * file that mirrors no page (shared.yaml). Checked against the pages at build (src/links/figure-sections.ts).
 */
export const figureSection = z
	.string()
	.regex(
		/^(\/([a-z0-9-]+\/)*#)?[a-z0-9]+(-[a-z0-9]+)*$/,
		'write a heading id (six-n-d), or a page and heading id (/cost/inference/#price-decline)',
	);

export const numberSchema = z.strictObject({
	section: figureSection.optional(),
	value: z.union([z.number(), z.tuple([z.number(), z.number()])]),
	unit: z.enum(units),
	measures: bilingual,
	source: z.string().min(1),
	loc: locator,
	asOf: isoDate,
	estimate: bilingual.optional(),
	history: z.array(figureChange).min(1).optional(),
});

/** A number entry as read from content/numbers/: the fields, and a history that is in order (historyProblems). */
export const checkedNumberSchema = numberSchema.superRefine((n, ctx) => {
	for (const problem of historyProblems(n.value, n.asOf, n.history ?? [])) ctx.addIssue({ code: 'custom', ...problem });
});

const sameValue = (a: z.output<typeof figureValue>, b: z.output<typeof figureValue>) =>
	JSON.stringify(a) === JSON.stringify(b);

/** A history is oldest first, each change a real change, and the current value the newest of all. */
function historyProblems(
	value: z.output<typeof figureValue>,
	asOf: string,
	history: readonly z.output<typeof figureChange>[],
): { path: (string | number)[]; message: string }[] {
	const problems: { path: (string | number)[]; message: string }[] = [];
	history.forEach((change, i) => {
		const earlier = history[i - 1];
		if (earlier && change.date < earlier.date) {
			problems.push({
				path: ['history', i, 'date'],
				message: `change ${i + 1} (${change.date}) is dated before change ${i} (${earlier.date}): list the history oldest first.`,
			});
		}
		const next = history[i + 1]?.previous ?? value;
		if (sameValue(change.previous, next)) {
			problems.push({
				path: ['history', i, 'previous'],
				message: `previous value ${JSON.stringify(change.previous)} is the value that followed it: a change must change the value (the current value goes in \`value\`, earlier ones in \`history\`).`,
			});
		}
		if (change.previousAsOf && change.previousAsOf > asOf) {
			problems.push({
				path: ['history', i, 'previousAsOf'],
				message: `the earlier value is dated ${change.previousAsOf}, after the current value's asOf ${asOf}: the current value must be the latest; swap them.`,
			});
		}
	});
	return problems;
}

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
export type FigureChange = z.output<typeof figureChange>;
export type GlossaryEntry = z.output<typeof glossarySchema>;
