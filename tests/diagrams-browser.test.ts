import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { listDiagrams } from '../src/diagrams/catalog.ts';
import { readPalettes } from '../src/diagrams/theme.ts';
import { basePath } from '../src/site.config.ts';
import { browserSkipReason, eachInParallel, launchChromium } from './support/browser.ts';
import { distDir } from '../scripts/lib/built-site.ts';
import { serveStatic, type StaticSite } from '../scripts/lib/static-server.ts';

// Diagrams as readers get them, in Chromium against the built site (run `npm run build` first).

const skip = browserSkipReason();
const diagrams = listDiagrams();
const pages = [...new Set(diagrams.map((d) => d.page.url))];
let browser: Browser;
let site: StaticSite;

before(async () => {
	if (skip) return;
	browser = await launchChromium();
	site = await serveStatic(distDir, { basePath });
});
after(async () => {
	await browser?.close();
	await site?.close();
});

const url = (sitePath: string) => `${site.origin}${sitePath}`;

/**
 * Phones get each diagram's narrow layout, edge to edge. Its 16 px labels shrink to 11.5 px or more,
 * except in the two longest Indonesian decision paths (licence terms, pilot to production), which
 * come to 11.0 and 11.2 px on a 360 px screen (7 December 2026): 11 px is the floor here.
 */
const minimumPhoneLabelPx = 11;

function hexToRgb(hex: string): string {
	const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
	return `rgb(${r}, ${g}, ${b})`;
}

// The tests are independent (a page each) and run two at a time (a CI runner's two cores).
describe('diagrams as readers get them', { concurrency: 2 }, () => {
	test("switching the site's theme recolours the diagram (one SVG, both themes)", { skip }, async () => {
		const diagram = diagrams.find((d) => d.lang === 'en' && d.source.trimStart().startsWith('flowchart'));
		assert.ok(diagram, 'no English flowchart on the site');
		const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
		await page.goto(`${url(diagram.page.url)}#${diagram.anchor}`);
		const nodeShape = page.locator(`#${diagram.anchor} svg g.node`).first().locator('rect, polygon, path').first();
		const label = page.locator(`#${diagram.anchor} svg g.node text`).first();
		const colours = async () =>
			Promise.all([
				nodeShape.evaluate((el) => getComputedStyle(el).fill),
				label.evaluate((el) => getComputedStyle(el).fill),
			]);
		const themeSelect = page.locator('starlight-theme-select select').first();
		const palettes = readPalettes();

		await themeSelect.selectOption('dark');
		const dark = await colours();
		await themeSelect.selectOption('light');
		const light = await colours();
		assert.deepEqual(dark, [hexToRgb(palettes.dark.node), hexToRgb(palettes.dark.text)]);
		assert.deepEqual(light, [hexToRgb(palettes.light.node), hexToRgb(palettes.light.text)]);
		assert.equal(
			await page.locator(`#${diagram.anchor} svg:visible`).count(),
			1,
			'expected one visible SVG per diagram',
		);
		await page.close();
	});

	/** Each diagram's visible drawing on a page: its width against its figure's, and its label size. */
	async function measure(page: Page, path: string, problems: string[], minimumLabelPx: number) {
		await page.goto(url(path));
		const pageOverflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
		if (pageOverflow > 0) problems.push(`${path}: the page scrolls sideways by ${pageOverflow}px`);
		const figures = await page.locator('figure.diagram:not(.chart)').evaluateAll((figs) =>
			figs.map((fig) => {
				const scroller = fig.querySelector('.diagram__scroll') as HTMLElement;
				const visible = [...fig.querySelectorAll('svg')].filter((svg) => svg.getBoundingClientRect().width > 0);
				const svg = visible[0]!;
				const style = getComputedStyle(scroller);
				const column = scroller.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
				return {
					id: fig.id,
					visible: visible.length,
					layout: svg.getAttribute('class'),
					labelPx: (16 * svg.getBoundingClientRect().width) / svg.viewBox.baseVal.width,
					width: svg.getBoundingClientRect().width,
					column,
					scrolls: scroller.scrollWidth > scroller.clientWidth,
					// on phones the figure runs to the screen's edges, never past them
					figureOverflow: Math.max(
						fig.getBoundingClientRect().right - window.innerWidth,
						-fig.getBoundingClientRect().left,
					),
				};
			}),
		);
		for (const f of figures) {
			const at = `${path}#${f.id} (${f.layout})`;
			if (f.visible !== 1) problems.push(`${at}: ${f.visible} drawings visible`);
			if (f.width > f.column + 0.5) problems.push(`${at}: ${f.width.toFixed(0)}px wide in a ${f.column}px column`);
			if (f.scrolls) problems.push(`${at}: scrolls sideways`);
			if (f.figureOverflow > 0.5) problems.push(`${at}: the figure sticks out of the screen`);
			if (f.labelPx < minimumLabelPx) problems.push(`${at}: labels shrink to ${f.labelPx.toFixed(1)}px`);
		}
		return figures;
	}

	for (const lang of ['en', 'id'] as const) {
		test(
			`on a 360 px phone (${lang}), every diagram fits its column, nothing scrolls sideways, and labels stay legible`,
			{ skip },
			async () => {
				const problems: string[] = [];
				const context = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2 });
				const tabs = await Promise.all([1, 2].map(() => context.newPage()));
				await eachInParallel(
					pages.filter((p) => diagrams.some((d) => d.page.url === p && d.lang === lang)),
					tabs.length,
					async (path, worker) => {
						await measure(tabs[worker]!, path, problems, minimumPhoneLabelPx);
					},
				);
				await context.close();
				assert.deepEqual(problems.sort(), []);
			},
		);
	}

	test(
		'at 1280 px, the About diagram and every other fits its column at full label size or close to it',
		{ skip },
		async () => {
			const problems: string[] = [];
			const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
			for (const path of pages) await measure(page, path, problems, 12);
			await page.close();
			assert.deepEqual(problems.sort(), []);
		},
	);

	test('the downloads open: the SVG parses and draws, the PNG is twice its size', { skip }, async () => {
		const page = await browser.newPage();
		await page.goto(url(pages[0]!));
		for (const d of diagrams) {
			const result = await page.evaluate(
				async ({ svgUrl, pngUrl }) => {
					const svgResponse = await fetch(svgUrl);
					const svgText = await svgResponse.text();
					const parsed = new DOMParser().parseFromString(svgText, 'image/svg+xml');
					const load = (src: string) =>
						new Promise<{ width: number; height: number }>((resolve, reject) => {
							const img = new Image();
							img.onload = () => resolve({ width: img.naturalWidth, height: img.naturalHeight });
							img.onerror = () => reject(new Error(`${src} does not load as an image`));
							img.src = src;
						});
					return {
						svgType: svgResponse.headers.get('content-type'),
						parseError: parsed.querySelector('parsererror')?.textContent ?? null,
						svgSize: await load(svgUrl),
						pngSize: await load(pngUrl),
					};
				},
				{ svgUrl: url(d.downloads.svg), pngUrl: url(d.downloads.png) },
			);
			assert.equal(result.parseError, null, `${d.downloads.svg} is not well-formed SVG`);
			assert.match(result.svgType ?? '', /^image\/svg\+xml/);
			assert.ok(result.svgSize.width > 0, `${d.downloads.svg} draws nothing`);
			assert.deepEqual(
				result.pngSize,
				{ width: result.svgSize.width * 2, height: result.svgSize.height * 2 },
				`${d.downloads.png} is not 2× the SVG`,
			);
		}
		await page.close();
	});
});
