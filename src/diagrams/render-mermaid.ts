import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { chromiumLaunchOptions, findChromium } from '../lib/chromium.ts';
import { diagramFontFamily, mermaidConfig, readPalettes, sentinelOf, sentinelRgb, withPalette } from './theme.ts';

/**
 * Renders Mermaid source to SVG (and a 2× PNG) in headless Chromium with the real `mermaid` package.
 * One browser per process, launched on the first cache miss and shared by every diagram; each page
 * loads Mermaid once and is reused. Call `closeMermaidRenderer()` when the build or script ends.
 */

const mermaidScript = createRequire(import.meta.url).resolve('mermaid/dist/mermaid.min.js');

/** Mermaid rejected the source; `message` is Mermaid's own parse error. */
export class MermaidSyntaxError extends Error {}

/** The diagram renders, but draws colours that do not come from the site palette. */
export class UnthemedColourError extends Error {}

/** No Chromium to render with (see findChromium). */
export class NoBrowserError extends Error {}

export interface RenderedDiagram {
	/** SVG with palette placeholder colours (see diagram-theme.ts), style block pruned. */
	svg: string;
	/** Light-theme standalone SVG screenshotted at device scale factor 2. */
	png: Buffer;
	/** Mermaid's SVG size before pruning and the size after, in bytes. */
	bytes: { mermaid: number; pruned: number };
	/** Wall time of this diagram's render, screenshot included. */
	ms: number;
}

interface InPageResult {
	syntaxError?: string;
	unthemed?: string[];
	svg?: string;
	mermaidBytes?: number;
	title?: string;
	description?: string;
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

	async render(domId: string, source: string): Promise<RenderedDiagram> {
		const started = performance.now();
		const page = await this.#acquire();
		try {
			const result = (await page.evaluate(renderInPage, {
				domId,
				source,
				sentinels: sentinelRgb,
			})) as InPageResult;
			if (result.syntaxError !== undefined) throw new MermaidSyntaxError(result.syntaxError);
			if (result.unthemed?.length) throw new UnthemedColourError(result.unthemed.join('; '));
			const svg = result.svg!;
			const png = await screenshot(page, withPalette(standaloneFrame(svg), readPalettes().light));
			this.rendered++;
			return {
				svg,
				png,
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
		await page.addScriptTag({ path: mermaidScript });
		await page.evaluate((config) => (window as unknown as MermaidWindow).mermaid.initialize(config), mermaidConfig());
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
			this.#browser = chromium.launch(chromiumLaunchOptions(executablePath));
			// a failed launch must not poison later attempts
			this.#browser.catch(() => (this.#browser = undefined));
		}
		return this.#browser;
	}
}

interface MermaidWindow {
	mermaid: {
		initialize(config: unknown): void;
		parse(source: string): Promise<unknown>;
		render(id: string, source: string): Promise<{ svg: string }>;
	};
}

/**
 * Runs inside the page: renders, drops unused markers/filters/gradients and every style rule that
 * matches nothing, checks that every painted colour is a palette placeholder, and makes the SVG an
 * image for assistive technology (role="img" named by its <title>/<desc>).
 */
async function renderInPage({
	domId,
	source,
	sentinels,
}: {
	domId: string;
	source: string;
	sentinels: string[];
}): Promise<InPageResult> {
	const { mermaid } = window as unknown as MermaidWindow;
	const host = document.getElementById('host')!;
	host.replaceChildren();
	try {
		await mermaid.parse(source);
	} catch (error) {
		document.getElementById(`d${domId}`)?.remove();
		return { syntaxError: error instanceof Error ? error.message : String(error) };
	}
	const { svg } = await mermaid.render(domId, source);
	host.innerHTML = svg;
	const root = host.querySelector('svg')!;

	// Definitions nothing points at (Mermaid emits every marker kind a diagram type might use).
	const markup = root.outerHTML;
	for (const def of Array.from(
		root.querySelectorAll(
			'marker[id], filter[id], linearGradient[id], radialGradient[id], pattern[id], clipPath[id], symbol[id]',
		),
	)) {
		if (!markup.includes(`#${def.id})`) && !markup.includes(`#${def.id}"`)) def.remove();
	}
	for (const defs of Array.from(root.querySelectorAll('defs'))) if (!defs.children.length) defs.remove();
	for (const el of Array.from(root.querySelectorAll('[style=""]'))) el.removeAttribute('style');
	// Geometry to 0.01 px: invisible at any zoom, and path data is a large share of the bytes.
	const geometry = new Set([
		'd',
		'points',
		'transform',
		'x',
		'y',
		'x1',
		'x2',
		'y1',
		'y2',
		'cx',
		'cy',
		'r',
		'rx',
		'ry',
		'width',
		'height',
	]);
	for (const el of Array.from(root.querySelectorAll('*'))) {
		for (const attr of Array.from(el.attributes)) {
			if (geometry.has(attr.name)) {
				attr.value = attr.value.replace(/-?\d+\.\d{3,}/g, (n) => String(Math.round(Number(n) * 100) / 100));
			}
		}
	}

	// Style rules: keep only the selectors that match an element of this diagram.
	const matches = (selector: string): boolean => {
		const testable = selector.replace(/::?(?:hover|focus(?:-visible|-within)?|active|visited|before|after)\b/g, '');
		try {
			return !!root.querySelector(testable) || root.matches(testable);
		} catch {
			return true;
		}
	};
	for (const style of Array.from(root.querySelectorAll('style'))) {
		const kept: string[] = [];
		const animations = new Set<string>();
		const rules = Array.from(style.sheet?.cssRules ?? []);
		for (const rule of rules) {
			if (!(rule instanceof CSSStyleRule)) continue;
			const selectors = rule.selectorText
				.split(',')
				.map((s) => s.trim())
				.filter(matches);
			if (!selectors.length || !rule.style.length) continue;
			const declarations = rule.style.cssText.replace(/:\s+/g, ':').replace(/;\s*/g, ';');
			kept.push(`${selectors.join(',')}{${declarations}}`);
			if (rule.style.animationName && rule.style.animationName !== 'none') animations.add(rule.style.animationName);
		}
		for (const rule of rules) {
			if (rule instanceof CSSKeyframesRule && animations.has(rule.name)) kept.push(rule.cssText.replace(/\s+/g, ' '));
		}
		style.textContent = kept.join('');
	}

	// Every colour the browser would paint must be a placeholder, or the theme switch would miss it.
	const allowed = new Set([...sentinels, 'none', 'transparent', 'rgba(0, 0, 0, 0)']);
	const isThemed = (value: string): boolean => {
		if (allowed.has(value) || value.startsWith('url(')) return true;
		const alpha = /^rgba\((\d+), (\d+), (\d+), [\d.]+\)$/.exec(value);
		return !!alpha && allowed.has(`rgb(${alpha[1]}, ${alpha[2]}, ${alpha[3]})`);
	};
	// Properties that paint, by the elements they paint on (stop-color defaults to black everywhere).
	const painted = (el: Element): string[] => {
		if (!(el instanceof SVGElement)) return ['color', 'background-color', 'border-top-color', 'border-bottom-color'];
		const tag = el.tagName;
		if (tag === 'stop') return ['stop-color'];
		if (tag === 'feFlood' || tag === 'feDropShadow') return ['flood-color'];
		if (tag === 'feDiffuseLighting' || tag === 'feSpecularLighting') return ['lighting-color'];
		return ['fill', 'stroke'];
	};
	const unthemed = new Set<string>();
	for (const el of [root, ...Array.from(root.querySelectorAll('*'))]) {
		if (el.closest('title, desc, style')) continue;
		const computed = getComputedStyle(el);
		for (const property of painted(el)) {
			const value = computed.getPropertyValue(property);
			if (value && !isThemed(value)) {
				const what = `<${el.tagName.toLowerCase()}${el.getAttribute('class') ? ` class="${el.getAttribute('class')}"` : ''}>`;
				unthemed.add(`${property} ${value} on ${what}`);
			}
		}
	}
	if (unthemed.size) return { unthemed: [...unthemed].slice(0, 5) };

	// Data attributes serve Mermaid's client-side interactivity, which a static SVG does not have.
	const css = Array.from(root.querySelectorAll('style'), (style) => style.textContent).join('');
	for (const el of [root, ...Array.from(root.querySelectorAll('*'))]) {
		for (const attr of Array.from(el.attributes)) {
			if (attr.name.startsWith('data-') && !css.includes(`[${attr.name}`)) el.removeAttribute(attr.name);
		}
	}

	root.setAttribute('role', 'img');
	root.removeAttribute('aria-roledescription');
	root.removeAttribute('style');
	const box = root.viewBox.baseVal;
	root.setAttribute('width', String(Math.ceil(box.width)));
	root.setAttribute('height', String(Math.ceil(box.height)));
	const serialised = new XMLSerializer().serializeToString(root);
	return {
		svg: serialised,
		mermaidBytes: new TextEncoder().encode(svg).length,
		title: root.querySelector(':scope > title')?.textContent ?? '',
		description: root.querySelector(':scope > desc')?.textContent ?? '',
	};
}

/** Adds a background to a placeholder-coloured SVG, for use outside the page (download, PNG). */
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
