import { tracks } from './tracks.ts';
import { publishedPages, type Page } from '../links/page-index.ts';

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

export const sidebar = [
	{ label: 'Home', translations: { id: 'Beranda' }, link: '/' },
	...tracks
		.map((t) => ({ track: t, items: trackSlugs(t.directory) }))
		.filter(({ items }) => items.length > 0)
		// A track that is a single index page (the Estimators) is a plain link, not a group repeating its name.
		.map(({ track, items }) => {
			const label = { label: track.label.en, translations: { id: track.label.id } };
			return items.length === 1 && items[0] === track.directory
				? { ...label, link: `/${items[0]}/` }
				: { ...label, items };
		}),
	...(hasPage('/slides/') ? [{ label: 'Slide kit', translations: { id: 'Kit slide' }, link: '/slides/' }] : []),
	{ label: 'About', translations: { id: 'Tentang' }, link: '/about/' },
];
