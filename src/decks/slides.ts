import PptxGenJS from 'pptxgenjs';
import { bcp47 } from '../lib/bcp47.ts';
import type { DeckFigure } from './figures.ts';

/**
 * One 16:9 slide per figure, written by PptxGenJS: the title, the figure (its picture, or for a key
 * number the number large with what it measures), the source line and date, the short link, its QR
 * code, and speaker notes. Sizes are in inches on a 13.33 × 7.5 slide.
 */

const slide = { width: 13.333, height: 7.5, margin: 0.5 };
const pictureArea = { x: slide.margin, y: 1.25, w: slide.width - 2 * slide.margin, h: 4.55 };
/** The picture area in pixels of a 1920 px wide slide, the size charts are re-plotted at. */
export const pictureAreaPixels = {
	width: Math.round((pictureArea.w * 1920) / slide.width),
	height: Math.round((pictureArea.h * 1920) / slide.width),
};
const qr = { size: 1.2, y: 5.95 };
const font = 'Arial';
const colours = { text: '111827', muted: '374151', link: '1D4ED8' };

function addFigureSlide(deck: PptxGenJS, figure: DeckFigure): void {
	const s = deck.addSlide();
	s.background = { color: 'FFFFFF' };
	const textWidth = slide.width - 2 * slide.margin - qr.size - 0.3;
	const text = { fontFace: font, lang: bcp47[figure.lang] };
	s.addText(figure.title, {
		x: slide.margin,
		y: 0.3,
		w: slide.width - 2 * slide.margin,
		h: 0.85,
		...text,
		fontSize: 26,
		bold: true,
		color: colours.text,
		valign: 'middle',
		fit: 'shrink',
	});
	if (figure.picture) {
		const { width, height } = figure.picture;
		const scale = Math.min(pictureArea.w / width, pictureArea.h / height);
		const w = width * scale;
		const h = height * scale;
		s.addImage({
			data: `image/png;base64,${figure.picture.png.toString('base64')}`,
			x: pictureArea.x + (pictureArea.w - w) / 2,
			y: pictureArea.y + (pictureArea.h - h) / 2,
			w,
			h,
			altText: figure.title,
		});
	} else if (figure.number) {
		s.addText(figure.number.value, {
			x: slide.margin,
			y: 1.5,
			w: slide.width - 2 * slide.margin,
			h: 1.9,
			...text,
			fontSize: 72,
			bold: true,
			align: 'center',
			valign: 'middle',
			color: colours.text,
			fit: 'shrink',
		});
		s.addText(figure.number.measures, {
			x: slide.margin + 0.5,
			y: 3.5,
			w: slide.width - 2 * slide.margin - 1,
			h: 2.1,
			...text,
			fontSize: 26,
			align: 'center',
			valign: 'top',
			color: colours.muted,
			fit: 'shrink',
		});
	}
	s.addText(figure.source, {
		x: slide.margin,
		y: qr.y,
		w: textWidth,
		h: 0.8,
		...text,
		fontSize: 12,
		color: colours.muted,
		valign: 'top',
		fit: 'shrink',
	});
	s.addText(figure.shortText, {
		x: slide.margin,
		y: qr.y + 0.8,
		w: textWidth,
		h: 0.4,
		...text,
		fontSize: 16,
		bold: true,
		color: colours.link,
		valign: 'middle',
		hyperlink: { url: figure.shortUrl },
	});
	s.addImage({
		data: `image/png;base64,${figure.qrPng.toString('base64')}`,
		x: slide.width - slide.margin - qr.size,
		y: qr.y,
		w: qr.size,
		h: qr.size,
		altText: figure.shortText,
	});
	s.addNotes(figure.notes);
}

/** A .pptx holding one slide per figure, in order; `title` goes into the file's properties. */
export async function writeSlides(figures: readonly DeckFigure[], title: string, author: string): Promise<Uint8Array> {
	const deck = new PptxGenJS();
	deck.layout = 'LAYOUT_WIDE';
	deck.title = title;
	deck.author = author;
	deck.company = author;
	for (const figure of figures) addFigureSlide(deck, figure);
	const written = await deck.write({ outputType: 'uint8array' });
	return written as Uint8Array;
}
