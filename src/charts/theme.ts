import { readPalettes, type Palette } from '../figures/index.ts';

/**
 * Chart colours are the diagram palette's custom properties (src/styles/diagrams.css, contrast-checked
 * in both themes by tests/diagrams-palette.test.ts), so charts and diagrams look alike and follow the
 * theme switch. Series also differ by marker shape and line dash, never by colour alone.
 */

const seriesCount = 6;

export function seriesColour(i: number): string {
	return `var(--diagram-series-${(i % seriesCount) + 1})`;
}

const symbols = ['circle', 'square', 'triangle', 'diamond', 'star', 'cross'] as const;
export function seriesSymbol(i: number): (typeof symbols)[number] {
	return symbols[i % symbols.length]!;
}

const dashes = [undefined, '7 4', '2 3', '10 3 2 3'];
export function seriesDash(i: number): string | undefined {
	return dashes[i % dashes.length];
}

/** The standalone form (downloads, PNG): every custom property replaced by its light-theme colour. */
export function withLightPalette(svg: string, palette: Palette = readPalettes().light): string {
	return svg.replace(/var\(--diagram-([a-z0-9-]+)\)/g, (match, role: string) => {
		const colour = (palette as Record<string, string>)[role];
		if (!colour) throw new Error(`Chart SVG uses ${match}, which is not in the diagram palette.`);
		return colour;
	});
}
