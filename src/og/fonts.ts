import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Font } from 'satori';
import { projectRoot } from '../lib/project-root.ts';

// The charts' copy of DejaVu Sans: covers Indonesian, typographic quotes, dashes and the middle dot.
const fontDir = 'src/fonts';
export const ogFontFamily = 'DejaVu Sans';
const files = [
	{ file: 'DejaVuSans.ttf', weight: 400 },
	{ file: 'DejaVuSans-Bold.ttf', weight: 700 },
] as const;

let loaded: Font[] | undefined;

/**
 * The card fonts, read once: satori caches parsed fonts by this array, so every card reuses them.
 * Only these files are used (no system fonts), so a card looks the same on every machine.
 */
export function ogFonts(): Font[] {
	loaded ??= files.map(({ file, weight }) => {
		const path = join(projectRoot, fontDir, file);
		if (!existsSync(path)) {
			throw new Error(
				`Open Graph cards: font file ${fontDir}/${file} is missing. The cards are drawn only with the DejaVu Sans TTFs kept in the repository; restore it (git checkout -- ${fontDir}/${file}) or put DejaVu Sans (TTF, not WOFF2) from https://dejavu-fonts.github.io/ back at that path.`,
			);
		}
		return { name: ogFontFamily, data: readFileSync(path), weight, style: 'normal' };
	});
	return loaded;
}
