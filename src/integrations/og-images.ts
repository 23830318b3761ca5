import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { publishedPages } from '../links/page-index.ts';
import { ogCardHash, ogCardHtml, ogCardOf, ogImageHref, ogImageSize, type OgCard } from '../lib/og-card.ts';
import { projectRoot } from '../lib/project-root.ts';
import { chromiumLaunchOptions, findChromium } from '../lib/chromium.ts';
import { basePath } from '../site.config.ts';

/** Rendered cards, one PNG per distinct card, named by content hash. Commit new files with the page. */
export const ogCacheDir = 'content/og-cache';

/**
 * Writes every page's Open Graph card to dist/og/<lang>/<path>.png after the build. Cards come from
 * content/og-cache/; only a card not seen before is rendered (by the system Chromium) and added to
 * the cache, so a build from a complete cache needs no browser and is byte-for-byte reproducible.
 */
export function ogImages(): AstroIntegration {
	return {
		name: 'og-images',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				const cards = publishedPages().map((page) => ({ page, card: ogCardOf(page) }));
				const missing = new Map<string, OgCard>();
				for (const { card } of cards) {
					const hash = ogCardHash(card);
					if (!existsSync(cachePath(hash))) missing.set(hash, card);
				}
				if (missing.size) {
					await renderCards(missing);
					logger.info(`rendered ${missing.size} new card(s) into ${ogCacheDir}/ (commit them)`);
				}
				for (const { page, card } of cards) {
					const target = join(outDir, ogImageHref(page.path, page.lang).slice(basePath.length + 1));
					mkdirSync(dirname(target), { recursive: true });
					copyFileSync(cachePath(ogCardHash(card)), target);
				}
				logger.info(`${cards.length} Open Graph image(s) written`);
			},
		},
	};
}

function cachePath(hash: string): string {
	return join(projectRoot, ogCacheDir, `${hash}.png`);
}

async function renderCards(cards: Map<string, OgCard>): Promise<void> {
	const executablePath = findChromium();
	if (!executablePath) {
		throw new Error(
			`${cards.size} Open Graph card(s) are not in ${ogCacheDir}/ and no Chromium was found to render them. Install Chromium (apt-get install chromium) or set CHROMIUM_PATH, then build again and commit the new files.`,
		);
	}
	const { chromium } = await import('playwright-core');
	const browser = await chromium.launch(chromiumLaunchOptions(executablePath));
	try {
		const page = await browser.newPage({ viewport: ogImageSize, deviceScaleFactor: 1 });
		mkdirSync(join(projectRoot, ogCacheDir), { recursive: true });
		for (const [hash, card] of cards) {
			await page.setContent(ogCardHtml(card));
			writeFileSync(cachePath(hash), await page.screenshot({ type: 'png' }));
		}
	} finally {
		await browser.close();
	}
}
