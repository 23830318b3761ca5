import { defineHastPlugin, type HastPluginEntry } from 'satteri';
import type { Element, ElementContent } from 'hast';
import { docsRelativePath, langOfPage } from '../lib/content-files.ts';
import { uiString } from '../i18n/index.ts';
import { aliasesOf, readLinkAliases } from './aliases.ts';

/** An icon drawn by CSS (src/styles/section-links.css) in the current text colour, hidden from assistive technology. */
function icon(name: 'link' | 'copy'): ElementContent {
	return {
		type: 'element',
		tagName: 'span',
		properties: { className: ['section-icon', `section-icon-${name}`], ariaHidden: 'true' },
		children: [],
	};
}

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
							properties: { className: ['sl-anchor-link'], href: `#${id}`, dataPagefindIgnore: '' },
							children: [
								{
									type: 'element',
									tagName: 'span',
									properties: { className: ['sl-anchor-icon'] },
									children: [icon('link')],
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
							properties: {
								type: 'button',
								className: ['copy-section-link'],
								dataCopyLink: id,
								hidden: true,
								dataPagefindIgnore: '',
							},
							children: [
								icon('copy'),
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
