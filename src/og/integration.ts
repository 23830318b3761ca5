import { mkdir, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { publishedPages, type Page } from '../content-index/index.ts';
import { basePath } from '../site.config.ts';
import { ogCardOf, ogImageHref, ogTitleLines, type OgCard } from './card.ts';
import { readCachedCard, writeCachedCard, type CachedCard } from './card-cache.ts';

/**
 * Writes every published page's Open Graph card to dist/og/<lang>/<path>.png after the build,
 * rendering each distinct card once. Warns (naming the page) when a title is cut off on its card.
 */
export function ogImages(): AstroIntegration {
	return {
		name: 'og-images',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const cpuStarted = process.cpuUsage();
				const outDir = fileURLToPath(dir);
				// Loaded on first use, not at config time: satori takes a moment to load and only a build with new cards needs it.
				const draw = async (card: OgCard): Promise<CachedCard> => {
					const { ogCardSvg, svgToPng } = await import('./render-card.ts');
					const { svg, titleLines, missingGlyphs } = await ogCardSvg(card);
					const drawn = { png: await svgToPng(svg), titleLines, missingGlyphs };
					writeCachedCard(card, drawn);
					rendered++;
					return drawn;
				};
				let rendered = 0;
				const byCard = new Map<string, { card: OgCard; pages: Page[] }>();
				for (const page of publishedPages()) {
					const card = ogCardOf(page);
					const key = JSON.stringify(card);
					const entry = byCard.get(key) ?? byCard.set(key, { card, pages: [] }).get(key)!;
					entry.pages.push(page);
				}
				let bytes = 0;
				let pageCount = 0;
				await inParallel([...byCard.values()], async ({ card, pages }) => {
					const { png, titleLines, missingGlyphs } = readCachedCard(card) ?? (await draw(card));
					const files = pages.map((p) => p.file).join(', ');
					if (titleLines > ogTitleLines) {
						logger.warn(
							`${files}: the title takes ${titleLines} lines on the Open Graph card, which shows ${ogTitleLines}; shorten it (about 90 characters fit).`,
						);
					}
					if (missingGlyphs.length) {
						logger.warn(
							`${files}: the Open Graph card cannot draw ${missingGlyphs.map((t) => `"${t}"`).join(', ')} (not in DejaVu Sans); leave it out of the title.`,
						);
					}
					for (const page of pages) {
						const target = join(outDir, ogImageHref(page.path, page.lang).slice(basePath.length + 1));
						await mkdir(dirname(target), { recursive: true });
						await writeFile(target, png);
						bytes += png.length;
						pageCount++;
					}
				});
				const ms = Math.round(performance.now() - started);
				const cpu = process.cpuUsage(cpuStarted);
				const cpuMs = Math.round((cpu.user + cpu.system) / 1000); // all threads: satori here, resvg in the pool
				logger.info(
					`${pageCount} Open Graph card(s) written, ${rendered} of ${byCard.size} drawn (the rest from node_modules/.cache/og-cards/), ${Math.round(bytes / 1024)} KB in ${ms} ms (${cpuMs} ms CPU)`,
				);
			},
		},
	};
}

/** Runs `task` over `items`, a few at a time: satori lays out on this thread while resvg rasterises on others. */
async function inParallel<T>(items: T[], task: (item: T) => Promise<void>): Promise<void> {
	let next = 0;
	const worker = async () => {
		while (next < items.length) await task(items[next++]!);
	};
	await Promise.all(Array.from({ length: Math.max(2, availableParallelism()) }, worker));
}
