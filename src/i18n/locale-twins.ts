import type { AstroIntegration } from 'astro';
import { docsDir } from '../lib/content-files.ts';
import { listPageFiles } from '../content-index/index.ts';

/**
 * Every page exists in both languages at the same relative path (content/docs/x.mdx and
 * content/docs/id/x.mdx): the language switcher, hreflang links and shared section ids rely on it.
 * Checked when a build starts, so a missing twin fails the build before anything is written.
 */
export function localeTwins(): AstroIntegration {
	return {
		name: 'locale-twins',
		hooks: {
			'astro:build:start': ({ logger }) => {
				const problems = findMissingTwins();
				if (problems.length > 0) {
					throw new Error(`${problems.length} page(s) lack their other-language twin:\n${problems.join('\n')}`);
				}
				logger.info('every page exists in English and Indonesian');
			},
		},
	};
}

export function findMissingTwins(root = docsDir): string[] {
	const pages = listPageFiles(root);
	const english = new Set(pages.filter((p) => !p.startsWith('id/')));
	const indonesian = new Set(pages.filter((p) => p.startsWith('id/')).map((p) => p.slice('id/'.length)));
	return [
		...[...english]
			.filter((p) => !indonesian.has(p))
			.map((p) => `  content/docs/${p} has no Indonesian twin: add content/docs/id/${p}`),
		...[...indonesian]
			.filter((p) => !english.has(p))
			.map((p) => `  content/docs/id/${p} has no English twin: add content/docs/${p}`),
	];
}
