import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readPalettes, type PaletteRole } from '../src/diagrams/theme.ts';

// WCAG 2.2 contrast for the diagram palette (src/styles/diagrams.css), in both themes: 4.5:1 for text
// (1.4.3), 3:1 for lines, borders and chart marks against what they sit on (1.4.11).

function luminance(hex: string): number {
	const [r, g, b] = [1, 3, 5].map((i) => {
		const c = parseInt(hex.slice(i, i + 2), 16) / 255;
		return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	});
	return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	return (hi! + 0.05) / (lo! + 0.05);
}

const series = ['series-1', 'series-2', 'series-3', 'series-4', 'series-5', 'series-6'] as const;

/** [foreground, background, minimum ratio, what it is] */
const pairs: [PaletteRole, PaletteRole, number, string][] = [
	...(['bg', 'node', 'node-alt', 'cluster', 'label-bg', 'note'] as const).map(
		(bg) => ['text', bg, 4.5, `labels on ${bg}`] as [PaletteRole, PaletteRole, number, string],
	),
	['bg', 'line', 4.5, 'sequence numbers (background colour on a line-coloured disc)'],
	...series.map(
		(s) => ['series-text', s, 4.5, `pie percentages on ${s}`] as [PaletteRole, PaletteRole, number, string],
	),
	...series.map((s) => [s, 'bg', 3, `${s} bars, lines and slices`] as [PaletteRole, PaletteRole, number, string]),
	['line', 'bg', 3, 'edges and axes'],
	['line', 'cluster', 3, 'edges inside a subgraph'],
	['node-border', 'bg', 3, 'node outlines'],
	['cluster-border', 'bg', 3, 'subgraph outlines'],
	['note-border', 'bg', 3, 'note outlines'],
];

for (const [theme, palette] of Object.entries(readPalettes())) {
	test(`diagram colours meet WCAG contrast in the ${theme} theme`, () => {
		const failing = pairs
			.map(([fg, bg, min, what]) => ({ what, fg, bg, min, ratio: contrast(palette[fg], palette[bg]) }))
			.filter((p) => p.ratio < p.min)
			.map((p) => `${p.what}: --diagram-${p.fg} on --diagram-${p.bg} is ${p.ratio.toFixed(2)}:1, needs ${p.min}:1`);
		assert.deepEqual(failing, [], `src/styles/diagrams.css (${theme}):\n${failing.join('\n')}`);
	});
}

test('the chart series are told apart in both themes (no two share a colour)', () => {
	for (const [theme, palette] of Object.entries(readPalettes())) {
		const colours = series.map((s) => palette[s]);
		assert.equal(new Set(colours).size, colours.length, `${theme}: series colours repeat`);
	}
});
