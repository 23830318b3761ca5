/**
 * Charts from data: content/charts/*.yaml → SVG at build time (Observable Plot + linkedom), placed
 * in pages with <Chart id="…" />. See "Charts" in docs/authoring.md.
 *
 * - data.ts          reads and validates chart files (errors name file and line)
 * - scales.ts        dates, log decades, trend fit, tick labels
 * - plot-options.ts  Plot options per kind: marks, scales, ticks, margins
 * - render.ts        the SVG from those options, with its legend
 * - theme.ts         colours (the diagram palette's custom properties), markers, dashes
 * - markup.ts        the figure on the page
 * - export.ts        standalone SVG, 2× PNG and CSV downloads (frame, palette, PNG: src/figures/;
 *                    CSV: src/lib/csv.ts)
 * - plugin.ts        the Sätteri plugin for <Chart>
 * - integration.ts   writes the files, serves them in dev, lists charts for the slide kit
 */
export { chartBlocks } from './plugin.ts';
export { charts } from './integration.ts';
export { loadCharts, parseChartFile, ChartDataError, type Chart } from './data.ts';
export { listCharts, type ChartInfo } from './pages.ts';
export { chartSlideGraphicPng, sourceLine } from './export.ts';
