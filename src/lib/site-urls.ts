import { basePath, siteUrl, type Lang } from '../site.config.ts';
import { langs, localePrefix } from './locale.ts';

/**
 * URLs of pages, sections and short links, with the deployment's base path. "path" is always the
 * language-neutral page path (/cost/inference/); the language decides the /id/ prefix.
 */

/** /cost/inference/ in Indonesian → /id/cost/inference/ (plus the base path) */
export function pageHref(path: string, lang: Lang): string {
	return `${basePath}${localePrefix(lang)}${path}`;
}

export function sectionHref(path: string, lang: Lang, section?: string): string {
	return section ? `${pageHref(path, lang)}#${section}` : pageHref(path, lang);
}

export function shortLinkHref(key: string, lang: Lang): string {
	return `${basePath}${localePrefix(lang)}/go/${key}/`;
}

/** Absolute URL on the published site (site + base), for copying, printing and QR codes. */
export function absoluteUrl(href: string): string {
	return new URL(href, siteUrl).href;
}

/** "https://example.org/go/six-n-d/" → "example.org/go/six-n-d": what a slide prints for typing. */
export function displayUrl(absolute: string): string {
	return absolute.replace(/^https?:\/\//, '').replace(/\/$/, '');
}

/** True for the short-link redirect pages (/go/<key>/, /id/go/<key>/), which stay out of the sitemap. */
export function isShortLinkUrl(url: string): boolean {
	const prefixes = langs.map(localePrefix).filter(Boolean);
	return new RegExp(`^${basePath}(${prefixes.join('|')})?/go/`).test(new URL(url, siteUrl).pathname);
}
