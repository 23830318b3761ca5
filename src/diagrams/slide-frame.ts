import QRCode from 'qrcode';
import { Resvg } from '@resvg/resvg-js';
import { escapeXml, figureFontFamily, figureFontFiles, readPalettes, wrapText } from '../figures/index.ts';

/**
 * A diagram on a 1920×1080 slide: the title on top, the diagram's slide layout in the middle, and a
 * footer with the source line, the date, the short link and a small QR code of that link, all drawn
 * in the light palette on an opaque background. Takes the same inputs as the shared slide frame
 * planned for src/figures/ (title, graphic, source, date, short link, QR), so diagrams can move to
 * it without changing what they pass.
 */

export const slideSize = { width: 1920, height: 1080 } as const;

const margin = 72;
const titleSize = 50;
const footerTop = 906;
const qrSize = 136;

/** Where the diagram goes; a layout is scaled to fit it, at most 2× (layouts.ts picks the largest). */
export const slideArea = { x: margin, y: 176, width: slideSize.width - 2 * margin, height: footerTop - 24 - 176 };
const maxScale = 2;

/** How large a drawing of this size appears on the slide. */
export function slideScale(width: number, height: number): number {
	return Math.min(slideArea.width / width, slideArea.height / height, maxScale);
}

export interface SlideInput {
	title: string;
	/** SVG markup of the graphic, drawn at its own size (bodyWidth × bodyHeight) and scaled to fit */
	body: string;
	bodyWidth: number;
	bodyHeight: number;
	/** "Source: …" lines, in the slide's language */
	source: string[];
	/** The date line, e.g. "Last reviewed 28 Nov 2026" */
	date: string;
	/** The short link as printed ("ai-cost-explainer.pages.dev/go/moe-routing") */
	link: string;
	/** The absolute URL the QR code holds (the short link) */
	qrUrl: string;
}

export function slideSvg(input: SlideInput): string {
	const palette = readPalettes().light;
	const { width, height } = slideSize;
	const titleLines = wrapText(input.title, Math.floor(slideArea.width / (titleSize * 0.6))).slice(0, 2);
	const scale = slideScale(input.bodyWidth, input.bodyHeight);
	const drawnWidth = input.bodyWidth * scale;
	const drawnHeight = input.bodyHeight * scale;
	// the title block may take two lines: the graphic starts below it, centred in what is left
	const top = titleLines.length > 1 ? slideArea.y + titleSize : slideArea.y;
	const areaHeight = slideArea.y + slideArea.height - top;
	const fit = Math.min(1, areaHeight / drawnHeight);
	const x = slideArea.x + (slideArea.width - drawnWidth * fit) / 2;
	const y = top + (areaHeight - drawnHeight * fit) / 2;

	const small = 26;
	const textWidth = slideArea.width - qrSize - 40;
	const sourceLines = input.source
		.flatMap((line) => wrapText(line, Math.floor(textWidth / (small * 0.56))))
		.slice(0, 3);
	const footerText = [
		...sourceLines.map((line) => ({ line, bold: false, size: small })),
		{ line: input.date, bold: false, size: small },
		{ line: input.link, bold: true, size: 32 },
	];
	let baseline = footerTop + 12;
	const footer = footerText
		.map(({ line, bold, size }) => {
			baseline += size + 8;
			return `<text x="${margin}" y="${baseline}" font-size="${size}"${bold ? ' font-weight="bold"' : ''}>${escapeXml(line)}</text>`;
		})
		.join('');
	const qrX = width - margin - qrSize;
	const qrY = height - 36 - qrSize;
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${figureFontFamily}, sans-serif">` +
		`<title>${escapeXml(input.title)}</title>` +
		`<rect width="100%" height="100%" fill="${palette.bg}"/>` +
		`<g fill="${palette.text}">` +
		titleLines
			.map(
				(line, i) =>
					`<text x="${margin}" y="${margin + titleSize + i * (titleSize + 12)}" font-size="${titleSize}" font-weight="bold">${escapeXml(line)}</text>`,
			)
			.join('') +
		`</g>` +
		`<g transform="translate(${round(x)},${round(y)}) scale(${round(scale * fit, 4)})">${input.body}</g>` +
		`<line x1="${margin}" x2="${width - margin}" y1="${footerTop}" y2="${footerTop}" stroke="${palette['cluster-border']}" stroke-width="2"/>` +
		`<g fill="${palette.text}">${footer}</g>` +
		qrCode(input.qrUrl, qrX, qrY, qrSize) +
		`</svg>`
	);
}

/** The slide as a 1920×1080 PNG (resvg with the figure fonts only). */
export function slidePng(svg: string): Buffer {
	const resvg = new Resvg(svg, {
		fitTo: { mode: 'width', value: slideSize.width },
		font: { fontFiles: figureFontFiles, loadSystemFonts: false, defaultFontFamily: figureFontFamily },
	});
	return Buffer.from(resvg.render().asPng());
}

/** A QR code (error correction M, 2-module quiet zone inside `size`) as black squares on white. */
function qrCode(url: string, x: number, y: number, size: number): string {
	const { modules } = QRCode.create(url, { errorCorrectionLevel: 'M' });
	const quiet = 2;
	const cell = size / (modules.size + 2 * quiet);
	let path = '';
	for (let row = 0; row < modules.size; row++) {
		for (let col = 0; col < modules.size; col++) {
			if (modules.get(row, col)) path += `M${col + quiet} ${row + quiet}h1v1h-1z`;
		}
	}
	return (
		`<g transform="translate(${x},${y})"><rect width="${size}" height="${size}" fill="#ffffff"/>` +
		`<path transform="scale(${round(cell, 4)})" d="${path}" fill="#000000" shape-rendering="crispEdges"/></g>`
	);
}

function round(n: number, places = 2): number {
	const f = 10 ** places;
	return Math.round(n * f) / f;
}
