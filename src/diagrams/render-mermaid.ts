import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { chromiumLaunchOptions, findChromium } from '../lib/chromium.ts';
import { diagramFontFamily, mermaidConfig, readPalettes, sentinelOf, sentinelRgb, withPalette } from './theme.ts';
import { renderInPage, type InPageResult } from './mermaid-in-page.ts';
import { pageLayout, type FlowchartLayout } from './layouts.ts';

/**
 * Renders Mermaid source to SVG (and a 2× PNG) in headless Chromium with the real `mermaid` package.
 * One browser per process, launched on the first cache miss and shared by every diagram; each page
 * loads Mermaid once and is reused. Call `closeMermaidRenderer()` when the build or script ends.
 * Playwright and Mermaid are loaded only there, on the first cache miss: a build whose diagrams are all
 * in content/diagram-cache/ never loads either.
 */

/** The path of Mermaid's browser bundle, resolved when a page first needs it. */
const mermaidScript = () => createRequire(import.meta.url).resolve('mermaid/dist/mermaid.min.js');

/** Mermaid rejected the source; `message` is Mermaid's own parse error. */
export class MermaidSyntaxError extends Error {}

/** The diagram renders, but draws colours that do not come from the site palette. */
export class UnthemedColourError extends Error {}

/** No Chromium to render with (see findChromium). */
export class NoBrowserError extends Error {}

export interface RenderedDiagram {
	/** SVG with palette sentinel colours (see theme.ts), style block pruned. */
	svg: string;
	/** Light-theme standalone SVG screenshotted at device scale factor 2. */
	png: Buffer;
	/** The SVG's size in CSS pixels (the PNG is twice this). */
	width: number;
	height: number;
	/** Mermaid's SVG size before pruning and the size after, in bytes. */
	bytes: { mermaid: number; pruned: number };
	/** Wall time of this diagram's render, screenshot included. */
	ms: number;
}

const maxPages = 2;

class Renderer {
	#browser: Promise<Browser> | undefined;
	#context: Promise<BrowserContext> | undefined;
	#idle: Page[] = [];
	#pageCount = 0;
	#waiting: ((page: Page) => void)[] = [];
	launches = 0;
	rendered = 0;

	/** Renders one layout of a diagram (the page layout unless `flowchart` gives another's spacing and wrapping). */
	async render(
		domId: string,
		source: string,
		flowchart: FlowchartLayout = pageLayout.flowchart,
	): Promise<RenderedDiagram> {
		const started = performance.now();
		const page = await this.#acquire();
		try {
			const result = (await page.evaluate(renderInPage, {
				domId,
				source,
				sentinels: sentinelRgb,
				config: mermaidConfig(),
				flowchart,
			})) as InPageResult;
			if (result.syntaxError !== undefined) throw new MermaidSyntaxError(result.syntaxError);
			if (result.unthemed?.length) throw new UnthemedColourError(result.unthemed.join('; '));
			const svg = result.svg!;
			const png = await screenshot(page, withPalette(standaloneFrame(svg), readPalettes().light));
			this.rendered++;
			return {
				svg,
				png,
				width: Number(/^<svg\b[^>]*?\swidth="([\d.]+)"/.exec(svg)?.[1]),
				height: Number(/^<svg\b[^>]*?\sheight="([\d.]+)"/.exec(svg)?.[1]),
				bytes: { mermaid: result.mermaidBytes!, pruned: Buffer.byteLength(svg) },
				ms: Math.round(performance.now() - started),
			};
		} finally {
			this.#release(page);
		}
	}

	get running(): boolean {
		return this.#browser !== undefined;
	}

	async close(): Promise<void> {
		const browser = this.#browser;
		this.#browser = undefined;
		this.#context = undefined;
		this.#idle = [];
		this.#pageCount = 0;
		if (browser) await (await browser).close();
	}

	async #acquire(): Promise<Page> {
		const idle = this.#idle.pop();
		if (idle) return idle;
		if (this.#pageCount >= maxPages) return new Promise((resolve) => this.#waiting.push(resolve));
		this.#pageCount++;
		try {
			return await this.#newPage();
		} catch (error) {
			this.#pageCount--;
			throw error;
		}
	}

	#release(page: Page): void {
		const next = this.#waiting.shift();
		if (next) next(page);
		else this.#idle.push(page);
	}

	async #newPage(): Promise<Page> {
		this.#context ??= this.#launch().then((browser) =>
			browser.newContext({ deviceScaleFactor: 2, viewport: { width: 1600, height: 1200 } }),
		);
		const page = await (await this.#context).newPage();
		await page.setContent(
			`<!doctype html><html><head><style>body{margin:0;font-family:${diagramFontFamily};color:${sentinelRgb[1]}}#host svg{display:block}</style></head><body><div id="host"></div></body></html>`,
		);
		await page.addScriptTag({ path: mermaidScript() });
		return page;
	}

	#launch(): Promise<Browser> {
		if (!this.#browser) {
			const executablePath = findChromium();
			if (!executablePath) {
				throw new NoBrowserError(
					process.env.CHROMIUM_PATH
						? `CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not exist`
						: 'no Chromium found (set CHROMIUM_PATH, or apt-get install chromium)',
				);
			}
			this.launches++;
			this.#browser = import('playwright-core').then(({ chromium }) =>
				chromium.launch(chromiumLaunchOptions(executablePath)),
			);
			// a failed launch must not poison later attempts
			this.#browser.catch(() => (this.#browser = undefined));
		}
		return this.#browser;
	}
}

/** Adds a background to a sentinel-coloured SVG, for use outside the page (download, PNG). */
export function standaloneFrame(svg: string): string {
	const [x, y, width, height] = /viewBox="([^"]+)"/.exec(svg)?.[1]?.split(/[\s,]+/) ?? ['0', '0', '0', '0'];
	const background = `<rect x="${x}" y="${y}" width="${width}" height="${height}" fill="${sentinelOf('bg')}"/>`;
	// right after <title> and <desc>: before anything that paints, and the title stays first
	const opening = svg.indexOf('>') + 1;
	const head = /^(?:<title[^>]*>[^<]*<\/title>)?(?:<desc[^>]*>[^<]*<\/desc>)?/.exec(svg.slice(opening))![0];
	const at = opening + head.length;
	return svg.slice(0, at) + background + svg.slice(at);
}

async function screenshot(page: Page, standaloneSvg: string): Promise<Buffer> {
	await page.evaluate((markup) => {
		document.getElementById('host')!.innerHTML = markup;
	}, standaloneSvg);
	const png = await page.locator('#host > svg').screenshot({ type: 'png', animations: 'disabled' });
	await page.evaluate(() => document.getElementById('host')!.replaceChildren());
	return png;
}

const rendererKey = Symbol.for('ai-cost-explainer.mermaid-renderer');

/** The process-wide renderer (one browser, however many times this module is loaded). */
export function mermaidRenderer(): Renderer {
	const holder = globalThis as unknown as Record<symbol, Renderer | undefined>;
	return (holder[rendererKey] ??= new Renderer());
}

export async function closeMermaidRenderer(): Promise<void> {
	const holder = globalThis as unknown as Record<symbol, Renderer | undefined>;
	await holder[rendererKey]?.close();
}
