import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { listDiagrams, diagramDownloadFile, type DiagramInfo } from '../src/diagrams/catalog.ts';
import { readPage } from '../src/content-index/index.ts';
import { readShortLinks } from '../src/links/index.ts';
import { formatDate } from '../src/lib/format-date.ts';
import { siteTitle, siteUrl } from '../src/site.config.ts';
import { distDir, readBuilt } from '../scripts/lib/built-site.ts';
import { browserSkipReason, launchChromium } from './support/browser.ts';

// The diagram downloads a presenter puts on a slide (run `npm run build` first): a 16:9 slide per
// diagram and language, and the page-layout SVG/PNG, each with the source, the review date and the
// short link of the section that holds the diagram; the slide's QR code opens that link.

const diagrams = listDiagrams();
const shortLinks = readShortLinks();
const jsqrPath = createRequire(import.meta.url).resolve('jsqr/dist/jsQR.js');
const host = new URL(siteUrl).host;

const pngSize = (bytes: Buffer) => ({ width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) });
const decode = (s: string) =>
	s.replace(/&(amp|lt|gt|quot);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"' })[e]!);
/** All the text an SVG draws, line by line joined with spaces. */
const drawnText = (svg: string) =>
	[...svg.matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g)].map((m) => decode(m[1]!.replace(/<[^>]+>/g, ''))).join(' ');

/** The printed short link: "<host>/go/<key>" or "<host>/id/go/<key>". */
function printedKey(svg: string): string | undefined {
	return new RegExp(`${host.replace(/\./g, '\\.')}(?:/id)?/go/([a-z0-9-]+)`).exec(drawnText(svg))?.[1];
}

function pageOf(d: DiagramInfo) {
	return readPage(d.page.file.replace(/^content\/docs\//, ''));
}

test('every diagram has a slide in both languages: PNG 1920×1080, SVG with viewBox 0 0 1920 1080', () => {
	const wrong: string[] = [];
	for (const d of diagrams) {
		const png = readFileSync(join(distDir, diagramDownloadFile(d.lang, d.id, 'slide.png')));
		const size = pngSize(png);
		if (size.width !== 1920 || size.height !== 1080)
			wrong.push(`${d.downloads['slide-png']}: ${size.width}×${size.height}`);
		const svg = readBuilt(diagramDownloadFile(d.lang, d.id, 'slide.svg'));
		const open = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
		if (!/viewBox="0 0 1920 1080"/.test(open)) wrong.push(`${d.downloads['slide-svg']}: ${open.slice(0, 200)}`);
	}
	assert.ok(diagrams.some((d) => d.lang === 'id'));
	assert.deepEqual(wrong, []);
});

/**
 * The two longest decision paths (17 and 12 steps) cannot be laid out on one slide at the size of the
 * others: their labels come out at 11–12 px, which is small but still readable on a projected slide.
 */
const longPaths = new Set(['licence-decision-path', 'pilot-to-production']);

test('the slide shows the diagram large, and everything on it stays inside the slide', () => {
	const problems: string[] = [];
	for (const d of diagrams) {
		const svg = readBuilt(diagramDownloadFile(d.lang, d.id, 'slide.svg'));
		const scale = Number(/class="slide-graphic" transform="translate\([^)]*\) scale\((-?[\d.]+)\)"/.exec(svg)?.[1]);
		// 16 px labels drawn at 14 px or more on a 1080 p slide, about the size of body text in a deck
		const labelPx = scale * 16;
		if (!(labelPx >= (longPaths.has(d.id) ? 10.5 : 14)))
			problems.push(`${d.lang} ${d.id}: labels at ${labelPx.toFixed(1)} px`);
		const baselines = [...svg.matchAll(/<text\b[^>]*\by="([\d.]+)"/g)].map((m) => Number(m[1]));
		const lowest = Math.max(...baselines);
		if (lowest > 1080 - 8) problems.push(`${d.lang} ${d.id}: text runs off the slide (baseline at ${lowest})`);
	}
	assert.deepEqual(problems, []);
});

test('slides and downloads carry the source, the review date and the short link of the section that holds the diagram', () => {
	const problems: string[] = [];
	for (const d of diagrams) {
		const page = pageOf(d);
		const date = formatDate(page.lastReviewed!, d.lang);
		for (const file of [diagramDownloadFile(d.lang, d.id, 'slide.svg'), diagramDownloadFile(d.lang, d.id, 'svg')]) {
			const text = drawnText(readBuilt(file));
			const label = d.lang === 'id' ? 'Sumber' : 'Source';
			if (!text.includes(`${label}: ${siteTitle[d.lang]}, “${page.title}”`)) problems.push(`${file}: no source line`);
			if (!text.includes(date)) problems.push(`${file}: no review date ${date}`);
			const key = printedKey(readBuilt(file));
			const link = shortLinks.find((l) => l.key === key);
			if (!link) problems.push(`${file}: no short link printed`);
			else if (link.page !== page.path) problems.push(`${file}: /go/${key} opens ${link.page}, not ${page.path}`);
			else if (link.section) {
				// the section it opens comes before the diagram, and no other keyed section lies between
				const sections = page.sections.filter((s) => s.line < d.page.line);
				const at = sections.findIndex((s) => s.id === link.section);
				if (at < 0) problems.push(`${file}: /go/${key} opens #${link.section}, after the diagram`);
			}
			if (d.lang === 'id' && !drawnText(readBuilt(file)).includes(`${host}/id/go/`))
				problems.push(`${file}: the Indonesian download prints an English link`);
		}
	}
	assert.deepEqual(problems, []);
});

test('the figures the review named print their section key, not the page key', () => {
	const expected: Record<string, string> = {
		'moe-routing': 'moe-routing',
		'deepseek-cost-scope': 'deepseek-cost',
		'deepseek-timeline': 'deepseek-timeline',
		'rag-or-fine-tune': 'rag-vs-fine-tuning',
		'lora-adapters': 'lora',
		'grpo-loop': 'no-critic',
	};
	for (const lang of ['en', 'id'] as const) {
		for (const [id, key] of Object.entries(expected)) {
			for (const format of ['svg', 'slide.svg'] as const) {
				assert.equal(printedKey(readBuilt(diagramDownloadFile(lang, id, format))), key, `${lang} ${id} ${format}`);
			}
		}
	}
});

describe('slide QR codes', () => {
	const skip = browserSkipReason();
	let browser: Browser;
	before(async () => {
		if (!skip) browser = await launchChromium();
	});
	after(async () => browser?.close());

	test('each slide PNG has a QR code that opens the printed short link', { skip }, async () => {
		const page = await browser.newPage();
		await page.addScriptTag({ path: jsqrPath });
		const problems: string[] = [];
		for (const d of diagrams) {
			const png = readFileSync(join(distDir, diagramDownloadFile(d.lang, d.id, 'slide.png')));
			const decoded = await page.evaluate(
				async (src) => {
					const img = new Image();
					img.src = src;
					await img.decode();
					// the footer's right-hand corner, where the QR code is
					const [x, y, w, h] = [1920 - 480, 1080 - 320, 480, 320];
					const canvas = document.createElement('canvas');
					canvas.width = w;
					canvas.height = h;
					const context = canvas.getContext('2d')!;
					context.drawImage(img, x, y, w, h, 0, 0, w, h);
					const jsQR = (
						window as unknown as { jsQR: (d: Uint8ClampedArray, w: number, h: number) => { data: string } | null }
					).jsQR;
					return jsQR(context.getImageData(0, 0, w, h).data, w, h)?.data ?? null;
				},
				`data:image/png;base64,${png.toString('base64')}`,
			);
			const printed = printedKey(readBuilt(diagramDownloadFile(d.lang, d.id, 'slide.svg')));
			const expected = new URL(`${d.lang === 'id' ? '/id' : ''}/go/${printed}/`, siteUrl).href;
			if (decoded !== expected)
				problems.push(`${d.downloads['slide-png']}: QR holds ${decoded}, the slide prints ${expected}`);
		}
		await page.close();
		assert.deepEqual(problems, []);
	});
});
