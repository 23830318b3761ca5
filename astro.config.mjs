// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { satteri } from '@astrojs/markdown-satteri';
import { siteUrl, basePath, locales } from './src/site.config.ts';
import { sidebar } from './src/sidebar.ts';
import { requireExplicitHeadingIds } from './src/plugins/require-explicit-heading-ids.ts';
import { headingAnchors } from './src/plugins/heading-anchors.ts';
import { basePathLinks } from './src/plugins/base-path-links.ts';
import { responsiveTables } from './src/plugins/responsive-tables.ts';
import { internalLinkCheck } from './src/integrations/internal-link-check.ts';
import { localeTwins } from './src/integrations/locale-twins.ts';
import { cspInlineScriptHashes } from './src/integrations/csp-inline-script-hashes.ts';
import { contentSecurityPolicy } from './src/security-policy.ts';
import { citations } from './src/plugins/citations.ts';
import { glossaryTerms } from './src/plugins/glossary-terms.ts';
import { mermaidDiagrams } from './src/plugins/mermaid-diagrams.ts';
import { diagrams } from './src/integrations/diagrams.ts';
import { chartBlocks, charts } from './src/charts/index.ts';
import sitemap from '@astrojs/sitemap';
import { linkIntegrity } from './src/integrations/link-integrity.ts';
import { ogImages, ogRouteMiddleware } from './src/og/index.ts';
import { slideKitDiagrams } from './src/integrations/slide-kit-diagrams.ts';
import { shortLinksDev } from './src/integrations/short-links-dev.ts';
import { isShortLinkUrl } from './src/lib/site-urls.ts';
import { deploymentSettings } from './src/integrations/deployment-settings.ts';

export default defineConfig({
	site: siteUrl,
	base: basePath || '/',
	trailingSlash: 'always',
	// Per-page CSP <meta> with hashed scripts (src/security-policy.ts); public/_headers ships the same policy.
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
			title: { en: 'What AI Costs', id: 'Berapa Biaya AI' },
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
			routeMiddleware: [
				ogRouteMiddleware,
				'./src/route-data/hero-links-base-path.ts',
				'./src/route-data/home-hero-picture.ts',
			],
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
		slideKitDiagrams(),
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
