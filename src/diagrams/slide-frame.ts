import QRCode from 'qrcode';
import { slideFrameSvg, slideGraphicBox, svgToPng, type SlideText } from '../figures/index.ts';

/**
 * A diagram on a 1920×1080 slide, in the shared slide frame (src/figures/slide.ts): the title on top,
 * the diagram's slide layout in the middle, and a footer with the source line, the date, the short
 * link and its QR code.
 */

/**
 * The space a slide leaves the diagram (a one-line title, a two-line source): layouts.ts picks the
 * slide layout that draws largest in it. A diagram is enlarged at most 2×, the resolution of its PNG.
 */
export const slideArea = { width: 1760, height: 700 } as const;
const maxScale = 2;

/** How large a drawing of this size appears on the slide. */
export function slideScale(width: number, height: number): number {
	return Math.min(slideArea.width / width, slideArea.height / height, maxScale);
}

export interface DiagramSlide extends Omit<SlideText, 'link'> {
	/** SVG markup of the diagram at its own size */
	body: string;
	width: number;
	height: number;
	/** The short link as printed, and the absolute URL its QR code holds */
	link: { text: string; url: string };
}

export function slideSvg(slide: DiagramSlide): string {
	const { body, width, height, link, ...text } = slide;
	const frameText: SlideText = {
		...text,
		link: { text: link.text, qr: { matrix: qrMatrix(link.url) } },
	};
	// never enlarged past maxScale: the graphic is given a margin that keeps it at most that size
	const box = slideGraphicBox(frameText);
	const scale = Math.min(box.width / width, box.height / height);
	const padded = scale > maxScale ? scale / maxScale : 1;
	const outerWidth = width * padded;
	const outerHeight = height * padded;
	const graphic = `<g transform="translate(${round((outerWidth - width) / 2)},${round((outerHeight - height) / 2)})">${body}</g>`;
	return slideFrameSvg(frameText, { body: graphic, width: outerWidth, height: outerHeight });
}

/** The slide as a 1920×1080 PNG. */
export function slidePng(svg: string): Buffer {
	return svgToPng(svg, 1);
}

function qrMatrix(url: string): boolean[][] {
	const { modules } = QRCode.create(url, { errorCorrectionLevel: 'M' });
	return Array.from({ length: modules.size }, (_, row) =>
		Array.from({ length: modules.size }, (_, col) => Boolean(modules.get(row, col))),
	);
}

function round(n: number): number {
	return Math.round(n * 100) / 100;
}
