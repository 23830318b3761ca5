import { tracks } from '../navigation/index.ts';
import { siteTitle, type Lang } from '../site.config.ts';
import { uiString, uiStringByLang } from '../i18n/index.ts';
import { findPage, type Page } from '../content-index/index.ts';
import { resolveFigureSection, resolveShortLink, type ShortLink } from '../links/index.ts';
import { loadSiteData } from '../references/index.ts';
import { absoluteUrl, displayUrl, sectionHref } from '../lib/site-urls.ts';
import { qrCodeHref } from '../links/index.ts';
import { formatDate } from '../lib/format-date.ts';

/**
 * What the slide kit (/slides/) lists for presenters, in one language: for every page and every
 * linked section its short link, full link, QR code and a citation line, grouped by track; and where
 * each key number is explained, so its short link can be shown next to it.
 */

export interface SlideLink {
	key: string;
	/** "Page title" or "Page title: Section heading" */
	title: string;
	/** the section heading when the link is to a section */
	section?: string | undefined;
	shortUrl: string;
	/** the short link as printed: domain/go/key, no scheme */
	shortText: string;
	fullUrl: string;
	qrHref: string;
	citation: string;
}

export interface SlideKitGroup {
	/** track folder, or '' for the site's top-level pages */
	directory: string;
	label: string;
	pages: { page: Page; links: SlideLink[] }[];
}

/** The group before the tracks: the site's top-level pages (home, about). */
export const generalPages = { directory: '', label: uiStringByLang('site.slideKit.generalPages') };

export function citationLine(title: string, url: string, lang: Lang, reviewed: string | undefined): string {
	const vars = { title, site: siteTitle[lang], url };
	return reviewed
		? uiString(lang, 'site.slideKit.citation', { ...vars, date: formatDate(reviewed, lang) })
		: uiString(lang, 'site.slideKit.citationUndated', vars);
}

/** Short links in `lang`, grouped by track then page (in sidebar order), page link first, then sections in page order. */
export function slideKitGroups(lang: Lang, pages: readonly Page[], shortLinks: readonly ShortLink[]): SlideKitGroup[] {
	const inLang = pages.filter((p) => p.lang === 'en').map((en) => findPage(pages, en.path, lang) ?? en);
	const groups = [
		{ directory: '', label: generalPages.label[lang] },
		...tracks.map((t) => ({ directory: t.directory, label: t.label[lang] })),
	];
	return groups
		.map(({ directory, label }) => ({
			directory,
			label,
			pages: inLang
				.filter((p) => p.track === directory)
				.sort((a, b) => a.order - b.order || a.path.localeCompare(b.path))
				.map((page) => ({ page, links: linksOf(page, pages, shortLinks, lang) })),
		}))
		.filter((g) => g.pages.length > 0);
}

function linksOf(page: Page, pages: readonly Page[], shortLinks: readonly ShortLink[], lang: Lang): SlideLink[] {
	const order = (link: ShortLink) => (link.section ? page.sections.findIndex((s) => s.id === link.section) + 1 : 0);
	return shortLinks
		.filter((l) => l.page === page.path)
		.sort((a, b) => order(a) - order(b) || a.key.localeCompare(b.key))
		.flatMap((link) => {
			const resolved = resolveShortLink(link, pages, lang);
			if (!resolved) return [];
			const title = resolved.section ? `${resolved.page.title}: ${resolved.section.text}` : resolved.page.title;
			const shortUrl = absoluteUrl(resolved.shortHref);
			const fullUrl = absoluteUrl(resolved.href);
			return [
				{
					key: link.key,
					title,
					section: resolved.section?.text,
					shortUrl,
					shortText: displayUrl(shortUrl),
					fullUrl,
					qrHref: qrCodeHref(link.key, lang),
					citation: citationLine(title, fullUrl, lang, resolved.page.lastReviewed),
				},
			];
		});
}

export interface NumberUse {
	page: Page;
	/** the section (h2/h3) that explains the figure */
	section?: string | undefined;
	href: string;
}

/**
 * Where each key number is explained, from its `section` in content/numbers/ (src/links/figure-sections.ts):
 * the page in `lang` (the English page until a twin exists) and the section.
 */
export function explainingSections(pages: readonly Page[], lang: Lang): Map<string, NumberUse> {
	const uses = new Map<string, NumberUse>();
	for (const { id, file, line, data } of loadSiteData().numbers.values()) {
		const result = resolveFigureSection({ kind: 'number', id, file, line, section: data.section }, pages);
		// a missing or broken section stops the build in src/links/integrity.ts
		if (!('place' in result)) continue;
		const { page: path, section } = result.place;
		const target = findPage(pages, path, lang) ?? findPage(pages, path, 'en');
		if (target) uses.set(id, { page: target, section, href: sectionHref(target.path, target.lang, section) });
	}
	return uses;
}

/** The most specific short link for a place: the section's key, else the page's key. */
export function shortLinkFor(shortLinks: readonly ShortLink[], path: string, section?: string): ShortLink | undefined {
	return (
		(section ? shortLinks.find((l) => l.page === path && l.section === section) : undefined) ??
		shortLinks.find((l) => l.page === path && !l.section)
	);
}
