import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Font } from 'satori';
import { projectRoot } from '../lib/project-root.ts';

/**
 * The one font of every drawn figure (chart and diagram downloads, Open Graph cards): the copy of
 * DejaVu Sans kept in src/fonts/, which covers Indonesian, typographic quotes, dashes and the middle
 * dot. Only these files are used (no system fonts), so a figure looks the same on every machine.
 */
export const figureFontFamily = 'DejaVu Sans';
const fontDir = 'src/fonts';
const files = [
	{ file: 'DejaVuSans.ttf', weight: 400 },
	{ file: 'DejaVuSans-Bold.ttf', weight: 700 },
] as const;

/** Absolute paths of the font files, for resvg. */
export const figureFontFiles: string[] = files.map(({ file }) => join(projectRoot, fontDir, file));

let loaded: Font[] | undefined;

/** The fonts for satori, read once: satori caches parsed fonts by this array, so every card reuses them. */
export function figureFonts(): Font[] {
	loaded ??= files.map(({ file, weight }) => {
		const path = join(projectRoot, fontDir, file);
		if (!existsSync(path)) {
			throw new Error(
				`Figures: font file ${fontDir}/${file} is missing. Cards and downloads are drawn only with the DejaVu Sans TTFs kept in the repository; restore it (git checkout -- ${fontDir}/${file}) or put DejaVu Sans (TTF, not WOFF2) from https://dejavu-fonts.github.io/ back at that path.`,
			);
		}
		return { name: figureFontFamily, data: readFileSync(path), weight, style: 'normal' };
	});
	return loaded;
}
