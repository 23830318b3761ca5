import { publishedPages } from '../content-index/index.ts';
import { uiString } from '../i18n/index.ts';
import { formatFigure } from '../lib/format-number.ts';
import { pageHref } from '../lib/site-urls.ts';
import type { Lang } from '../site.config.ts';
import { changesPagePath, figureChanges, figureHref } from './figure-history.ts';
import type { SiteData } from './site-data.ts';

/** One line of "What changed", in one language: the page and both feeds show the same entries. */
export interface ChangeLogEntry {
	kind: 'figure' | 'pages';
	/** YYYY-MM-DD */
	date: string;
	/** stable across builds: figure-<id>-<date> or pages-<date> */
	key: string;
	/** the figure's description, or "Pages checked again against their sources" */
	title: string;
	/** before → now and why, or the titles of the pages checked that day */
	summary: string;
	/** the section that explains the figure, or the changes page's log */
	href: string;
	/** for a figure, its id (the anchor of its history on the changes page) */
	figureId?: string;
	/** for pages checked, each page */
	pages?: { title: string; href: string }[];
}

/**
 * Every change to a figure (its history in content/numbers/) and, one entry per date, the pages
 * last checked against their sources that day (`lastReviewed`), newest first. Both come from the
 * content, so a shallow clone builds the same log.
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
	const reviewed = pages.filter((p) => p.lang === lang && p.lastReviewed);
	const reviews: ChangeLogEntry[] = [...new Set(reviewed.map((p) => p.lastReviewed!))].map((date) => {
		const checked = reviewed
			.filter((p) => p.lastReviewed === date)
			.map((p) => ({ title: p.title, href: pageHref(p.path, lang) }));
		return {
			kind: 'pages',
			date,
			key: `pages-${date}`,
			title: t('site.changes.pagesReviewed'),
			summary: `${checked.map((p) => p.title).join('; ')}.`,
			href: `${pageHref(changesPagePath, lang)}#changes`,
			pages: checked,
		};
	});
	const order = (e: ChangeLogEntry) => (e.kind === 'figure' ? 0 : 1);
	return [...figures, ...reviews].sort(
		(a, b) => b.date.localeCompare(a.date) || order(a) - order(b) || a.key.localeCompare(b.key),
	);
}
