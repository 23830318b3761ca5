import { formatDate } from '../lib/format-date.ts';
import { uiString } from '../i18n/index.ts';
import type { Lang } from '../site.config.ts';
import { figureFontFamily } from './fonts.ts';
import { readPalettes } from './palette.ts';
import { fitText } from './text-width.ts';
import { escapeXml } from './xml.ts';

/**
 * A figure on a 16:9 slide, 1920×1080: the title in slide-size type on top, the graphic scaled to
 * fit the space left, and a footer with the source line and "as of" date, the short link in bold and
 * its QR code. Light palette, opaque background, text as SVG text in the figure font. Lines wrap at
 * spaces by the font's real widths; no line runs past the frame (a title too long for two lines gets
 * smaller type, the graphic gives up the height).
 */

export const slideSize = { width: 1920, height: 1080 } as const;

/** A QR code: a standalone SVG with its own quiet zone (src/links makes these), or the bare modules (true = dark). */
export type SlideQr = { svg: string } | { matrix: readonly (readonly boolean[])[] };

export interface SlideText {
	lang: Lang;
	title: string;
	/** a sentence or two under the title (how to read the figure) */
	subtitle?: string | undefined;
	/** "Source: Epoch AI, Notable AI Models", label included, in the slide's language */
	source?: string | undefined;
	/** YYYY-MM-DD, YYYY-MM or YYYY: the date the figure's data is as of; printed localised after the source */
	asOf?: string | undefined;
	/** the short link as printed ("ai-cost-explainer.pages.dev/id/go/price-decline") and its QR code */
	link?: { text: string; qr: SlideQr } | undefined;
}

export interface SlideGraphic {
	/** SVG markup drawn in its own coordinates, 0 0 width height (a whole <svg> element is fine) */
	body: string;
	width: number;
	height: number;
}

const margin = { x: 80, top: 60, bottom: 52 };
const contentWidth = slideSize.width - 2 * margin.x;
const qrSize = 184;
const footerGap = 48;
const ruleGap = 26;

interface Block {
	size: number;
	lines: string[];
	lineHeight: number;
}
const block = (fit: { size: number; lines: string[] }, leading: number): Block => ({
	...fit,
	lineHeight: Math.round(fit.size * leading),
});
const blockHeight = (b: Block | undefined) => (b ? b.lines.length * b.lineHeight : 0);

function layout(text: SlideText) {
	const title = block(
		fitText(text.title, { sizes: [60, 54, 48, 44], width: contentWidth, maxLines: 2, weight: 700 }),
		1.2,
	);
	const subtitle = text.subtitle
		? block(fitText(text.subtitle, { sizes: [32, 29, 26], width: contentWidth, maxLines: 2 }), 1.3)
		: undefined;
	const footerWidth = text.link ? contentWidth - qrSize - footerGap : contentWidth;
	const dated = [
		text.source,
		text.asOf ? `${uiString(text.lang, 'site.figure.asOf')} ${formatDate(text.asOf, text.lang)}` : undefined,
	]
		.filter(Boolean)
		.join('; ');
	const source = dated
		? block(fitText(dated, { sizes: [30, 27, 24], width: footerWidth, maxLines: 3 }), 1.3)
		: undefined;
	const link = text.link
		? block(fitText(text.link.text, { sizes: [42, 36, 30], width: footerWidth, maxLines: 1, weight: 700 }), 1.2)
		: undefined;
	const textHeight = blockHeight(source) + (source && link ? 16 : 0) + blockHeight(link);
	const footerHeight = Math.max(textHeight, text.link ? qrSize : 0);
	const footerTop = slideSize.height - margin.bottom - footerHeight;
	const ruleY = footerTop - ruleGap;
	const titleBottom = margin.top + blockHeight(title) + (subtitle ? 12 + blockHeight(subtitle) : 0);
	const graphic = { x: margin.x, y: titleBottom + 36, width: contentWidth, height: 0 };
	graphic.height = ruleY - 30 - graphic.y;
	return { title, subtitle, source, link, footerWidth, footerTop, footerHeight, textHeight, ruleY, graphic };
}

/** The box the graphic is fitted into, for drawing it at that size in the first place (charts re-plot for it). */
export function slideGraphicBox(text: SlideText): { x: number; y: number; width: number; height: number } {
	return layout(text).graphic;
}

/** The slide as a standalone SVG document (XML declaration included), viewBox 0 0 1920 1080. */
export function slideFrameSvg(text: SlideText, graphic: SlideGraphic): string {
	const palette = readPalettes().light;
	const l = layout(text);
	const lines = (b: Block, top: number, x: number, attrs = '') =>
		b.lines
			.map(
				(line, i) =>
					`<text x="${x}" y="${round(top + i * b.lineHeight + b.size * 0.93)}" font-size="${b.size}"${attrs}>${escapeXml(line)}</text>`,
			)
			.join('');
	const scale = Math.min(l.graphic.width / graphic.width, l.graphic.height / graphic.height);
	const gx = l.graphic.x + (l.graphic.width - graphic.width * scale) / 2;
	const gy = l.graphic.y + (l.graphic.height - graphic.height * scale) / 2;
	const textTop = l.footerTop + (l.footerHeight - l.textHeight) / 2;
	const subtitleTop = margin.top + blockHeight(l.title) + 12;
	const linkTop = textTop + blockHeight(l.source) + (l.source ? 16 : 0);
	const qrX = slideSize.width - margin.x - qrSize;
	return (
		`<?xml version="1.0" encoding="UTF-8"?>\n` +
		`<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${slideSize.width}" height="${slideSize.height}" viewBox="0 0 ${slideSize.width} ${slideSize.height}" font-family="${figureFontFamily}, sans-serif">` +
		`<title>${escapeXml(text.title)}</title>` +
		`<rect width="${slideSize.width}" height="${slideSize.height}" fill="${palette.bg}"/>` +
		`<g fill="${palette.text}">` +
		`<g class="slide-title">${lines(l.title, margin.top, margin.x, ' font-weight="bold"')}</g>` +
		(l.subtitle ? `<g class="slide-subtitle">${lines(l.subtitle, subtitleTop, margin.x)}</g>` : '') +
		`</g>` +
		`<g class="slide-graphic" transform="translate(${round(gx)},${round(gy)}) scale(${round(scale, 4)})">${graphic.body}</g>` +
		`<path d="M${margin.x} ${l.ruleY}H${slideSize.width - margin.x}" stroke="${palette['cluster-border']}" stroke-width="2"/>` +
		`<g class="slide-footer" fill="${palette.text}">` +
		(l.source ? lines(l.source, textTop, margin.x) : '') +
		(l.link ? lines(l.link, linkTop, margin.x, ' font-weight="bold"') : '') +
		`</g>` +
		(text.link ? qrSvg(text.link.qr, qrX, l.footerTop + (l.footerHeight - qrSize) / 2) : '') +
		`</svg>\n`
	);
}

/** The QR code as a qrSize square: black modules on white with a 4-module quiet zone. */
function qrSvg(qr: SlideQr, x: number, y: number): string {
	const at = `x="${round(x)}" y="${round(y)}" width="${qrSize}" height="${qrSize}"`;
	if ('svg' in qr) {
		const svg = qr.svg.replace(/<\?xml[^>]*>\s*/, '').trim();
		return svg.replace(/^<svg\b[^>]*>/, (open) =>
			open.replace(/\s(x|y|width|height)="[^"]*"/g, '').replace(/^<svg/, `<svg class="slide-qr" ${at}`),
		);
	}
	const quiet = 4;
	const n = qr.matrix.length + 2 * quiet;
	let d = '';
	qr.matrix.forEach((row, r) =>
		row.forEach((dark, c) => {
			if (dark) d += `M${c + quiet} ${r + quiet}h1v1h-1z`;
		}),
	);
	return (
		`<svg class="slide-qr" ${at} viewBox="0 0 ${n} ${n}" shape-rendering="crispEdges">` +
		`<rect width="${n}" height="${n}" fill="#ffffff"/><path d="${d}" fill="#000000"/></svg>`
	);
}

function round(n: number, digits = 1): number {
	const f = 10 ** digits;
	return Math.round(n * f) / f;
}
