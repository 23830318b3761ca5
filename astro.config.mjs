// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { satteri } from '@astrojs/markdown-satteri';
import { siteUrl, basePath, locales, siteTitle } from './src/site.config.ts';
import { sidebar } from './src/navigation/sidebar.ts';
import { contentSecurityPolicy } from './src/security/index.ts';
import { markdownPlugins, siteFeatures } from './src/site-features.ts';

export default defineConfig({
	site: siteUrl,
	base: basePath || '/',
	trailingSlash: 'always',
	// Per-page CSP <meta> with hashed scripts (src/security/policy.ts); public/_headers ships the same policy.
	security: { csp: contentSecurityPolicy },
	markdown: {
		// Sätteri (Astro 7's native engine): each feature's transforms are Sätteri plugins (src/site-features.ts).
		processor: satteri({ features: { headingAttributes: true }, ...markdownPlugins }),
	},
	integrations: [
		starlight({
			title: siteTitle,
			description:
				'How much it costs to build and run AI models, what brings the cost down, and what it means for companies.',
			defaultLocale: 'root',
			locales,
			sidebar,
			pagination: true,
			// src/pages/404.astro: one page in both languages, with the closest short links for a mistyped /go/ key.
			disable404Route: true,
			credits: false,
			// Styles, components, route middleware and build steps of every feature: src/site-features.ts.
			plugins: [siteFeatures()],
		}),
	],
});
