import type { Source } from './schemas.ts';
import type { Lang } from '../site.config.ts';
import { escapeHtml } from '../lib/html.ts';
import { formatDate } from '../lib/format-date.ts';
import { uiString } from '../i18n/index.ts';

/** One bibliography entry as HTML: authors (date). Title. Publisher. Link. Accessed date. */
export function sourceReferenceHtml(source: Source, lang: Lang): string {
	const parts = [
		`${escapeHtml(source.authors)}${source.date ? ` (${escapeHtml(formatDate(source.date, lang))})` : ''}.`,
		`<cite>${escapeHtml(source.title)}</cite>.`,
	];
	if (source.publisher) parts.push(`${escapeHtml(source.publisher)}.`);
	if (source.url)
		parts.push(`<a href="${escapeHtml(source.url)}" rel="external">${escapeHtml(displayUrl(source.url))}</a>`);
	parts.push(`(${uiString(lang, 'site.sourceReference.accessed')} ${escapeHtml(formatDate(source.accessed, lang))})`);
	return parts.join(' ');
}

/** "https://arxiv.org/abs/2412.19437" → "arxiv.org/abs/2412.19437" (shorter on phones, still exact). */
export function displayUrl(url: string): string {
	return url.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '');
}
