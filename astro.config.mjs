// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import { siteUrl, basePath, locales, siteTitle } from './src/site.config.ts';
import { deploymentSettings } from './src/deployment-settings.ts';
import { sidebar } from './src/navigation/sidebar.ts';
import { isShortLinkUrl } from './src/lib/site-urls.ts';
import { contentSecurityPolicy, cspInlineScriptHashes } from './src/security/index.ts';
import { localeTwins } from './src/i18n/index.ts';
import { citations, glossaryTerms } from './src/references/index.ts';
import { mermaidDiagrams, diagrams } from './src/diagrams/index.ts';
import { chartBlocks, charts } from './src/charts/index.ts';
import { responsiveTables } from './src/tables/index.ts';
import { ogImages, ogRouteMiddleware } from './src/og/index.ts';
import {
	requireExplicitHeadingIds,
	headingAnchors,
	basePathLinks,
	linkIntegrity,
	internalLinkCheck,
	shortLinksDev,
} from './src/links/index.ts';

export default defineConfig({
	site: siteUrl,
	base: basePath || '/',
	trailingSlash: 'always',
	// Per-page CSP <meta> with hashed scripts (src/security/policy.ts); public/_headers ships the same policy.
	security: { csp: contentSecurityPolicy },
	markdown: {
		// Sätteri (Astro 7's native engine): our transforms are Sätteri plugins, not remark/rehype.
		processor: satteri({
			features: { headingAttributes: true },
			mdastPlugins: [citations, glossaryTerms, mermaidDiagrams, chartBlocks],
			hastPlugins: [requireExplicitHeadingIds, headingAnchors, basePathLinks, responsiveTables],
		}),
	},
	integrations: [
		starlight({
			title: siteTitle,
			description:
				'How much it costs to build and run AI models, what brings the cost down, and what it means for companies.',
			defaultLocale: 'root',
			locales,
			sidebar,
			// Our own heading anchors (locale-aware labels, copy-link button) replace Starlight's.
			markdown: { headingLinks: false },
			customCss: [
				'./src/styles/site.css',
				'./src/styles/citations.css',
				'./src/styles/glossary-terms.css',
				'./src/styles/section-links.css',
				'./src/styles/diagrams.css',
				'./src/styles/tables.css',
				'./src/styles/charts.css',
			],
			components: {
				LastUpdated: './src/components/LastReviewed.astro',
				PageTitle: './src/components/PageTitle.astro',
				EditLink: './src/components/PageFeedback.astro',
				Search: './src/components/Search.astro',
				MarkdownContent: './src/components/MarkdownContent.astro',
			},
			// Adds each page's Open Graph card (og:image) to its head.
			routeMiddleware: [ogRouteMiddleware, './src/links/hero-links-base-path.ts', './src/home/hero-picture-route.ts'],
			pagination: true,
			// src/pages/404.astro: one page in both languages, with the closest short links for a mistyped /go/ key.
			disable404Route: true,
			credits: false,
		}),
		deploymentSettings(),
		localeTwins(),
		diagrams(),
		charts(),
		linkIntegrity(),
		ogImages(),
		shortLinksDev(),
		// Starlight's sitemap, minus the short-link redirect pages (/go/…), which are noindex.
		sitemap({
			i18n: { defaultLocale: 'root', locales: { root: 'en', id: 'id' } },
			filter: (page) => !isShortLinkUrl(page),
		}),
		// Last: these read (and the first completes) the final HTML written by the integrations above.
		cspInlineScriptHashes(),
		internalLinkCheck({ basePath, siteUrl }),
	],
});
