import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';

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

/** Starlight's UI strings plus the site's own, in content/i18n/<lang>.json. */
const i18n = defineCollection({
	loader: glob({ base: './content/i18n', pattern: '*.json' }),
	schema: i18nSchema({
		extend: z
			.object({
				'site.copyLink': z.string(),
				'site.linkCopied': z.string(),
				'site.sources': z.string(),
				'site.lastReviewed': z.string(),
				'site.keyTakeaways': z.string(),
				'site.furtherReading': z.string(),
			})
			.partial(),
	}),
});

export const collections = { docs, i18n };
