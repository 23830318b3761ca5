import { locales, type Lang } from '../site.config.ts';

/**
 * A page's language and where it shows in URLs and folders, all derived from `locales` in
 * site.config.ts: the root locale (English) has no prefix, every other locale its key (/id/, id/).
 */
type LocaleKey = keyof typeof locales;
const entries = Object.entries(locales) as [LocaleKey, (typeof locales)[LocaleKey]][];

/** Every language of the site, the root (default) one first. */
export const langs: readonly Lang[] = entries.map(([, locale]) => locale.lang);
export const defaultLang: Lang = locales.root.lang;

export function isLang(value: unknown): value is Lang {
	return langs.includes(value as Lang);
}

const keyOf = (lang: Lang): LocaleKey => entries.find(([, locale]) => locale.lang === lang)![0];

/** The page's language from Starlight's route data: `langOfRoute(Astro.locals)` or `langOfRoute(route)`. */
export function langOfRoute(from: { lang: string } | { starlightRoute: { lang: string } }): Lang {
	const lang = 'starlightRoute' in from ? from.starlightRoute.lang : from.lang;
	return isLang(lang) ? lang : defaultLang;
}

/** URL prefix of a language: '' for English, '/id' for Indonesian (the base path goes before it). */
export function localePrefix(lang: Lang): string {
	const key = keyOf(lang);
	return key === 'root' ? '' : `/${key}`;
}

/** Folder of a language under content/docs/ and in dist/: '' for English, 'id/' for Indonesian. */
export function localeDir(lang: Lang): string {
	const key = keyOf(lang);
	return key === 'root' ? '' : `${key}/`;
}

/** Language of a path relative to content/docs/ (or dist/): 'id/cost/inference.mdx' → 'id'. */
export function langOfDir(path: string): Lang {
	return langs.find((lang) => localeDir(lang) && path.startsWith(localeDir(lang))) ?? defaultLang;
}

/** A language's name in itself, as the language picker shows it: 'English', 'Bahasa Indonesia'. */
export function localeLabel(lang: Lang): string {
	return locales[keyOf(lang)].label;
}
