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
		assert.equal(await page.locator(`#${diagram.anchor} svg`).count(), 1, 'expected one SVG per diagram');
		await page.close();
	});

	test(
		'on a 360 px phone, wide diagrams scroll inside their figure, never the page, and labels stay legible',
		{ skip },
		async () => {
			const problems: string[] = [];
			const context = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2 });
			const tabs = await Promise.all([1, 2].map(() => context.newPage()));
			await eachInParallel(pages, tabs.length, async (path, worker) => {
				const page: Page = tabs[worker]!;
				await page.goto(url(path));
				const pageOverflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
				if (pageOverflow > 0) problems.push(`${path}: the page scrolls sideways by ${pageOverflow}px`);
				const figures = await page.locator('figure.diagram:not(.chart)').evaluateAll((figs) =>
					figs.map((fig) => {
						const scroller = fig.querySelector('.diagram__scroll') as HTMLElement;
						const svg = fig.querySelector('svg')!;
						const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
						return {
							id: fig.id,
							labelPx: 16 * scale,
							overflows: svg.getBoundingClientRect().width > scroller.clientWidth,
							scrolls: scroller.scrollWidth > scroller.clientWidth && getComputedStyle(scroller).overflowX === 'auto',
						};
					}),
				);
				for (const f of figures) {
					if (f.labelPx < 11.9) problems.push(`${path}#${f.id}: labels shrink to ${f.labelPx.toFixed(1)}px`);
					if (f.overflows && !f.scrolls) problems.push(`${path}#${f.id}: wider than the screen but does not scroll`);
				}
			});
			await context.close();
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
