import { z } from 'astro/zod';
import { units } from '../lib/units.ts';
import { figureSection } from '../references/index.ts';

/**
 * The shape of a chart in content/charts/*.yaml (see "Charts" in docs/authoring.md). Each top-level key is
 * a chart id; every point names its source, location and "as of" date, or takes all three from a
 * key number (`number: <id in content/numbers/>`).
 */

export const chartKinds = ['bar', 'line', 'step', 'scatter'] as const;
export type ChartKind = (typeof chartKinds)[number];

const isoDate = z.preprocess(
	(v) => (v instanceof Date ? v.toISOString().slice(0, 10) : typeof v === 'number' ? String(v) : v),
	z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'use a date written YYYY-MM-DD (or YYYY-MM, or YYYY)'),
);
const bilingual = z.strictObject({ en: z.string().min(1), id: z.string().min(1) });
/** Text that reads the same in both languages (a model name) or differs ({ en, id }). */
const text = z.union([z.string().min(1), bilingual]);
const kebab = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use kebab-case (a-z, 0-9 and hyphens)');

export const pointSchema = z.strictObject({
	/** what the point is (a model, a price list); shown in the data table and as an annotation */
	label: text.optional(),
	/** category (bar charts): the same in both languages, or { en, id } */
	x: z.union([z.string(), z.number(), bilingual]).optional(),
	/** position on a time axis (line, step, scatter) */
	date: isoDate.optional(),
	value: z.number().optional(),
	/** take value, source, loc and asOf from this key number */
	number: z.string().optional(),
	source: z.string().optional(),
	loc: z.string().optional(),
	asOf: isoDate.optional(),
	/** draw the label next to the point */
	annotate: z.boolean().optional(),
	/** step charts: the value held until this date, after which the chart shows no value until the next point */
	until: isoDate.optional(),
});

export const seriesSchema = z.strictObject({
	id: kebab,
	label: text,
	points: z.array(pointSchema),
});

export const chartSchema = z.strictObject({
	/** the heading id under which the chart is explained on the page that places it (src/links/figure-sections.ts) */
	section: figureSection.optional(),
	kind: z.string(),
	title: bilingual,
	description: bilingual,
	x: z.strictObject({ label: bilingual.optional(), type: z.enum(['category', 'time']).optional() }).optional(),
	y: z.strictObject({
		label: bilingual,
		unit: z.enum(units),
		scale: z.enum(['linear', 'log']).optional(),
		/** axis extent; every point must lie inside it, and a bar chart's must start at 0 */
		domain: z.tuple([z.number(), z.number()]).optional(),
	}),
	/** series ids that get a fitted log-linear trend line with its label ("×2.4 a year") */
	trend: z.array(z.string()).optional(),
	/** short-link key (content/shortlinks.yaml) printed on the downloaded image */
	link: z.string().optional(),
	/** one or two sentences under the chart, e.g. how to read the gaps */
	note: bilingual.optional(),
	series: z.array(seriesSchema),
});

export type Bilingual = z.output<typeof bilingual>;
export type Text = z.output<typeof text>;
export type ChartInput = z.output<typeof chartSchema>;
