/**
 * The site's UI strings from content/i18n/ (Starlight's and the site's own `site.*`). The locale
 * helpers are foundations (src/lib/locale.ts); the rule that every page has a twin lives with the
 * page catalog (src/content-index/locale-twins.ts).
 */
export { uiString } from './ui-strings.ts';
export { uiStringsLoader } from './ui-strings-loader.ts';
export { siteStringKeys, type SiteStringKey, type UiStringKey, uiStringByLang } from './ui-strings.ts';
