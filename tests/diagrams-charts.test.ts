import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { diagramCssFile, readPalettes, withThemeVariables } from '../src/diagrams/theme.ts';
import { closeMermaidRenderer, mermaidRenderer } from '../src/diagrams/render-mermaid.ts';
import { browserSkipReason, launchChromium } from './support/browser.ts';

// Numeric charts (pie, xychart) go through the same renderer as every diagram: rendered in Chromium
// with the real Mermaid, then recoloured by the page theme. Rendered here from source, so the check
// holds whether or not a page uses a pie chart yet.

const skip = browserSkipReason();
after(closeMermaidRenderer);

const charts = {
	pie: {
		source: [
			'pie',
			'  accTitle: Test pie',
			'  accDescr: Three slices.',
			'  "Compute" : 60',
			'  "Staff" : 25',
			'  "Data" : 15',
		].join('\n'),
		/** the first slice and its percentage label */
		mark: 'path.pieCircle',
		label: 'text.slice',
	},
	xychart: {
		source: [
			'xychart',
			'  accTitle: Test chart',
			'  accDescr: Four bars and a line.',
			'  x-axis [2021, 2022, 2023, 2024]',
			'  y-axis "USD million" 0 --> 100',
			'  bar [10, 30, 50, 90]',
			'  line [15, 35, 55, 95]',
		].join('\n'),
		mark: '.bar-plot-0 rect',
		label: '.bottom-axis .label text',
	},
};

for (const [kind, chart] of Object.entries(charts)) {
	test(
		`${kind === 'pie' ? 'a pie chart' : 'an xychart (bars and a line)'} renders to an accessible SVG whose colours follow the theme`,
		{ skip },
		async () => {
			const { svg, png } = await mermaidRenderer().render(`mmd-test-${kind}`, chart.source);
			assert.match(svg, /^<svg [^>]*role="img"/);
			assert.match(svg, /<title id="chart-title-mmd-test-[a-z]+">Test (pie|chart)<\/title>/);
			assert.ok(png.length > 0);

			const browser = await launchChromium();
			try {
				const page = await browser.newPage();
				const css = readFileSync(diagramCssFile, 'utf8');
				await page.setContent(
					`<!doctype html><html><head><style>${css}</style></head><body>${withThemeVariables(svg)}</body></html>`,
				);
				const colours = () =>
					page.evaluate(
						({ mark, label }) => [
							getComputedStyle(document.querySelector(mark)!).fill,
							getComputedStyle(document.querySelector(label)!).fill,
						],
						chart,
					);
				const dark = await colours();
				await page.evaluate(() => (document.documentElement.dataset.theme = 'light'));
				const light = await colours();
				const palettes = readPalettes();
				const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
				const labelRole = kind === 'pie' ? 'series-text' : 'text';
				assert.deepEqual(dark, [rgb(palettes.dark['series-1']), rgb(palettes.dark[labelRole])]);
				assert.deepEqual(light, [rgb(palettes.light['series-1']), rgb(palettes.light[labelRole])]);
			} finally {
				await browser.close();
			}
		},
	);
}
