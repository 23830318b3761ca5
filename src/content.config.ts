import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { uiStringsLoader } from './i18n/index.ts';
import { siteStringKeys, type SiteStringKey } from './i18n/index.ts';

/** Every page, in both languages: content/docs/ (English) and content/docs/id/ (Indonesian). */
const docs = defineCollection({
	loader: glob({ base: './content/docs', pattern: '**/[^_]*.mdx' }),
	schema: docsSchema({
		extend: z.object({
			description: z
				.string({ error: 'description is required: one or two sentences shown in search results and link cards' })
				.min(40, 'description is too short: write one or two full sentences (at least 40 characters)'),
			lastReviewed: z.coerce.date({
				error: 'lastReviewed is required: the date (YYYY-MM-DD) an editor last checked the page against its sources',
			}),
		}),
	}),
});

/**
 * Starlight's UI strings plus the site's own, in content/i18n/<lang>.json. Every `site.*` key of
 * en.json is required in each language, so a string missing from id.json fails the build.
 */
const siteStrings = Object.fromEntries(
	siteStringKeys.map((key) => [
		key,
		z
			.string({ error: 'missing: every site.* key of content/i18n/en.json is required in each language' })
			.min(1, 'empty: give the text in this language'),
	]),
) as Record<SiteStringKey, z.ZodString>;
const i18n = defineCollection({
	loader: uiStringsLoader(),
	schema: i18nSchema({ extend: z.object(siteStrings) }),
});

// The data in content/{sources,numbers,glossary,quotes,charts}/ is not a collection: the Markdown
// plugins and components read it with loadSiteData() and loadCharts() (src/references/, src/charts/),
// and in `astro dev` a change to it reloads the pages (src/references/data-reload.ts).
export const collections = { docs, i18n };
