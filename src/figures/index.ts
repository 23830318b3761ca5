/**
 * The kit every drawn figure shares (diagrams, charts, Open Graph cards), so they look alike and
 * their downloads are made one way:
 * - palette.ts  the colour of each role in both themes, read from src/styles/diagrams.css
 * - fonts.ts    the DejaVu Sans files in src/fonts/, for resvg and satori
 * - frame.ts    a figure framed for download: title, graphic, source line and short link, as SVG
 * - slide.ts    a figure on a 16:9 slide (1920×1080): slideFrameSvg(text, graphic) with
 *               text = { lang, title, subtitle?, source?, asOf?, link?: { text, qr } } and
 *               graphic = { body, width, height }; qr is { svg } (a standalone QR SVG, as src/links
 *               makes) or { matrix } (rows of booleans, true = dark, no quiet zone).
 *               slideGraphicBox(text) is the box the graphic is scaled into, to draw it at that size.
 * - text-width.ts  text width from the font's advance widths; wrapping and fitting text to a width
 * - raster.ts   SVG → PNG with resvg
 * - xml.ts      escaping text for SVG
 * CSV downloads are written by src/lib/csv.ts.
 */
export { paletteRoles, readPalettes, diagramCssFile, type Palette, type PaletteRole, type Theme } from './palette.ts';
export { figureFontFamily, figureFontFiles, figureFonts } from './fonts.ts';
export { framedSvg, wrapText } from './frame.ts';
export { slideFrameSvg, slideGraphicBox, slideSize, type SlideGraphic, type SlideQr, type SlideText } from './slide.ts';
export { fitText, textWidth, wrapToWidth, type FontWeight } from './text-width.ts';
export { svgToPng, pathsSvgToPng } from './raster.ts';
export { escapeXml } from './xml.ts';
