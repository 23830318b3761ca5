import { defineHastPlugin, type HastPluginEntry } from 'satteri';
import type { Element, ElementContent } from 'hast';
import { docsRelativePath, langOfPage } from '../lib/content-files.ts';
import { uiString } from '../i18n/ui-strings.ts';
import { aliasesOf, readLinkAliases } from '../lib/link-aliases.ts';

/** A 16 px icon in the current text colour, hidden from assistive technology (the control has its own label). */
function icon(path: string): ElementContent {
	return {
		type: 'element',
		tagName: 'svg',
		properties: { width: '16', height: '16', viewBox: '0 0 24 24', fill: 'currentColor', ariaHidden: 'true' },
		children: [{ type: 'element', tagName: 'path', properties: { d: path }, children: [] }],
	};
}

const linkIcon = icon(
	'm12.11 15.39-3.88 3.88a2.52 2.52 0 0 1-3.5 0 2.47 2.47 0 0 1 0-3.5l3.88-3.88a1 1 0 0 0-1.42-1.42l-3.88 3.89a4.48 4.48 0 0 0 6.33 6.33l3.89-3.88a1 1 0 1 0-1.42-1.42Zm8.58-12.08a4.49 4.49 0 0 0-6.33 0l-3.89 3.88a1 1 0 0 0 1.42 1.42l3.88-3.88a2.52 2.52 0 0 1 3.5 0 2.47 2.47 0 0 1 0 3.5l-3.88 3.88a1 1 0 1 0 1.42 1.42l3.88-3.89a4.49 4.49 0 0 0 0-6.33ZM8.83 15.17a1 1 0 0 0 1.1.22 1 1 0 0 0 .32-.22l4.92-4.92a1 1 0 0 0-1.42-1.42l-4.92 4.92a1 1 0 0 0 0 1.42Z',
);
const copyIcon = icon(
	'M16 2H8a2 2 0 0 0-2 2v2H4a2 2 0 0 0-2 2v12a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2v-2h2a2 2 0 0 0 2-2V6l-4-4Zm-2 18H4V8h2v8a2 2 0 0 0 2 2h6v2Zm4-4H8V4h7v3h3v9Z',
);

/** "cost/inference.mdx" or "id/cost/inference.mdx" → "/cost/inference/" (the key used in content/link-aliases.yaml) */
function pagePath(docsPath: string): string {
	const slug = docsPath
		.replace(/^id\//, '')
		.replace(/\.mdx?$/, '')
		.replace(/(^|\/)index$/, '');
	return slug ? `/${slug}/` : '/';
}

/**
 * Wraps each h2–h4 on a page with Starlight's anchor-link markup, labelled in the page's language,
 * plus a "copy link" button (hidden until src/components/CopySectionLink.astro's script enables it)
 * and, inside the wrapper, an empty element for each old id recorded for it in content/link-aliases.yaml,
 * so links made before a section was renamed still land on it.
 * Replaces Starlight's own plugin, which cannot tell the language of pages outside src/content/docs.
 */
export const headingAnchors: HastPluginEntry = ({ fileURL }) => {
	const docsPath = docsRelativePath(fileURL);
	if (!docsPath) return null;
	const lang = langOfPage(docsPath);
	const path = pagePath(docsPath);
	const aliases = readLinkAliases();
	return defineHastPlugin({
		name: 'heading-anchors',
		element: {
			filter: ['h2', 'h3', 'h4'],
			visit(node, ctx) {
				const id = node.properties?.id;
				if (typeof id !== 'string' || !id) return;
				const title = ctx.textContent(node).trim();
				const aliasAnchors: Element[] = aliasesOf(aliases, path, id).map((alias) => ({
					type: 'element',
					tagName: 'span',
					properties: { id: alias, className: ['section-alias'] },
					children: [],
				}));
				const wrapper: Element = {
					type: 'element',
					tagName: 'div',
					properties: { className: ['sl-heading-wrapper', `level-${node.tagName}`] },
					children: [
						node as Element,
						{
							type: 'element',
							tagName: 'a',
							properties: { className: ['sl-anchor-link'], href: `#${id}` },
							children: [
								{
									type: 'element',
									tagName: 'span',
									properties: { className: ['sl-anchor-icon'] },
									children: [linkIcon],
								},
								{
									type: 'element',
									tagName: 'span',
									properties: { className: ['sr-only'] },
									children: [{ type: 'text', value: uiString(lang, 'heading.anchorLabel', { title }) }],
								},
							],
						},
						{
							type: 'element',
							tagName: 'button',
							properties: { type: 'button', className: ['copy-section-link'], dataCopyLink: id, hidden: true },
							children: [
								copyIcon,
								{
									type: 'element',
									tagName: 'span',
									properties: { className: ['sr-only'] },
									children: [{ type: 'text', value: uiString(lang, 'site.copyLink', { title }) }],
								},
							],
						},
						...aliasAnchors,
					],
				};
				return wrapper;
			},
		},
	});
};
