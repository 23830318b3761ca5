import { Feed } from 'feed';
import { uiString } from '../i18n/index.ts';
import { bcp47 } from '../lib/bcp47.ts';
import { absoluteUrl, pageHref } from '../lib/site-urls.ts';
import { siteTitle, type Lang } from '../site.config.ts';
import { changeLog } from './change-log.ts';
import { buildDate, changesPagePath } from './figure-history.ts';
import type { SiteData } from './site-data.ts';

/** Where each language's feed is served (src/pages/changes.xml.ts, src/pages/id/changes.xml.ts). */
export function changeFeedHref(lang: Lang): string {
	return pageHref('/changes.xml', lang);
}

/**
 * "What changed" as an Atom 1.0 document (the `feed` package): one entry per changed figure and per
 * page checked again, newest first. Dates come from the content, so the feed is the same on every
 * build of the same commit.
 */
export function changeFeedXml(data: SiteData, lang: Lang): string {
	const entries = changeLog(data, lang);
	const at = (date: string) => new Date(`${date}T00:00:00Z`);
	const pageUrl = absoluteUrl(pageHref(changesPagePath, lang));
	const feed = new Feed({
		id: absoluteUrl(changeFeedHref(lang)),
		title: `${siteTitle[lang]}: ${uiString(lang, 'site.changes.feedTitle')}`,
		description: uiString(lang, 'site.changes.feedSubtitle'),
		link: pageUrl,
		language: bcp47[lang],
		updated: at(entries[0]?.date ?? buildDate()),
		feedLinks: { atom: absoluteUrl(changeFeedHref(lang)) },
		author: { name: siteTitle[lang], link: absoluteUrl(pageHref('/', lang)) },
		copyright: 'CC BY 4.0',
		generator: false,
	});
	for (const entry of entries) {
		feed.addItem({
			id: `${pageUrl}#${entry.key}`,
			title: entry.kind === 'figure' ? `${uiString(lang, 'site.changes.figureChanged')}: ${entry.title}` : entry.title,
			link: absoluteUrl(entry.href),
			date: at(entry.date),
			description: entry.summary,
		});
	}
	return feed.atom1();
}
