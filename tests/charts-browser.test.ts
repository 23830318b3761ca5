import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtSiteInBrowser, newSiteContext } from './support/browser.ts';
import { builtContentPages, distDir } from '../scripts/lib/built-site.ts';
import { measurePage } from '../scripts/lib/page-weight.ts';
import { readPalettes } from '../src/diagrams/theme.ts';

// Charts in the browser: the drawing follows the live theme switch, the narrow drawing shows on a
// phone, and no page ships charting JavaScript. (axe checks the pages with charts with every other
// page: accessibility.test.ts.)

const web = builtSiteInBrowser();
const { skip } = web;
const chartPages = [
	'cost/inference/index.html',
	'id/cost/inference/index.html',
	'cost/trends/index.html',
	'id/cost/trends/index.html',
];

// The tests are independent (a browser context each) and run two at a time (a CI runner's two cores).
describe('charts in the browser', { concurrency: 2 }, () => {
	test('no page that shows a chart loads charting JavaScript', () => {
		const charting = /@observablehq|linkedom|d3-scale|Plot\.plot/;
		const withCharts = builtContentPages().filter((f) =>
			readFileSync(join(distDir, f), 'utf8').includes('class="diagram chart"'),
		);
		const missing = chartPages.filter((f) => !withCharts.includes(f));
		assert.deepEqual(missing, [], 'pages known to show charts are found by their chart markup');
		for (const file of withCharts) {
			const html = readFileSync(join(distDir, file), 'utf8');
			assert.doesNotMatch(html, charting, `${file}: charting code inline`);
			for (const script of measurePage(distDir, file).scripts) {
				assert.doesNotMatch(readFileSync(join(distDir, script), 'utf8'), charting, `${file}: ${script}`);
			}
		}
	});

	/** How many pixels of a chart's screenshot are (nearly) this colour. */
	async function pixelsOf(page: import('playwright-core').Page, png: Buffer, hex: string): Promise<number> {
		return page.evaluate(
			async ({ b64, hex }) => {
				// an <img> (the CSP allows data: images, not fetches of them)
				const img = new Image();
				img.src = `data:image/png;base64,${b64}`;
				await img.decode();
				const bitmap = await createImageBitmap(img);
				const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
				const ctx = canvas.getContext('2d')!;
				ctx.drawImage(bitmap, 0, 0);
				const data = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
				const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
				let n = 0;
				for (let i = 0; i < data.length; i += 4) {
					if (Math.abs(data[i]! - r!) + Math.abs(data[i + 1]! - g!) + Math.abs(data[i + 2]! - b!) < 12) n++;
				}
				return n;
			},
			{ b64: png.toString('base64'), hex },
		);
	}

	test(
		'a chart is drawn in the series colours of the live theme, and recolours when the theme switches',
		{ skip },
		async () => {
			const { light, dark } = readPalettes();
			const context = await newSiteContext(web.browser, { theme: 'light' });
			const page = await context.newPage();
			await page.goto(`${web.site.url}/cost/inference/`, { waitUntil: 'load' });
			const plot = page.locator('#chart-price-for-fixed-capability .chart__plot');
			await plot.scrollIntoViewIfNeeded();
			const before = await plot.screenshot();
			assert.ok((await pixelsOf(page, before, light['series-1'])) > 50, 'light theme: series 1 in its light colour');
			assert.equal(await pixelsOf(page, before, dark['series-1']), 0, 'light theme: no dark-theme colour');
			// the theme switch sets data-theme on <html>; no reload
			await page.evaluate(() => {
				document.documentElement.dataset.theme = 'dark';
			});
			const after = await plot.screenshot();
			assert.ok((await pixelsOf(page, after, dark['series-1'])) > 50, 'dark theme: series 1 in its dark colour');
			assert.equal(await pixelsOf(page, after, light['series-1']), 0, 'dark theme: no light-theme colour left');
			await context.close();
		},
	);

	test('the narrow drawing replaces the wide one on a phone', { skip }, async () => {
		const context = await newSiteContext(web.browser, { viewport: 'phone' });
		const page = await context.newPage();
		await page.goto(`${web.site.url}/id/cost/trends/`, { waitUntil: 'load' });
		const shown = await page.$$eval('#chart-training-cost-over-time .chart__plot svg', (svgs) =>
			svgs.map((s) => getComputedStyle(s).display !== 'none'),
		);
		assert.deepEqual(shown, [false, true]);
		await context.close();
	});
});
