import satori from 'satori';
import { ogImageSize, ogLanguageLabel, ogTitleLineHeight, ogTitleLines, ogTitleSize, type OgCard } from './card.ts';
import { figureFontFamily as ogFontFamily, figureFonts as ogFonts, pathsSvgToPng } from '../figures/index.ts';

/** Card → SVG (satori lays out and turns text into paths) → PNG (resvg); no browser, no system fonts. */

type Style = Record<string, string | number>;
interface Element {
	type: string;
	key?: string;
	props: { style: Style; children?: string | Element[] };
}

const el = (type: string, style: Style, children?: string | Element[], key?: string): Element => ({
	type,
	...(key ? { key } : {}),
	props: { style, ...(children === undefined ? {} : { children }) },
});

const colour = { background: '#0f1b2d', accent: '#f2a93b', text: '#f4f1ea', muted: '#b8c4d6' };

// No borders or overflow clipping on the big boxes: satori draws those with canvas-sized clip paths
// and masks, which make resvg noticeably slower. The amber edge is a box of its own instead.
function cardTree(card: OgCard, clampTitle: boolean): Element {
	const size = ogTitleSize(card.title);
	const header = [el('div', { fontSize: 34, fontWeight: 700, letterSpacing: 0.5, color: colour.accent }, card.site)];
	if (card.track) {
		const track = { marginTop: 14, fontSize: 30, color: colour.muted, textTransform: 'uppercase', letterSpacing: 3 };
		header.push(el('div', track, card.track));
	}
	const title: Style = { fontSize: size, fontWeight: 700, lineHeight: ogTitleLineHeight, overflowWrap: 'break-word' };
	if (clampTitle) title.lineClamp = ogTitleLines;
	const pill = { border: `2px solid ${colour.muted}`, borderRadius: 999, padding: '6px 22px', color: colour.text };
	const footer = {
		display: 'flex',
		justifyContent: 'space-between',
		alignItems: 'center',
		fontSize: 28,
		color: colour.muted,
	};
	const content = {
		flexGrow: 1,
		display: 'flex',
		flexDirection: 'column',
		justifyContent: 'space-between',
		padding: '64px 80px',
	};
	const root = {
		...ogImageSize,
		display: 'flex',
		background: colour.background,
		color: colour.text,
		fontFamily: ogFontFamily,
	};
	return el('div', root, [
		el('div', { width: 24, flexShrink: 0, background: colour.accent }),
		el('div', content, [
			el('div', { display: 'flex', flexDirection: 'column' }, header),
			el('div', title, card.title, 'title'),
			el('div', footer, [el('div', {}, card.domain), el('div', pill, ogLanguageLabel(card.lang))]),
		]),
	]);
}

export interface OgCardDrawing {
	svg: string;
	/** lines the title takes; more than ogTitleLines means it is cut off on the card */
	titleLines: number;
	/** text the fonts have no glyphs for (drawn as empty boxes or not at all) */
	missingGlyphs: string[];
}

export async function ogCardSvg(card: OgCard): Promise<OgCardDrawing> {
	const drawing = await draw(card, false);
	// Rare: a title too long even at the smallest size is drawn again, cut after three lines with "…".
	return drawing.titleLines > ogTitleLines ? { ...(await draw(card, true)), titleLines: drawing.titleLines } : drawing;
}

async function draw(card: OgCard, clampTitle: boolean): Promise<OgCardDrawing> {
	let titleHeight = 0;
	const missingGlyphs: string[] = [];
	const svg = await satori(cardTree(card, clampTitle) as unknown as Parameters<typeof satori>[0], {
		...ogImageSize,
		fonts: ogFonts(),
		onNodeDetected: (node) => {
			if (node.key === 'title') titleHeight = node.height;
		},
		// Satori asks for a fallback font for text the fonts cannot draw; we have none, so note it.
		loadAdditionalAsset: async (_language, segment) => {
			missingGlyphs.push(segment);
			return [];
		},
	});
	const titleLines = Math.round(titleHeight / (ogTitleSize(card.title) * ogTitleLineHeight));
	return { svg, titleLines, missingGlyphs };
}

/** Rasterises off the main thread (libuv pool), so several cards render at once. */
export const svgToPng = pathsSvgToPng;

export async function renderOgCardPng(card: OgCard): Promise<Buffer> {
	return svgToPng((await ogCardSvg(card)).svg);
}
