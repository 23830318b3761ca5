import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseChartFile, ChartDataError } from '../src/charts/data.ts';
import { fixtureContext, goodChart } from './support/chart-fixtures.ts';

// Bad chart data fails with the file, the line and what to fix. Each case edits the valid
// fixture (tests/support/chart-fixtures.ts) and calls the validator directly: no site build.

const file = 'content/charts/bad.yaml';
const edit = (from: string, to: string) => {
	assert.ok(goodChart.includes(from), `fixture lacks ${from}`);
	return goodChart.replace(from, to);
};

test('the fixture itself is valid', () => {
	const [chart] = parseChartFile(goodChart, file, fixtureContext);
	assert.equal(chart!.series[0]!.points[1]!.value, 5, 'a point can take its value from a key number');
	assert.equal(chart!.series[0]!.points[1]!.source, 'src-a');
});

const cases: { name: string; text: string; line: number; message: RegExp }[] = [
	{ name: 'unsupported kind', text: edit('kind: line', 'kind: pie'), line: 2, message: /unsupported kind "pie"/ },
	{
		name: 'unknown series in trend',
		text: edit('trend: [main]', 'trend: [mian]'),
		line: 8,
		message: /unknown series "mian"/,
	},
	{
		name: 'empty data',
		text: goodChart.replace(/      points:\n(.*\n){3}/, '      points: []\n'),
		line: 10,
		message: /series "main" has no data/,
	},
	{
		name: 'point without a source',
		text: edit('value: 10, source: src-a, loc: Table 1', 'value: 10, loc: Table 1'),
		line: 13,
		message: /point 1: has no source/,
	},
	{
		name: 'source that does not exist',
		text: edit('source: src-b', 'source: src-z'),
		line: 15,
		message: /point 3: unknown source "src-z"/,
	},
	{
		name: 'point without a location in its source',
		text: edit(', loc: p. 3', ''),
		line: 15,
		message: /point 3: has no loc/,
	},
	{ name: 'point without asOf', text: edit(', asOf: 2022-01-01', ''), line: 15, message: /point 3: has no asOf/ },
	{
		name: 'unknown key number',
		text: edit('number: n-one', 'number: n-two'),
		line: 14,
		message: /unknown number id "n-two"/,
	},
	{
		name: 'key number that is a range',
		text: edit('number: n-one', 'number: n-range'),
		line: 14,
		message: /is a range/,
	},
	{
		name: 'point outside the axis',
		text: edit('    unit: usd\n', '    unit: usd\n    domain: [1, 100]\n'),
		line: 16,
		message: /value 1000 is outside the y axis \(1 to 100\)/,
	},
	{
		name: 'zero on a log axis',
		text: edit('    unit: usd\n', '    unit: usd\n    scale: log\n').replace('value: 10,', 'value: 0,'),
		line: 14,
		message: /cannot be drawn on a log axis/,
	},
	{
		name: 'dates out of order',
		text: edit('date: 2022-01-01', 'date: 2019-01-01'),
		line: 15,
		message: /dates must be in order; point 3 \(2019-01-01\) comes before point 2/,
	},
	{
		name: 'bar chart whose axis does not start at zero',
		text: edit('kind: line', 'kind: bar').replace('    unit: usd\n', '    unit: usd\n    domain: [5, 2000]\n'),
		line: 8,
		message: /must start at 0/,
	},
	{ name: 'unknown field', text: edit('kind: line', 'kind: line\n  colour: red'), line: 1, message: /colour/ },
	{
		name: 'no series',
		text: goodChart.replace(/  series:\n[\s\S]*$/, '  series: []\n'),
		line: 1,
		message: /has no series/,
	},
	{
		name: 'unknown short link',
		text: edit('trend: [main]', 'trend: [main]\n  link: nowhere'),
		line: 9,
		message: /link "nowhere"/,
	},
];

for (const c of cases) {
	test(`bad chart: ${c.name} fails with file and line`, () => {
		assert.throws(
			() => parseChartFile(c.text, file, fixtureContext),
			(error: unknown) => {
				assert.ok(error instanceof ChartDataError);
				assert.match(error.message, new RegExp(`^${file.replace(/\./g, '\\.')}:${c.line}: chart "ok-chart"`));
				assert.match(error.message, c.message);
				return true;
			},
		);
	});
}
