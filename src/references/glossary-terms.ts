import { defineMdastPlugin, type MdastPluginEntry, type MdxJsxFlowElement, type MdxJsxTextElement } from 'satteri';
import { docsRelativePath, langOfPage, sourceLocation } from '../lib/content-files.ts';
import { loadSiteData } from './site-data.ts';
import { readJsxAttributes } from '../lib/mdx-attributes.ts';
import { escapeHtml, popoverCloseButtonHtml } from '../lib/html.ts';
import { pageHref } from '../lib/site-urls.ts';
import { uiString } from '../i18n/index.ts';

type JsxElement = Readonly<MdxJsxFlowElement | MdxJsxTextElement>;

interface InlineNode {
	type: string;
	value?: string;
	children?: InlineNode[];
}

/**
 * The label as HTML when it is plain text with italics, so an Indonesian page can italicise the
 * English term at its first mention inside the term itself (`<Term id="moat">parit (*moat*)</Term>`);
 * empty for any other markup, which then reads as plain text.
 */
function labelHtml(node: JsxElement): string {
	const children = (node as unknown as InlineNode).children ?? [];
	const text = (n: InlineNode) => (n.type === 'text' && typeof n.value === 'string' ? escapeHtml(n.value) : undefined);
	let html = '';
	for (const child of children) {
		const plain = text(child);
		if (plain !== undefined) {
			html += plain;
			continue;
		}
		if (child.type !== 'emphasis') return '';
		const inner = (child.children ?? []).map(text);
		if (inner.some((t) => t === undefined)) return '';
		html += `<em>${inner.join('')}</em>`;
	}
	return html.trim() === '' || !html.includes('<em>') ? '' : html.trim();
}

/**
 * Turns `<Term id="moe">MoE</Term>` into a button that opens the term's short definition
 * (HTML popover: keyboard, tap and screen readers, no JavaScript) with a link to the glossary entry.
 */
export const glossaryTerms: MdastPluginEntry = ({ fileURL, source }) => {
	const docsPath = docsRelativePath(fileURL);
	if (!fileURL || !docsPath || !source.includes('<Term')) return null;
	const lang = langOfPage(docsPath);
	const { glossary } = loadSiteData();
	let count = 0;

	const handle = (node: JsxElement, ctx: { textContent(n: JsxElement): string }) => {
		if (node.name !== 'Term') return;
		const where = sourceLocation(fileURL, node.position?.start.line);
		const { values } = readJsxAttributes(node);
		const id = values['id'];
		if (typeof id !== 'string' || !id) throw new Error(`${where}: <Term> needs an id: <Term id="…">text</Term>.`);
		const entry = glossary.get(id);
		if (!entry)
			throw new Error(
				`${where}: unknown glossary id "${id}". Add it to content/glossary/ (the file named after the page that uses it, or shared.yaml) or use an existing id.`,
			);
		const label = labelHtml(node) || escapeHtml(ctx.textContent(node).trim() || entry.data[lang].term);
		const popId = `term-${id}-${++count}`;
		const { term, definition } = entry.data[lang];
		return {
			type: 'html' as const,
			value:
				`<span class="term"><button type="button" class="term-trigger" popovertarget="${popId}">${label}</button>` +
				`<span popover id="${popId}" class="term-pop" data-pagefind-ignore>${popoverCloseButtonHtml(popId, uiString(lang, 'site.popover.close'))}<strong>${escapeHtml(term)}</strong>: ${escapeHtml(definition)} ` +
				`<a href="${pageHref('/reference/glossary/', lang)}#${id}">${uiString(lang, 'site.glossary.termLink')}</a></span></span>`,
		};
	};

	return defineMdastPlugin({
		name: 'glossary-terms',
		options: { position: true },
		mdxJsxTextElement: handle,
		mdxJsxFlowElement: handle,
	});
};
