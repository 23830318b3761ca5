import { Resvg, renderAsync } from '@resvg/resvg-js';
import { figureFontFamily, figureFontFiles } from './fonts.ts';

/**
 * SVG → PNG with resvg, never with system fonts. Chart and diagram downloads keep their text as text
 * and are drawn at twice their size with the figure fonts; Open Graph cards arrive with their text
 * already turned into paths by satori and are drawn at their own size, off the main thread. Slides
 * (slide.ts) are drawn at their own size too (zoom 1), 1920×1080.
 */
export function svgToPng(svg: string, zoom = 2): Buffer {
	const resvg = new Resvg(svg, {
		fitTo: { mode: 'zoom', value: zoom },
		font: { fontFiles: figureFontFiles, loadSystemFonts: false, defaultFontFamily: figureFontFamily },
	});
	return Buffer.from(resvg.render().asPng());
}

/** For SVG whose text is already paths (satori's): original size, in the libuv pool so several render at once. */
export async function pathsSvgToPng(svg: string): Promise<Buffer> {
	const image = await renderAsync(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } });
	return Buffer.from(image.asPng());
}
