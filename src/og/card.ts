import { tracks } from '../navigation/index.ts';
import { siteTitle, siteUrl, type Lang } from '../site.config.ts';
import { pageHref, displayUrl } from '../lib/site-urls.ts';
import type { Page } from '../content-index/index.ts';
import { localeLabel } from '../lib/locale.ts';

/** What a page's Open Graph card says: site name, the track the page belongs to, its title and language. */
export const ogImageSize = { width: 1200, height: 630 } as const;

export interface OgCard {
	lang: Lang;
	site: string;
	track: string;
	title: string;
	domain: string;
}

export function ogCardOf(page: Page): OgCard {
	const track = tracks.find((t) => t.directory === page.track);
	return {
		lang: page.lang,
		site: siteTitle[page.lang],
		track: track ? track.label[page.lang] : '',
		title: page.title,
		domain: displayUrl(new URL(pageHref('/', 'en'), siteUrl).href),
	};
}

/** The pill in the footer: "EN · English", "ID · Bahasa Indonesia". */
export function ogLanguageLabel(lang: Lang): string {
	return `${lang.toUpperCase()} · ${localeLabel(lang)}`;
}

/** At most three lines of title: the size steps down with the length (about 90 characters fit at 48 px). */
export const ogTitleLines = 3;
export const ogTitleLineHeight = 1.12;

export function ogTitleSize(title: string): 92 | 76 | 48 {
	return title.length > 48 ? 48 : title.length > 34 ? 76 : 92;
}

/** Site-relative URL of a page's card: /og/en/cost/training-compute.png, /og/id/index.png for /id/. */
export function ogImageHref(path: string, lang: Lang): string {
	const name = path === '/' ? 'index' : path.slice(1, -1);
	return `${pageHref('/', 'en')}og/${lang}/${name}.png`;
}
