import { uiString, type UiStringKey } from '../i18n/index.ts';
import { escapeHtml } from '../lib/html.ts';
import { withThemeVariables } from './theme.ts';
import { diagramAnchor, diagramDownloadPath } from './catalog.ts';
import type { DiagramBlock } from './source.ts';

/** Labels never shrink below this share of their rendered size (16 px → 12 px); beyond it the figure scrolls. */
const minimumScale = 0.75;

/**
 * The figure a diagram becomes on its page: the inline SVG (theme colours as CSS custom properties)
 * in a container that scrolls sideways when the diagram is wider than the column, a caption with
 * its title, and links to the standalone SVG and the 2× PNG.
 */
export function diagramFigureHtml(block: DiagramBlock, svg: string): string {
	const anchor = diagramAnchor(block.id);
	const captionId = `${anchor}-caption`;
	const width = Number(/<svg\b[^>]*?\swidth="(\d+)"/.exec(svg)?.[1]);
	const sizing = width ? ` style="max-width:${width}px;min-width:${Math.round(width * minimumScale)}px"` : '';
	const inline = withThemeVariables(svg).replace(/^<svg\b/, `<svg${sizing}`);
	const title = escapeHtml(block.title);
	const link = (format: 'svg' | 'png', key: UiStringKey, download: boolean) =>
		`<li><a href="${diagramDownloadPath(block.lang, block.id, format)}"${download ? ` download="${block.id}.${format}"` : ''}>${escapeHtml(uiString(block.lang, key))}<span class="sr-only">: ${title}</span></a></li>`;
	return (
		`<figure class="diagram" id="${anchor}">` +
		// a named <section> is a region: keyboard users can focus it to scroll a wide diagram
		`<section class="diagram__scroll" tabindex="0" aria-labelledby="${captionId}" data-pagefind-ignore>${inline}</section>` +
		`<figcaption><span id="${captionId}">${title}</span><ul class="diagram__links" data-pagefind-ignore>` +
		link('svg', 'site.diagramOpenFullSize', false) +
		link('svg', 'site.diagramDownloadSvg', true) +
		link('png', 'site.diagramDownloadPng', true) +
		`</ul></figcaption></figure>`
	);
}
