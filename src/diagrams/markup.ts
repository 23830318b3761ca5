import { uiString, type UiStringKey } from '../i18n/index.ts';
import { escapeHtml } from '../lib/html.ts';
import { withThemeVariables } from './theme.ts';
import { diagramAnchor, diagramDownloadPath, type DiagramDownload } from './catalog.ts';
import type { DiagramBlock } from './source.ts';

/** Labels of the page layout never shrink below this share of their size (16 px → 12 px). */
const minimumScale = 0.75;
/** The figure's border and the padding around the drawing (diagrams.css), in px. */
const figureChrome = 2 + 2 * 12;
/** The narrow layout takes over below one of these figure widths (diagrams.css has a rule for each). */
export const switchWidths = Array.from({ length: 23 }, (_, i) => 300 + 50 * i);

const widthOf = (svg: string) => Number(/^<svg\b[^>]*?\swidth="([\d.]+)"/.exec(svg)?.[1]);

/**
 * The figure a diagram becomes on its page: the inline SVG (theme colours as CSS custom properties),
 * a caption with its title, and links to the downloads. When the page layout cannot fit a phone at
 * 12 px labels, the narrow layout (layouts.ts) is inlined too, and CSS shows it whenever the figure
 * is narrower than the page layout needs, so no diagram scrolls sideways.
 */
export function diagramFigureHtml(block: DiagramBlock, layouts: { svg: string; narrowSvg: string }): string {
	const anchor = diagramAnchor(block.id);
	const captionId = `${anchor}-caption`;
	const width = widthOf(layouts.svg);
	const needs = Math.ceil(width * minimumScale + figureChrome);
	const switchAt = switchWidths.find((w) => w >= needs);
	const narrow = switchAt !== undefined && needs > switchWidths[0]!;
	const inline = (svg: string, className: string, minimum: boolean) => {
		const natural = widthOf(svg);
		const sizing = `max-width:${natural}px${minimum ? `;min-width:${Math.round(natural * minimumScale)}px` : ''}`;
		// Mermaid's root <svg> has a class already (flowchart, …): the layout's class joins it
		return withThemeVariables(svg).replace(/^<svg\b[^>]*>/, (open) =>
			(/\sclass="/.test(open)
				? open.replace(/\sclass="([^"]*)"/, ` class="$1 ${className}"`)
				: open.replace(/^<svg\b/, `<svg class="${className}"`)
			).replace(/^<svg\b/, `<svg style="${sizing}"`),
		);
	};
	const title = escapeHtml(block.title);
	const link = (format: DiagramDownload, key: UiStringKey, download: boolean) =>
		`<li><a href="${diagramDownloadPath(block.lang, block.id, format)}"${download ? ` download="${diagramDownloadPath(block.lang, block.id, format).split('/').at(-1)}"` : ''}>${escapeHtml(uiString(block.lang, key))}<span class="sr-only">: ${title}</span></a></li>`;
	const drawings = narrow
		? inline(layouts.svg, 'diagram__wide', false) + inline(layouts.narrowSvg, 'diagram__narrow', false)
		: inline(layouts.svg, 'diagram__only', true);
	return (
		`<figure class="diagram${narrow ? ` diagram--narrow-below-${switchAt}` : ''}" id="${anchor}">` +
		// a named <section> is a region: keyboard users can focus it to scroll a diagram wider than its figure
		`<section class="diagram__scroll" tabindex="0" aria-labelledby="${captionId}" data-pagefind-ignore>${drawings}</section>` +
		`<figcaption><span id="${captionId}">${title}</span><ul class="diagram__links" data-pagefind-ignore>` +
		link('svg', 'site.diagramOpenFullSize', false) +
		link('svg', 'site.diagramDownloadSvg', true) +
		link('png', 'site.diagramDownloadPng', true) +
		link('slide.png', 'site.diagramDownloadSlide', true) +
		`</ul></figcaption></figure>`
	);
}
