import { defineMdastPlugin, type MdastPluginEntry, type MdxJsxFlowElement, type MdxJsxTextElement } from 'satteri';
import { docsRelativePath, langOfPage, sourceLocation } from '../lib/content-files.ts';
import { loadSiteData } from './site-data.ts';
import { readJsxAttributes } from '../lib/mdx-attributes.ts';
import { escapeHtml, popoverCloseButtonHtml } from '../lib/html.ts';
import { formatFigure } from '../lib/format-number.ts';
import { formatDate } from '../lib/format-date.ts';
import { sourceReferenceHtml } from './source-reference.ts';
import { uiString, type UiStringKey } from '../i18n/index.ts';
import { locIn } from './schemas.ts';
import { figureHistoryHref, recentChange } from './figure-history.ts';

type JsxElement = Readonly<MdxJsxFlowElement | MdxJsxTextElement>;

/**
 * Turns `<Cite id loc />`, `<Num id />` and `<Quote id />` into numbered citations, formatted figures
 * and quotations (content/quotes/: the page's language, with the English original in the citation on
 * Indonesian pages) at build time, and appends the page's "Sources" section (id `sources`). Unknown
 * ids fail with file:line.
 */
export const citations: MdastPluginEntry = ({ fileURL, source }) => {
	const docsPath = docsRelativePath(fileURL);
	if (!fileURL || !docsPath || !/<(Cite|Num|Quote)\b/.test(source)) return null;
	const lang = langOfPage(docsPath);
	const t = (key: UiStringKey) => uiString(lang, key);
	const data = loadSiteData();
	/** source id → [citation number, occurrences] in order of first use */
	const cited = new Map<string, { n: number; occurrences: number }>();

	const fail = (node: JsxElement, message: string): never => {
		throw new Error(`${sourceLocation(fileURL, node.position?.start.line)}: ${message}`);
	};

	const citationHtml = (node: JsxElement, sourceId: string, tip: string, changeHtml = ''): string => {
		const source = data.sources.get(sourceId);
		if (!source) {
			return fail(
				node,
				`unknown source id "${sourceId}". Add it to content/sources/ (the file named after the page that cites it, or shared.yaml) or use an existing id.`,
			);
		}
		const entry = cited.get(sourceId) ?? { n: cited.size + 1, occurrences: 0 };
		entry.occurrences += 1;
		cited.set(sourceId, entry);
		const refId = `cite-${entry.n}-${entry.occurrences}`;
		// A button that opens the tip as a popover (tap, click, keyboard; no JavaScript); hover and focus
		// also show it. The tip links on to the full entry in the page's Sources list.
		return (
			`<sup class="cite" data-pagefind-ignore><button type="button" class="cite-ref" id="${refId}" popovertarget="${refId}-tip" aria-describedby="${refId}-tip">` +
			`<span class="sr-only">${t('site.figure.source')} </span>${entry.n}</button>` +
			`<span popover class="cite-tip" id="${refId}-tip">${popoverCloseButtonHtml(`${refId}-tip`, t('site.popover.close'))}${escapeHtml(tip)} <a href="#source-${entry.n}">${t('site.sources')} [${entry.n}]</a>${changeHtml}</span></sup>`
		);
	};

	const handle = (node: JsxElement) => {
		if (node.name !== 'Cite' && node.name !== 'Num' && node.name !== 'Quote') return;
		const { values, unsupported } = readJsxAttributes(node);
		if (unsupported.length) fail(node, `<${node.name}> takes plain attributes only; remove ${unsupported.join(', ')}.`);
		const id = values['id'];
		if (typeof id !== 'string' || !id) return fail(node, `<${node.name}> needs an id: <${node.name} id="…" />.`);

		if (node.name === 'Cite') {
			const loc = typeof values['loc'] === 'string' ? values['loc'] : undefined;
			const source = data.sources.get(id)?.data;
			const dated = source?.date ? ` (${formatDate(source.date, lang)})` : '';
			const tip = `${source?.title ?? ''}${dated}${loc ? `, ${loc}` : ''}`;
			return { type: 'html' as const, value: citationHtml(node, id, tip) };
		}

		if (node.name === 'Quote') {
			const quote = data.quotes.get(id);
			if (!quote) return fail(node, `unknown quote id "${id}". Add it to content/quotes/*.yaml or use an existing id.`);
			const q = quote.data;
			const title = data.sources.get(q.source)?.data.title ?? '';
			const where = q.loc ? `, ${locIn(q.loc, lang)}` : '';
			const note =
				lang === 'en'
					? q.verbatim
						? ''
						: `; ${t('site.citation.rendered')}`
					: q.verbatim
						? `; ${t('site.citation.original')}: “${q.en}”`
						: `; ${t('site.citation.rendered')}`;
			let html = `<span class="quote">“${escapeHtml(q[lang])}”</span>${citationHtml(node, q.source, `${title}${where}${note}`)}`;
			if (q.caveat) {
				const caveatTitle = data.sources.get(q.caveat.source)?.data.title ?? '';
				html += ` (${escapeHtml(q.caveat[lang])}${citationHtml(node, q.caveat.source, caveatTitle)})`;
			}
			return { type: 'html' as const, value: html };
		}

		const figure = data.numbers.get(id);
		if (!figure) {
			return fail(
				node,
				`unknown number id "${id}". Add it to content/numbers/ (the file named after the page that uses it, or shared.yaml) or use an existing id.`,
			);
		}
		const { value, unit, source, loc, asOf, estimate } = figure.data;
		const formatted = formatFigure(value, unit, lang, { withUnit: values['unit'] !== false });
		const sourceTitle = data.sources.get(source)?.data.title ?? '';
		// The prose around a figure already says what it measures; the tip adds where it comes from.
		const tip = `${estimate ? `${t('site.figure.estimate')}. ` : ''}${sourceTitle}, ${locIn(loc, lang)}; ${t('site.figure.asOf')} ${formatDate(asOf, lang)}`;
		// A recent change is told in the card, with the value a reader may still have on an older slide.
		const change = recentChange(figure.data);
		const changeHtml = change
			? `<span class="cite-change">${t('site.changes.changedOn')} ${escapeHtml(formatDate(change.date, lang))}: ` +
				`${t('site.changes.was')} ${escapeHtml(formatFigure(change.previous, unit, lang))} (${t(`site.changes.reason.${change.reason}`)}). ` +
				`<a href="${escapeHtml(figureHistoryHref(id, lang))}">${t('site.changes.history')}</a></span>`
			: '';
		return {
			type: 'html' as const,
			value: `<span class="num" data-num="${escapeHtml(id)}">${escapeHtml(formatted)}</span>${citationHtml(node, source, tip, changeHtml)}`,
		};
	};

	return defineMdastPlugin({
		name: 'citations',
		options: { position: true },
		mdxJsxTextElement: handle,
		mdxJsxFlowElement: handle,
		after(root, ctx) {
			if (cited.size === 0) return;
			const items = [...cited.entries()].map(([sourceId, { n, occurrences }]) => {
				const backLinks = Array.from(
					{ length: occurrences },
					(_, i) =>
						`<a href="#cite-${n}-${i + 1}" class="cite-back" aria-label="${t('site.citation.backTo')} ${n}${occurrences > 1 ? `.${i + 1}` : ''}">↩${occurrences > 1 ? `<sup>${i + 1}</sup>` : ''}</a>`,
				).join(' ');
				return `<li id="source-${n}" value="${n}">${sourceReferenceHtml(data.sources.get(sourceId)!.data, lang)} ${backLinks}</li>`;
			});
			ctx.appendChild(root, [
				{
					type: 'heading',
					depth: 2,
					children: [{ type: 'text', value: uiString(lang, 'site.sources') }],
					data: { hProperties: { id: 'sources', 'data-pagefind-ignore': '' } },
				},
				{ type: 'html', value: `<ol class="source-list" data-pagefind-ignore>${items.join('')}</ol>` },
			]);
		},
	});
};
