import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The figure palette shared by diagrams, charts and their downloads: one colour per role, for both
 * themes, defined once as --diagram-<role> in src/styles/diagrams.css and read from there.
 */

export const paletteRoles = [
	'bg',
	'text',
	'line',
	'node',
	'node-border',
	'node-alt',
	'cluster',
	'cluster-border',
	'label-bg',
	'note',
	'note-border',
	'series-1',
	'series-2',
	'series-3',
	'series-4',
	'series-5',
	'series-6',
	'series-text',
] as const;

export type PaletteRole = (typeof paletteRoles)[number];
export type Palette = Record<PaletteRole, string>;
export type Theme = 'light' | 'dark';

export const diagramCssFile = fileURLToPath(new URL('../styles/diagrams.css', import.meta.url));

/** Both palettes, read from src/styles/diagrams.css. */
export function readPalettes(css = readFileSync(diagramCssFile, 'utf8')): Record<Theme, Palette> {
	return { dark: paletteIn(css, ':root', 'dark'), light: paletteIn(css, ":root[data-theme='light']", 'light') };
}

function paletteIn(css: string, selector: string, theme: Theme): Palette {
	const start = css.indexOf(`\n${selector} {`);
	if (start < 0) throw new Error(`src/styles/diagrams.css: the ${theme} palette block "${selector} {" is missing.`);
	const block = css.slice(start, css.indexOf('}', start));
	const palette: Partial<Palette> = {};
	for (const match of block.matchAll(/--diagram-([a-z0-9-]+):\s*(#[0-9a-f]{6})\s*;/gi)) {
		const role = match[1] as PaletteRole;
		if (paletteRoles.includes(role)) palette[role] = match[2]!.toLowerCase();
	}
	const missing = paletteRoles.filter((role) => !palette[role]);
	if (missing.length) {
		throw new Error(
			`src/styles/diagrams.css: the ${theme} palette lacks ${missing.map((r) => `--diagram-${r}`).join(', ')} (write each as #rrggbb).`,
		);
	}
	return palette as Palette;
}
