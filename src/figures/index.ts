/**
 * The kit every drawn figure shares (diagrams, charts, Open Graph cards), so they look alike and
 * their downloads are made one way:
 * - palette.ts  the colour of each role in both themes, read from src/styles/diagrams.css
 * - fonts.ts    the DejaVu Sans files in src/fonts/, for resvg and satori
 * - frame.ts    a figure framed for slides: title, graphic, source line and short link, as SVG
 * - raster.ts   SVG → PNG with resvg
 * - xml.ts      escaping text for SVG
 * CSV downloads are written by src/lib/csv.ts.
 */
export { paletteRoles, readPalettes, diagramCssFile, type Palette, type PaletteRole, type Theme } from './palette.ts';
export { figureFontFamily, figureFontFiles, figureFonts } from './fonts.ts';
export { framedSvg, wrapText } from './frame.ts';
export { svgToPng, pathsSvgToPng } from './raster.ts';
export { escapeXml } from './xml.ts';
