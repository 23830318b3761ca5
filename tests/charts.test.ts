import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as Plot from '@observablehq/plot';
import { loadCharts, inLang, type Chart } from '../src/charts/data.ts';
import { renderChartSvg } from '../src/charts/render.ts';
import { plotOptions } from '../src/charts/plot-options.ts';
import { fitLogTrend, logDecades, pointDate } from '../src/charts/scales.ts';
import { chartCsv, standaloneChartSvg, svgToPng } from '../src/charts/export.ts';
import { chartFigureHtml } from '../src/charts/markup.ts';
import { locIn } from '../src/references/schemas.ts';

// Unit tests of the charts (src/charts/): scales, trend fits, CSV, sources and downloads, on the
// site's own chart files; they call the chart code directly and build nothing.

const charts = loadCharts();
const chart = (id: string): Chart => {
	const c = charts.get(id);
	assert.ok(c, `chart ${id} is missing from content/charts/`);
	return c;
};

test('a bar chart starts every bar at the zero line, to the pixel, and bar lengths are proportional to values', () => {
	const bar = chart('frontier-training-cost');
	for (const lang of ['en', 'id'] as const) {
		for (const variant of ['wide', 'narrow'] as const) {
			const { svg } = renderChartSvg(bar, lang, variant);
			const attr = (tag: string, name: string) => Number(new RegExp(`\\s${name}="([\\d.-]+)"`).exec(tag)?.[1]);
			// the zero rule is the only full-opacity vertical line (grid lines are faint)
			const rule = /<g stroke="currentColor">(<line[^>]*>)<\/g>/.exec(svg)?.[1];
			assert.ok(rule, 'a zero rule');
			const zero = attr(rule, 'x1');
			assert.equal(zero, attr(rule, 'x2'));
			const rects = (svg.match(/<rect[^>]*>/g) ?? []).map((tag) => ({ x: attr(tag, 'x'), width: attr(tag, 'width') }));
			const points = bar.series[0]!.points;
			assert.equal(rects.length, points.length);
			for (const r of rects) assert.ok(Math.abs(r.x - zero) < 0.5, `bar starts at ${r.x}, zero line at ${zero}`);
			const pxPerUnit = rects.map((r, i) => r.width / points[i]!.value);
			const mean = pxPerUnit.reduce((a, b) => a + b, 0) / pxPerUnit.length;
			rects.forEach((r, i) => {
				const expected = points[i]!.value * mean;
				assert.ok(Math.abs(r.width - expected) < 0.6, `bar ${i + 1}: ${r.width}px, proportional length ${expected}px`);
			});
		}
	}
});

test('a log axis puts 0.1, 1, 10 and 100 at equal distances', () => {
	const c = chart('price-for-fixed-capability');
	const figure = Plot.plot(plotOptions(c, 'en', 'wide')) as unknown as {
		scale(name: string): { apply(v: unknown): number };
	};
	const y = figure.scale('y');
	const ys = [0.1, 1, 10, 100].map((v) => y.apply(v));
	const gaps = ys.slice(1).map((v, i) => ys[i]! - v);
	for (const gap of gaps) assert.ok(Math.abs(gap - gaps[0]!) < 1e-6, `decade gaps ${gaps.join(', ')}`);
	assert.deepEqual(logDecades([0.07, 37.5]).ticks, [0.01, 0.1, 1, 10, 100]);
});

test('dates are placed in order on time axes, and year-only dates sit mid-year', () => {
	for (const c of charts.values()) {
		if (c.x.type !== 'time') continue;
		const figure = Plot.plot(plotOptions(c, 'en', 'wide')) as unknown as {
			scale(name: string): { apply(v: unknown): number };
		};
		const x = figure.scale('x');
		const dates = [...new Set(c.series.flatMap((s) => s.points.map((p) => p.date!)))].sort();
		const xs = dates.map((d) => x.apply(pointDate(d)));
		for (let i = 1; i < xs.length; i++)
			assert.ok(xs[i]! > xs[i - 1]!, `${c.id}: ${dates[i]} is not right of ${dates[i - 1]}`);
	}
	assert.equal(pointDate('2020').toISOString(), '2020-07-01T00:00:00.000Z');
});

test("the fitted trend reproduces Epoch AI's published yearly price falls", () => {
	// lowest_price_models_results.csv (same commit): GPQA Diamond / GPT-4-0314 → 42.02× a year; MMLU / GPT-3.5 → 15.83×.
	const c = chart('price-for-fixed-capability');
	const gpqa = 1 / fitLogTrend(c.series.find((s) => s.id === 'gpt-4-gpqa')!.points).factorPerYear;
	const mmlu = 1 / fitLogTrend(c.series.find((s) => s.id === 'gpt-3-5-mmlu')!.points).factorPerYear;
	assert.ok(Math.abs(gpqa - 42.02) / 42.02 < 0.02, `GPQA fit ${gpqa}`);
	assert.ok(Math.abs(mmlu - 15.83) / 15.83 < 0.02, `MMLU fit ${mmlu}`);
});

// That every point names a source that exists, a location and an "as of" date is the loader's rule
// (src/charts/data.ts), tested on bad input in charts-faults.test.ts.

test("every chart's CSV holds exactly its data", () => {
	const parse = (line: string) =>
		[...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)]
			.slice(0, -1)
			.map((m) => (m[1]!.startsWith('"') ? m[1]!.slice(1, -1).replace(/""/g, '"') : m[1]!));
	for (const c of charts.values()) {
		for (const lang of ['en', 'id'] as const) {
			const csv = chartCsv(c, lang);
			assert.ok(csv.endsWith('\r\n') && !/[^\r]\n/.test(csv), `${c.id}: every line ends in CRLF`);
			const [header, ...rows] = csv.trimEnd().split('\r\n');
			assert.equal(header, 'series,label,x,date,value,unit,source,source_url,loc,as_of');
			const points = c.series.flatMap((s) => s.points.map((p) => ({ s, p })));
			assert.equal(rows.length, points.length, `${c.id}: one row per point`);
			rows.forEach((row, i) => {
				const [series, label, x, date, value, unit, source, , loc, asOf] = parse(row);
				const { s, p } = points[i]!;
				assert.deepEqual(
					{ series, label, x, date, value: Number(value), unit, source, loc, asOf },
					{
						series: inLang(s.label, lang),
						label: inLang(p.label, lang),
						x: inLang(p.x, lang),
						date: p.date ?? '',
						value: p.value,
						unit: p.unit,
						source: p.source,
						loc: locIn(p.loc, lang),
						asOf: p.asOf,
					},
				);
			});
		}
	}
});

test('renders are byte-identical across runs and time zones', () => {
	const script = `import('./src/charts/data.ts').then(async (d) => { const r = await import('./src/charts/render.ts'); const out = []; for (const c of d.loadCharts().values()) out.push(r.renderChartSvg(c, 'id', 'wide').svg); process.stdout.write(require('node:crypto').createHash('sha256').update(out.join('')).digest('hex')); })`;
	const here = createHash('sha256')
		.update([...charts.values()].map((c) => renderChartSvg(c, 'id', 'wide').svg).join(''))
		.digest('hex');
	const elsewhere = execFileSync(process.execPath, ['--input-type=commonjs', '-e', script], {
		env: { ...process.env, TZ: process.env.TZ === 'Pacific/Kiritimati' ? 'America/Adak' : 'Pacific/Kiritimati' },
	}).toString();
	assert.equal(elsewhere, here);
	const c = chart('deepseek-api-price-history');
	assert.equal(renderChartSvg(c, 'en', 'narrow').svg, renderChartSvg(c, 'en', 'narrow').svg);
});

test('the downloaded SVG and PNG carry the title, source line, as-of date and short link; the PNG is 2×', () => {
	const c = chart('training-cost-over-time');
	const svg = standaloneChartSvg(c, 'id');
	assert.match(svg, /<title>Biaya pelatihan model bahasa/);
	assert.match(svg, /Sumber: Epoch AI/);
	assert.match(svg, /per 28 Nov 2026/);
	assert.match(svg, /\/id\/go\/cost-chart</, 'the key of the section that explains the chart');
	assert.doesNotMatch(svg, /var\(--/, 'no theme variables in a standalone file');
	const width = Number(/<svg[^>]* width="(\d+)"/.exec(svg)![1]);
	const png = svgToPng(svg);
	assert.equal(png.readUInt32BE(16), width * 2, 'PNG is twice the SVG width');
});

test('the figure: one labelled image, tick labels kept out of the HTML, data table in <details>, no script', () => {
	const html = chartFigureHtml(chart('price-for-fixed-capability'), 'en');
	assert.match(
		html,
		/<div class="chart__plot" role="img" aria-labelledby="chart-price-for-fixed-capability-t" aria-describedby="chart-price-for-fixed-capability-d">/,
	);
	assert.match(html, /<b id="chart-price-for-fixed-capability-t">Cheapest price/);
	assert.match(html, /<details data-pagefind-ignore><summary>Data<\/summary><table>/);
	assert.doesNotMatch(html, /<script|<text/);
	assert.equal((html.match(/<tr>/g) ?? []).length, 1 + 13, 'header row and one row per point');
});
