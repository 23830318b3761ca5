import type { AstroIntegration } from 'astro';
import { publishedPages } from '../content-index/index.ts';
import { readLinkAliases } from './aliases.ts';
import { readShortLinks, shortLinkProblems } from './shortlinks.ts';
import { aliasProblems, manifestProblems, readLinkManifest } from './manifest.ts';
import { catalogProblems, type KnownIds } from '../content-index/index.ts';
import { AstroError } from 'astro/errors';
import { figureSectionProblems, type FigureSectionEntry } from './figure-sections.ts';

/**
 * Keeps links on slides working. Before every build it checks that every page has its twin in the
 * other language with the same sections, diagrams, charts and figures (src/content-index/locale-twins.ts),
 * that short links point at pages and sections that exist, and that no published page or section
 * id (content/link-manifest.json) vanished without a redirect or alias.
 * Mistakes on a page (a duplicate heading id, an unknown <Num> or <Chart> id) are reported first, as the
 * cause, before the twin differences they lead to; all problems go in one message.
 * A build stops on any problem (AstroError with a hint, which the dev overlay shows without a stack
 * trace); `astro dev` only warns, so half-translated drafts can be previewed.
 * Every key number and chart names the section that explains it (figure-sections.ts).
 * It also turns moved pages (content/link-aliases.yaml) into redirects in both languages.
 */
export function linkIntegrity(
	options: { knownIds?: () => KnownIds; figureSections?: () => FigureSectionEntry[] } = {},
): AstroIntegration {
	return {
		name: 'link-integrity',
		hooks: {
			'astro:config:setup': ({ command, config, updateConfig, logger }) => {
				const pages = publishedPages();
				const aliases = readLinkAliases();
				const problems = [
					...catalogProblems(pages, options.knownIds?.()),
					...aliasProblems(aliases, pages),
					...manifestProblems(readLinkManifest(), pages, aliases),
					...shortLinkProblems(readShortLinks(), pages),
					...figureSectionProblems(options.figureSections?.() ?? [], pages),
				];
				if (problems.length) {
					const report = `${problems.length} link problem(s):\n${problems.map((p) => `- ${p}`).join('\n')}`;
					if (command === 'build')
						throw new AstroError(
							report,
							'Fix the problems in the order listed: a heading id used twice or an unknown <Num>/<Chart> id comes first, and the twin differences after it may be its consequences.',
						);
					logger.warn(report);
				}
				// Astro serves a redirect from under the base path but sends the reader to the destination as written.
				const base = config.base.replace(/\/$/, '');
				const redirects: Record<string, string> = {};
				for (const { path, movedTo } of aliases) {
					if (!movedTo) continue;
					redirects[path] = `${base}${movedTo}`;
					redirects[`/id${path}`] = `${base}/id${movedTo}`;
				}
				if (Object.keys(redirects).length) updateConfig({ redirects });
			},
		},
	};
}
