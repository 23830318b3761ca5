import en from '../../content/i18n/en.json' with { type: 'json' };
import id from '../../content/i18n/id.json' with { type: 'json' };
import type { Lang } from '../site.config.ts';

/** Site-specific UI strings, for build-time code that runs outside Astro's `locals.t` (Markdown plugins). */
const strings: Record<Lang, Record<string, string>> = { en, id };

export function uiString(lang: Lang, key: string, vars: Record<string, string> = {}): string {
	const template = strings[lang][key] ?? strings.en[key];
	if (template === undefined) throw new Error(`Missing UI string "${key}" in content/i18n/en.json.`);
	return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => vars[name] ?? '');
}
