import en from '../../content/i18n/en.json' with { type: 'json' };
import id from '../../content/i18n/id.json' with { type: 'json' };
import type { Lang } from '../site.config.ts';
import { langs } from '../lib/locale.ts';

/** Keys of content/i18n/en.json: the list of UI strings every language provides. */
export type UiStringKey = keyof typeof en;
/** The site's own strings (`site.<area>.<name>`), next to the Starlight strings it overrides. */
export type SiteStringKey = Extract<UiStringKey, `site.${string}`>;
export const siteStringKeys = (Object.keys(en) as UiStringKey[]).filter((key): key is SiteStringKey =>
	key.startsWith('site.'),
);

/** Site-specific UI strings, for build-time code that runs outside Astro's `locals.t` (Markdown plugins). */
const strings: Record<Lang, Record<string, string>> = { en, id };

export function uiString(lang: Lang, key: UiStringKey, vars: Record<string, string> = {}): string {
	const template = strings[lang][key] ?? strings.en[key];
	if (template === undefined) throw new Error(`Missing UI string "${key}" in content/i18n/en.json.`);
	return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => vars[name] ?? '');
}

/** One string in every language, for config built once for all of them (sidebar, tracks). */
export function uiStringByLang(key: UiStringKey): Record<Lang, string> {
	return Object.fromEntries(langs.map((lang) => [lang, uiString(lang, key)])) as Record<Lang, string>;
}
