import { publishedPages } from '../content-index/index.ts';
import { uiString } from '../i18n/index.ts';
import { formatDate } from '../lib/format-date.ts';
import { formatFigure } from '../lib/format-number.ts';
import { pageHref } from '../lib/site-urls.ts';
import type { Lang } from '../site.config.ts';
import { figureChanges, figureHref } from './figure-history.ts';
import type { SiteData } from './site-data.ts';

/** One line of "What changed", in one language: the page and both feeds show the same entries. */
export interface ChangeLogEntry {
	kind: 'figure' | 'page';
	/** YYYY-MM-DD */
	date: string;
	/** stable across builds: figure-<id>-<date> or page-<path>-<date> */
	key: string;
	/** the figure's description or the page's title */
	title: string;
	/** one sentence: before → now and why, or that the page was checked */
	summary: string;
	/** the section that explains the figure, or the page */
	href: string;
	/** for a figure, its id (the anchor of its history on the changes page) */
	figureId?: string;
}

/**
 * Every change to a figure (its history in content/numbers/) and every page's last check against
 * its sources (`lastReviewed`), newest first. Both come from the content, so a shallow clone
 * builds the same log.
 */
export function changeLog(data: SiteData, lang: Lang): ChangeLogEntry[] {
	const t = (key: Parameters<typeof uiString>[1]) => uiString(lang, key);
	const pages = publishedPages();
	const figures: ChangeLogEntry[] = figureChanges(data).map(({ id, figure, change, next }) => ({
		kind: 'figure',
		date: change.date,
		key: `figure-${id}-${change.date}`,
		title: figure.measures[lang],
		summary:
			`${t('site.changes.was')} ${formatFigure(change.previous, figure.unit, lang)}, ` +
			`${t('site.changes.now')} ${formatFigure(next, figure.unit, lang)} ` +
			`(${t(`site.changes.reason.${change.reason}`)}). ${change.note[lang]}`,
		href: figureHref(data, id, lang, pages),
		figureId: id,
	}));
	const reviews: ChangeLogEntry[] = pages
		.filter((p) => p.lang === lang && p.lastReviewed)
		.map((p) => ({
			kind: 'page',
			date: p.lastReviewed!,
			key: `page-${p.path}-${p.lastReviewed}`,
			title: p.title,
			summary: `${p.title}: ${t('site.changes.pageReviewed')}, ${formatDate(p.lastReviewed!, lang)}.`,
			href: pageHref(p.path, lang),
		}));
	const order = (e: ChangeLogEntry) => (e.kind === 'figure' ? 0 : 1);
	return [...figures, ...reviews].sort(
		(a, b) => b.date.localeCompare(a.date) || order(a) - order(b) || a.key.localeCompare(b.key),
	);
}
