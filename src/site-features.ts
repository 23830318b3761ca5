import type { AstroIntegration } from 'astro';
import type { StarlightPlugin } from '@astrojs/starlight/types';
import sitemap from '@astrojs/sitemap';
import type { HastPluginEntry, MdastPluginEntry } from 'satteri';
import { basePath, siteUrl } from './site.config.ts';
import { deploymentSettings } from './deployment-settings.ts';
import { isShortLinkUrl } from './lib/site-urls.ts';
import { cspInlineScriptHashes } from './security/index.ts';
import { citations, dataPlacement, dataReload, glossaryTerms, loadSiteData } from './references/index.ts';
import { mermaidDiagrams, diagrams } from './diagrams/index.ts';
import { chartBlocks, charts, loadCharts } from './charts/index.ts';
import { decks } from './decks/index.ts';
import { responsiveTables } from './tables/index.ts';
import { ogImages, ogRouteMiddleware } from './og/index.ts';
import {
	requireExplicitHeadingIds,
	headingAnchors,
	basePathLinks,
	linkIntegrity,
	internalLinkCheck,
	shortLinksDev,
	hostRedirects,
} from './links/index.ts';

/**
 * What this site adds to Starlight, one feature at a time: each names its styles, component
 * overrides, route middleware, Markdown plugins and build steps. astro.config.mjs takes the Markdown
 * plugins for its processor and the rest as one Starlight plugin.
 */
interface SiteFeature {
	/** for whoever reads this list */
	name: string;
	/** stylesheets, added to Starlight's customCss in list order */
	css?: string[];
	/** Starlight component overrides (module paths) */
	components?: Record<string, string>;
	/** Starlight route middleware (module paths), in list order */
	routeMiddleware?: string[];
	/** Sätteri plugins over the Markdown tree and over the HTML tree, in list order */
	mdastPlugins?: MdastPluginEntry[];
	hastPlugins?: HastPluginEntry[];
	/** Astro integrations */
	integrations?: AstroIntegration[];
	/** integrations that read or rewrite the final HTML: they run after every other feature's */
	finalHtml?: AstroIntegration[];
}

const features: SiteFeature[] = [
	{
		name: 'Page furniture: review date, reading time, report-an-error and edit links, accessible search',
		css: ['./src/styles/site.css'],
		components: {
			LastUpdated: './src/components/LastReviewed.astro',
			PageTitle: './src/components/PageTitle.astro',
			EditLink: './src/components/PageFeedback.astro',
			Search: './src/components/Search.astro',
			MarkdownContent: './src/components/MarkdownContent.astro',
		},
		integrations: [deploymentSettings()],
	},
	{
		name: 'Content-Security-Policy hashes for inline scripts',
		finalHtml: [cspInlineScriptHashes()],
	},
	{
		name: 'Citations, key numbers and glossary terms from content/ data',
		css: ['./src/styles/citations.css', './src/styles/glossary-terms.css', './src/styles/popovers.css'],
		mdastPlugins: [citations, glossaryTerms],
		integrations: [
			dataReload(),
			dataPlacement({
				chartNumbers: () =>
					new Map(
						[...loadCharts().values()].map((chart) => [
							chart.id,
							chart.series.flatMap((s) => s.points.flatMap((p) => p.number ?? [])),
						]),
					),
			}),
		],
	},
	{
		name: 'Links that keep working: section ids and anchors, aliases, short links, no broken links',
		css: ['./src/styles/section-links.css'],
		hastPlugins: [requireExplicitHeadingIds, headingAnchors, basePathLinks],
		routeMiddleware: ['./src/links/hero-links-base-path.ts'],
		integrations: [
			linkIntegrity({
				knownIds: () => ({ figures: new Set(loadSiteData().numbers.keys()), charts: new Set(loadCharts().keys()) }),
				figureSections: () => [
					...[...loadSiteData().numbers.values()].map(({ id, file, line, data }) => ({
						kind: 'number' as const,
						id,
						file,
						line,
						section: data.section,
					})),
					...[...loadCharts().values()].map(({ id, file, line, section }) => ({
						kind: 'chart' as const,
						id,
						file,
						line,
						section,
					})),
				],
			}),
			shortLinksDev(),
			hostRedirects(),
			// Starlight's sitemap, minus the short-link redirect pages (/go/…), which are noindex, and the Indonesian 404 page.
			sitemap({
				i18n: { defaultLocale: 'root', locales: { root: 'en', id: 'id' } },
				filter: (page) => !isShortLinkUrl(page) && !/\/404\/$/.test(page),
			}),
		],
		finalHtml: [internalLinkCheck({ basePath, siteUrl })],
	},
	{
		name: 'Mermaid diagrams rendered at build time, with downloads',
		css: ['./src/styles/diagrams.css'],
		mdastPlugins: [mermaidDiagrams],
		integrations: [diagrams()],
	},
	{
		name: 'Tables that scroll or stack on a phone',
		css: ['./src/styles/tables.css'],
		hastPlugins: [responsiveTables],
	},
	{
		name: 'Data charts rendered at build time, with downloads',
		css: ['./src/styles/charts.css'],
		mdastPlugins: [chartBlocks],
		integrations: [charts()],
	},
	{
		name: 'PowerPoint decks (a board briefing and one per track) and the slide kit deck builder',
		integrations: [decks()],
	},
	{
		name: 'Open Graph cards',
		routeMiddleware: [ogRouteMiddleware],
		integrations: [ogImages()],
	},
	{
		name: 'The home page picture',
		routeMiddleware: ['./src/home/hero-picture-route.ts'],
	},
];

/** The Sätteri plugins of every feature, for `satteri({ ...markdownPlugins })`. */
export const markdownPlugins = {
	mdastPlugins: features.flatMap((f) => f.mdastPlugins ?? []),
	hastPlugins: features.flatMap((f) => f.hastPlugins ?? []),
};

/** Everything else every feature adds, as one Starlight plugin. */
export function siteFeatures(): StarlightPlugin {
	return {
		name: 'ai-cost-explainer-features',
		hooks: {
			'config:setup'({ config, updateConfig, addRouteMiddleware, addIntegration }) {
				updateConfig({
					customCss: [...(config.customCss ?? []), ...features.flatMap((f) => f.css ?? [])],
					components: { ...config.components, ...Object.assign({}, ...features.map((f) => f.components ?? {})) },
					// Our own heading anchors (locale-aware labels, copy-link button) replace Starlight's.
					markdown: { ...config.markdown, headingLinks: false },
				});
				for (const entrypoint of features.flatMap((f) => f.routeMiddleware ?? [])) addRouteMiddleware({ entrypoint });
				for (const integration of features.flatMap((f) => f.integrations ?? [])) addIntegration(integration);
				for (const integration of features.flatMap((f) => f.finalHtml ?? [])) addIntegration(integration);
			},
		},
	};
}
