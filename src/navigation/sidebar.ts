import { tracks } from './tracks.ts';
import { publishedPages, type Page } from '../content-index/index.ts';
import { uiStringByLang } from '../i18n/index.ts';
import { defaultLang, langs } from '../lib/locale.ts';
import type { Lang } from '../site.config.ts';

/**
 * The sidebar lists every published page of each track in reading order (frontmatter
 * `sidebar.order`, then path). Items are explicit slugs rather than `autogenerate`, which finds
 * nothing for pages outside src/content/docs; Starlight takes each label from the page's title and
 * localises the slug for /id/. A track with no pages yet is left out; a track that is one index page is a link.
 */
const englishPages = publishedPages().filter((p) => p.lang === 'en');

const byReadingOrder = (a: Page, b: Page) => a.order - b.order || a.path.localeCompare(b.path);
const slugOf = (page: Page) => page.path.replace(/^\/|\/$/g, '');

/** Slugs of a track's pages in reading order, e.g. ['cost/training-compute', 'cost/full-cost', …]. */
export function trackSlugs(directory: string): string[] {
	return englishPages
		.filter((p) => p.track === directory)
		.sort(byReadingOrder)
		.map(slugOf);
}

const hasPage = (path: string) => englishPages.some((p) => p.path === path);

/** Starlight's label with its translations: { label: 'Home', translations: { id: 'Beranda' } }. */
const labelled = (text: Record<Lang, string>) => ({
	label: text[defaultLang],
	translations: Object.fromEntries(langs.filter((l) => l !== defaultLang).map((l) => [l, text[l]])),
});

export const sidebar = [
	{ ...labelled(uiStringByLang('site.nav.home')), link: '/' },
	...tracks
		.map((t) => ({ track: t, items: trackSlugs(t.directory) }))
		.filter(({ items }) => items.length > 0)
		// A track that is a single index page (the Estimators) is a plain link, not a group repeating its name.
		.map(({ track, items }) => {
			const label = labelled(track.label);
			return items.length === 1 && items[0] === track.directory
				? { ...label, link: `/${items[0]}/` }
				: { ...label, items };
		}),
	...(hasPage('/slides/') ? [{ ...labelled(uiStringByLang('site.nav.slideKit')), link: '/slides/' }] : []),
	{ ...labelled(uiStringByLang('site.nav.about')), link: '/about/' },
];
