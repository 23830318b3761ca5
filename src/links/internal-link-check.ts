import { existsSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { describeBrokenLinks, findBrokenLinks } from './internal-links.ts';

/**
 * Fails `astro build` when a built page links to a page that does not exist or to a `#section`
 * the target page lacks, naming the page and the link. The output folder is removed first, so a
 * failed build leaves nothing that could be deployed by mistake.
 */
export function internalLinkCheck({ basePath, siteUrl }: { basePath: string; siteUrl: string }): AstroIntegration {
	return {
		name: 'internal-link-check',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				const broken = findBrokenLinks(outDir, { basePath, siteUrl, scope: 'pages' });
				if (broken.length === 0) {
					logger.info('every internal link and #anchor resolves');
					return;
				}
				rmSync(outDir, { recursive: true, force: true });
				throw new Error(
					`${broken.length} broken internal link(s); fix the link or the target (the build output was removed):\n` +
						describeBrokenLinks(broken, sourceOfBuiltPage),
				);
			},
		},
	};
}

/** "id/about/index.html" → "content/docs/id/about.mdx (/id/about/)", for authors to find the file. */
function sourceOfBuiltPage(file: string): string {
	const route = file.replace(/(^|\/)index\.html$/, '');
	const url = `/${route ? `${route}/` : ''}`;
	const candidates = route
		? [`content/docs/${route}.mdx`, `content/docs/${route}/index.mdx`]
		: ['content/docs/index.mdx'];
	const source = candidates.find((c) => existsSync(fileURLToPath(new URL(`../../${c}`, import.meta.url))));
	return source ? `${source} (${url})` : `${file} (${url})`;
}
