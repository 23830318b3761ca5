import { basePath, siteUrl, type Lang } from '../site.config.ts';

/** Site path of a page in a language, with the deployment's base path: ("id", "/cost/inference/") → "/id/cost/inference/". */
export function localePath(lang: Lang, path: string): string {
	const clean = path.startsWith('/') ? path : `/${path}`;
	return `${basePath}${lang === 'id' ? '/id' : ''}${clean}`;
}

/** Absolute URL of a site path (as produced by localePath). */
export function absoluteUrl(sitePath: string): string {
	return new URL(sitePath, siteUrl).href;
}
