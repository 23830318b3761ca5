import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { projectRoot } from '../lib/project-root.ts';
import type { OgCard } from './card.ts';

/**
 * Rendered cards kept between builds in node_modules/.cache/og-cards/ (never committed), keyed by the
 * card's text and the renderer's own source, so a rebuild only draws cards whose title changed. A
 * fresh clone renders every card once; the bytes are the same either way.
 */
export interface CachedCard {
	png: Buffer;
	titleLines: number;
	missingGlyphs: string[];
}

const cacheDir = join(projectRoot, 'node_modules/.cache/og-cards');
const rendererFiles = ['card.ts', 'render-card.ts', '../figures/fonts.ts', '../figures/raster.ts'];

let rendererKey: string | undefined;
function cardKey(card: OgCard): string {
	rendererKey ??= createHash('sha256')
		.update(rendererFiles.map((f) => readFileSync(fileURLToPath(new URL(f, import.meta.url)), 'utf8')).join('\0'))
		.digest('hex');
	return createHash('sha256').update(rendererKey).update(JSON.stringify(card)).digest('hex').slice(0, 32);
}

export function readCachedCard(card: OgCard): CachedCard | undefined {
	const base = join(cacheDir, cardKey(card));
	if (!existsSync(`${base}.png`) || !existsSync(`${base}.json`)) return undefined;
	const meta = JSON.parse(readFileSync(`${base}.json`, 'utf8')) as Omit<CachedCard, 'png'>;
	return { ...meta, png: readFileSync(`${base}.png`) };
}

export function writeCachedCard(card: OgCard, { png, ...meta }: CachedCard): void {
	if (!existsSync(join(projectRoot, 'node_modules'))) return;
	mkdirSync(cacheDir, { recursive: true });
	const base = join(cacheDir, cardKey(card));
	// write-then-rename: a build running in parallel never reads half a file
	writeFileSync(`${base}.png.tmp`, png);
	renameSync(`${base}.png.tmp`, `${base}.png`);
	writeFileSync(`${base}.json`, JSON.stringify(meta));
}
