import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Node } from 'yaml';
import { lineOfPath, parseYamlMap, YamlDataError, type YamlMapFile } from '../lib/yaml-data.ts';
import { loadSiteData } from '../references/index.ts';
import { projectRoot } from '../lib/project-root.ts';
import type { Locator } from '../references/index.ts';
import type { Unit } from '../lib/units.ts';
import type { Lang } from '../site.config.ts';
import { chartKinds, chartSchema, type Bilingual, type ChartKind, type Text } from './schema.ts';

/**
 * Reads content/charts/*.yaml, validates every chart and resolves its points: a point either names
 * a key number (value, source, loc and asOf come from content/numbers/) or carries its own value,
 * source, loc and asOf. Every problem is a ChartDataError whose message starts with "file:line:".
 */

export const chartsFolder = 'content/charts';

export class ChartDataError extends Error {
	override name = 'ChartDataError';
}

export interface ChartPoint {
	label?: Text | undefined;
	/** category (bar charts) */
	x?: Text | undefined;
	/** ISO date as written (time axes) */
	date?: string | undefined;
	value: number;
	unit: Unit;
	source: string;
	/** where in the source: one string, or { en, id } as in content/numbers/ */
	loc: Locator;
	asOf: string;
	/** key number the point comes from */
	number?: string | undefined;
	annotate: boolean;
	until?: string | undefined;
	line: number;
}

export interface ChartSeries {
	id: string;
	label: Text;
	points: ChartPoint[];
}

export interface Chart {
	id: string;
	kind: ChartKind;
	title: Bilingual;
	description: Bilingual;
	note?: Bilingual | undefined;
	x: { label?: Bilingual | undefined; type: 'category' | 'time' };
	y: { label: Bilingual; unit: Unit; scale: 'linear' | 'log'; domain?: [number, number] | undefined };
	trend: string[];
	link?: string | undefined;
	/** where the chart is explained: a heading id on its page, or /page/#id */
	section?: string | undefined;
	series: ChartSeries[];
	file: string;
	line: number;
}

/** What validation needs to know about the rest of the site (injected, so tests need no files). */
export interface ChartContext {
	numbers: ReadonlyMap<
		string,
		{ data: { value: number | readonly [number, number]; unit: Unit; source: string; loc: Locator; asOf: string } }
	>;
	sources: ReadonlySet<string> | ReadonlyMap<string, unknown>;
	shortLinks?: ReadonlySet<string>;
}

/** Text in one language: a plain string reads the same in both. */
export function inLang(text: Text | undefined, lang: Lang): string {
	if (text === undefined) return '';
	return typeof text === 'string' ? text : text[lang];
}

/** Parses and validates one chart file's text; `file` is the project-relative path used in messages. */
export function parseChartFile(text: string, file: string, context: ChartContext): Chart[] {
	let yaml: YamlMapFile;
	try {
		yaml = parseYamlMap(text, file);
	} catch (error) {
		if (error instanceof YamlDataError) throw new ChartDataError(error.message);
		throw error;
	}
	return yaml.entries.map(({ key, node, line }) => readChart(key, node, { file, line, lineOf: yaml.lineOf }, context));
}

function readChart(
	id: string,
	node: Node | null,
	where: { file: string; line: number; lineOf: (node: Node | null | undefined) => number },
	context: ChartContext,
): Chart {
	const { file, line, lineOf } = where;
	const fail = (message: string, at = line): never => {
		throw new ChartDataError(`${file}:${at}: chart "${id}": ${message}`);
	};
	if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) fail('the id must be kebab-case (a-z, 0-9 and hyphens).');
	const raw = node && 'toJSON' in node ? (node as { toJSON(): unknown }).toJSON() : null;
	const kind = (raw as { kind?: unknown } | null)?.kind;
	if (typeof kind === 'string' && !(chartKinds as readonly string[]).includes(kind)) {
		fail(
			`unsupported kind "${kind}". Use one of: ${chartKinds.join(', ')}.`,
			lineOfPath(node, ['kind'], lineOf) ?? line,
		);
	}
	const parsed = chartSchema.safeParse(raw);
	if (!parsed.success) {
		const issues = parsed.error.issues.map((i) => {
			const at = lineOfPath(node, i.path as (string | number)[], lineOf) ?? line;
			return `${file}:${at}: ${i.path.length ? i.path.join('.') : '(chart)'}: ${i.message}`;
		});
		fail(`invalid chart:\n${issues.join('\n')}`);
	}
	const input = parsed.data!;
	const chartKind = input.kind as ChartKind;
	const xType = input.x?.type ?? (chartKind === 'bar' ? 'category' : 'time');
	const scale = input.y.scale ?? 'linear';
	if (chartKind === 'bar' && scale === 'log')
		fail('a bar chart cannot use a log scale: bar lengths must be proportional to values.');
	if (chartKind === 'bar' && input.y.domain && input.y.domain[0] !== 0) {
		fail(
			`a bar chart's y domain must start at 0 (bars start at zero), not ${input.y.domain[0]}.`,
			lineOfPath(node, ['y', 'domain'], lineOf),
		);
	}
	if (input.series.length === 0) fail('has no series. Add at least one series with points.');
	if (input.link !== undefined && context.shortLinks && !context.shortLinks.has(input.link)) {
		fail(`link "${input.link}" is not a key in content/shortlinks.yaml.`, lineOfPath(node, ['link'], lineOf));
	}
	const seriesIds = new Set<string>();
	const series: ChartSeries[] = input.series.map((s, si) => {
		const seriesLine = lineOfPath(node, ['series', si], lineOf) ?? line;
		if (seriesIds.has(s.id)) fail(`series id "${s.id}" is used twice.`, seriesLine);
		seriesIds.add(s.id);
		if (s.points.length === 0) fail(`series "${s.id}" has no data: add points.`, seriesLine);
		const points = s.points.map((p, pi) => {
			const at = lineOfPath(node, ['series', si, 'points', pi], lineOf) ?? seriesLine;
			const pointFail = (message: string): never => fail(`series "${s.id}", point ${pi + 1}: ${message}`, at);
			let value = p.value;
			let source = p.source;
			let loc: Locator | undefined = p.loc;
			let asOf = p.asOf;
			let unit: Unit = input.y.unit;
			if (p.number !== undefined) {
				const figure = context.numbers.get(p.number);
				if (!figure)
					pointFail(
						`unknown number id "${p.number}". Use an id from content/numbers/ (the file named after the page that uses it, or shared.yaml).`,
					);
				const data = figure!.data;
				if (typeof data.value !== 'number')
					pointFail(`number "${p.number}" is a range; a chart point needs one value.`);
				if (p.value !== undefined || p.source !== undefined || p.loc !== undefined || p.asOf !== undefined) {
					pointFail(`takes value, source, loc and asOf from number "${p.number}": remove them here.`);
				}
				value = data.value as number;
				source = data.source;
				loc = data.loc;
				asOf = data.asOf;
				unit = data.unit;
				if (unit !== input.y.unit)
					pointFail(`number "${p.number}" is in ${unit}, but the y axis is in ${input.y.unit}.`);
			}
			if (value === undefined) pointFail('has no value. Give value (with source, loc and asOf) or number.');
			if (!source) pointFail('has no source. Every point names its source (an id in content/sources/), loc and asOf.');
			if (!context.sources.has(source!))
				pointFail(
					`unknown source "${source}". Add it to content/sources/ (the file named after the page that cites it, or shared.yaml) or fix the id.`,
				);
			if (!loc) pointFail(`has no loc: say where in source "${source}" the value is (table, column, section).`);
			if (!asOf) pointFail('has no asOf date: when was the value true?');
			if (xType === 'category' && p.x === undefined) pointFail('needs x (the category) on a bar chart.');
			if (xType === 'time' && !p.date) pointFail('needs a date on a time axis.');
			if (p.until && chartKind !== 'step') pointFail('until is only for step charts.');
			if (p.until && p.date && p.until < p.date) pointFail(`until ${p.until} is before the point's date ${p.date}.`);
			if (scale === 'log' && value! <= 0)
				pointFail(`value ${value} cannot be drawn on a log axis (values must be above 0).`);
			const domain = input.y.domain;
			if (domain && (value! < domain[0] || value! > domain[1])) {
				pointFail(
					`value ${value} is outside the y axis (${domain[0]} to ${domain[1]}). Widen y.domain or fix the value.`,
				);
			}
			if (chartKind === 'bar' && value! < 0) pointFail('bars need values of 0 or more.');
			return {
				label: p.label,
				x: p.x === undefined ? undefined : typeof p.x === 'number' ? String(p.x) : p.x,
				date: p.date,
				value: value!,
				unit,
				source: source!,
				loc: loc!,
				asOf: asOf!,
				number: p.number,
				annotate: p.annotate ?? false,
				until: p.until,
				line: at,
			};
		});
		if (xType === 'time' && chartKind !== 'scatter') {
			for (let i = 1; i < points.length; i++) {
				if (points[i]!.date! < points[i - 1]!.date!) {
					fail(
						`series "${s.id}": dates must be in order; point ${i + 1} (${points[i]!.date}) comes before point ${i} (${points[i - 1]!.date}).`,
						points[i]!.line,
					);
				}
			}
		}
		return { id: s.id, label: s.label, points };
	});
	for (const t of input.trend ?? []) {
		if (!seriesIds.has(t))
			fail(
				`trend names unknown series "${t}". Series here: ${[...seriesIds].join(', ')}.`,
				lineOfPath(node, ['trend'], lineOf),
			);
		if (xType !== 'time') fail('a trend line needs a time axis.', lineOfPath(node, ['trend'], lineOf));
		if ((series.find((s) => s.id === t)?.points.length ?? 0) < 2)
			fail(`series "${t}" needs at least two points for a trend.`);
	}
	return {
		id,
		kind: chartKind,
		title: input.title,
		description: input.description,
		note: input.note,
		x: { label: input.x?.label, type: xType },
		y: { label: input.y.label, unit: input.y.unit, scale, domain: input.y.domain },
		trend: input.trend ?? [],
		link: input.link,
		section: input.section,
		series,
		file,
		line,
	};
}

/** Line of the node at `path` inside a chart's YAML node, if it exists. */
let cached: { signature: string; charts: Map<string, Chart> } | undefined;

/** Every chart on the site, validated against the key numbers, sources and short links. */
export function loadCharts(root = projectRoot): Map<string, Chart> {
	const dir = join(root, chartsFolder);
	let files: string[] = [];
	try {
		files = readdirSync(dir)
			.filter((f) => /\.ya?ml$/.test(f) && !f.startsWith('_'))
			.sort();
	} catch {
		return new Map();
	}
	const texts = files.map((f) => [f, readFileSync(join(dir, f), 'utf8')] as const);
	const site = loadSiteData();
	const signature = JSON.stringify(texts) + site.numbers.size;
	if (cached?.signature === signature) return cached.charts;
	const shortLinks = new Set(readShortLinkKeys(root));
	const context: ChartContext = { numbers: site.numbers, sources: site.sources, shortLinks };
	const charts = new Map<string, Chart>();
	for (const [name, text] of texts) {
		for (const chart of parseChartFile(text, `${chartsFolder}/${name}`, context)) {
			const previous = charts.get(chart.id);
			if (previous) {
				throw new ChartDataError(
					`${chart.file}:${chart.line}: chart id "${chart.id}" is already used by ${previous.file}:${previous.line}.`,
				);
			}
			charts.set(chart.id, chart);
		}
	}
	cached = { signature, charts };
	return charts;
}

function readShortLinkKeys(root: string): string[] {
	try {
		const text = readFileSync(join(root, 'content/shortlinks.yaml'), 'utf8');
		return [...text.matchAll(/^([a-z0-9-]+):/gm)].map((m) => m[1]!);
	} catch {
		return [];
	}
}
