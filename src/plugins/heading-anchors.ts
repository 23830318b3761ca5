import { defineHastPlugin, type HastPluginEntry } from 'satteri';
import type { Element, ElementContent } from 'hast';
import { docsRelativePath, langOfPage } from '../lib/content-files.ts';
import { uiString } from '../i18n/ui-strings.ts';

const linkIcon: ElementContent = {
	type: 'element',
	tagName: 'svg',
	properties: { width: '16', height: '16', viewBox: '0 0 24 24', fill: 'currentColor', ariaHidden: 'true' },
	children: [
		{
			type: 'element',
			tagName: 'path',
			properties: {
				d: 'm12.11 15.39-3.88 3.88a2.52 2.52 0 0 1-3.5 0 2.47 2.47 0 0 1 0-3.5l3.88-3.88a1 1 0 0 0-1.42-1.42l-3.88 3.89a4.48 4.48 0 0 0 6.33 6.33l3.89-3.88a1 1 0 1 0-1.42-1.42Zm8.58-12.08a4.49 4.49 0 0 0-6.33 0l-3.89 3.88a1 1 0 0 0 1.42 1.42l3.88-3.88a2.52 2.52 0 0 1 3.5 0 2.47 2.47 0 0 1 0 3.5l-3.88 3.88a1 1 0 1 0 1.42 1.42l3.88-3.89a4.49 4.49 0 0 0 0-6.33ZM8.83 15.17a1 1 0 0 0 1.1.22 1 1 0 0 0 .32-.22l4.92-4.92a1 1 0 0 0-1.42-1.42l-4.92 4.92a1 1 0 0 0 0 1.42Z',
			},
			children: [],
		},
	],
};

/**
 * Wraps each h2–h4 on a page with Starlight's anchor-link markup, labelled in the page's language.
 * Replaces Starlight's own plugin, which cannot tell the language of pages outside src/content/docs.
 */
export const headingAnchors: HastPluginEntry = ({ fileURL }) => {
	const docsPath = docsRelativePath(fileURL);
	if (!docsPath) return null;
	const lang = langOfPage(docsPath);
	return defineHastPlugin({
		name: 'heading-anchors',
		element: {
			filter: ['h2', 'h3', 'h4'],
			visit(node, ctx) {
				const id = node.properties?.id;
				if (typeof id !== 'string' || !id) return;
				const title = ctx.textContent(node).trim();
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
					],
				};
				return wrapper;
			},
		},
	});
};
