// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { satteri } from '@astrojs/markdown-satteri';
import { siteUrl, basePath, locales } from './src/site.config.ts';
import { sidebar } from './src/sidebar.ts';
import { requireExplicitHeadingIds } from './src/plugins/require-explicit-heading-ids.ts';
import { headingAnchors } from './src/plugins/heading-anchors.ts';
import { basePathLinks } from './src/plugins/base-path-links.ts';
import { mermaidDiagrams } from './src/plugins/mermaid-diagrams.ts';
import { diagrams } from './src/integrations/diagrams.ts';
import { internalLinkCheck } from './src/integrations/internal-link-check.ts';
import { localeTwins } from './src/integrations/locale-twins.ts';
import { cspInlineScriptHashes } from './src/integrations/csp-inline-script-hashes.ts';
import { contentSecurityPolicy } from './src/security-policy.ts';

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
			mdastPlugins: [mermaidDiagrams],
			hastPlugins: [requireExplicitHeadingIds, headingAnchors, basePathLinks],
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
			customCss: ['./src/styles/site.css', './src/styles/diagrams.css'],
			components: {
				Search: './src/components/Search.astro',
			},
			pagination: true,
			credits: false,
		}),
		localeTwins(),
		diagrams(),
		cspInlineScriptHashes(),
		internalLinkCheck({ basePath, siteUrl }),
	],
});
