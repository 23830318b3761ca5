import type { AstroIntegration } from 'astro';
import { publishedPages, type Page } from '../content-index/index.ts';
import { loadSiteData } from './site-data.ts';

/**
 * Data files are named after the page they serve: content/numbers/<track>/<page>.yaml holds the
 * figures of /<track>/<page>/, content/numbers/shared.yaml those several pages use. A figure in a
 * page's file that the page does not use, but another page does, is in the wrong file: the build
 * warns and names the file it belongs in. (A figure no page uses yet is left alone: it may be
 * waiting for its page.)
 */
export function misplacedNumbers(
	pages: readonly Page[],
	numbers: ReadonlyMap<string, { file: string; line: number }>,
	chartNumbers: ReadonlyMap<string, readonly string[]> = new Map(),
): string[] {
	const users = new Map<string, Set<string>>();
	for (const page of pages) {
		if (page.lang !== 'en') continue;
		const ids = [...page.figures, ...page.charts.flatMap((chart) => chartNumbers.get(chart) ?? [])];
		for (const id of ids) (users.get(id) ?? users.set(id, new Set()).get(id)!).add(page.path);
	}
	const pageOfFile = (file: string) => /^content\/numbers\/([a-z0-9-]+\/[a-z0-9-]+)\.yaml$/.exec(file)?.[1];
	const warnings: string[] = [];
	for (const [id, entry] of numbers) {
		const page = pageOfFile(entry.file);
		const usedOn = [...(users.get(id) ?? [])].sort();
		if (!page || usedOn.length === 0 || usedOn.includes(`/${page}/`)) continue;
		const belongs =
			usedOn.length > 1 ? 'content/numbers/shared.yaml' : `content/numbers${usedOn[0]!.replace(/\/$/, '')}.yaml`;
		warnings.push(
			`${entry.file}:${entry.line}: "${id}" is not used on /${page}/ but on ${usedOn.join(', ')}: move it to ${belongs}.`,
		);
	}
	return warnings;
}

/** Warns at the start of a build or dev server about figures in the wrong data file (misplacedNumbers). */
export function dataPlacement(
	options: { chartNumbers?: () => ReadonlyMap<string, readonly string[]> } = {},
): AstroIntegration {
	return {
		name: 'data-placement',
		hooks: {
			'astro:config:setup': ({ logger }) => {
				const warnings = misplacedNumbers(publishedPages(), loadSiteData().numbers, options.chartNumbers?.());
				for (const warning of warnings) logger.warn(warning);
			},
		},
	};
}
