/** Two languages, one site: UI strings from content/i18n/, and every page present in both languages. */
export { uiString } from './ui-strings.ts';
export { twinProblems } from './locale-twins.ts';
export { langs, defaultLang, isLang, langOfRoute, localePrefix, localeDir, langOfDir, localeLabel } from './locale.ts';
