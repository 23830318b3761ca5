import { readFileSync } from 'node:fs';
import { create, type Font } from 'fontkitten';
import { figureFontFiles } from './fonts.ts';

/**
 * Text width from the figure font's own advance widths (DejaVu Sans, src/fonts/), so a figure can
 * wrap its lines where they would really end when drawn, not on a character-count guess.
 */

export type FontWeight = 400 | 700;

let fonts: Record<FontWeight, Font> | undefined;
function font(weight: FontWeight): Font {
	fonts ??= {
		400: create(readFileSync(figureFontFiles[0]!)) as Font,
		700: create(readFileSync(figureFontFiles[1]!)) as Font,
	};
	return fonts[weight];
}

/** Width in px of one line of text at a font size, without kerning (kerning only narrows it). */
export function textWidth(text: string, size: number, weight: FontWeight = 400): number {
	const f = font(weight);
	const units = f.glyphsForString(text).reduce((sum, glyph) => sum + glyph.advanceWidth, 0);
	return (units / f.unitsPerEm) * size;
}

/** Splits text into lines no wider than `width` at spaces; a word is never broken (one too wide stands alone). */
export function wrapToWidth(text: string, size: number, width: number, weight: FontWeight = 400): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.trim().split(/\s+/)) {
		const candidate = line ? `${line} ${word}` : word;
		if (line && textWidth(candidate, size, weight) > width) {
			lines.push(line);
			line = word;
		} else line = candidate;
	}
	if (line) lines.push(line);
	return lines;
}

/**
 * The largest of `sizes` at which the text wraps into at most `maxLines` lines that all fit `width`.
 * When none does, the smallest size with as many lines as it takes, made smaller still if one word
 * alone is wider than `width`: the text never runs past its box.
 */
export function fitText(
	text: string,
	options: { sizes: readonly number[]; width: number; maxLines: number; weight?: FontWeight },
): { size: number; lines: string[] } {
	const weight = options.weight ?? 400;
	const fits = (lines: string[], size: number) => lines.every((l) => textWidth(l, size, weight) <= options.width);
	for (const size of options.sizes) {
		const lines = wrapToWidth(text, size, options.width, weight);
		if (lines.length <= options.maxLines && fits(lines, size)) return { size, lines };
	}
	let size = Math.min(...options.sizes);
	const widest = Math.max(...text.split(/\s+/).map((w) => textWidth(w, size, weight)));
	if (widest > options.width) size = Math.floor((size * options.width) / widest);
	return { size, lines: wrapToWidth(text, size, options.width, weight) };
}
