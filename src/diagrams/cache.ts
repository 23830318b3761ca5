import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { docsDir } from '../lib/content-files.ts';
import { themeFingerprint } from './theme.ts';

/**
 * Rendered diagrams live in the repository (content/diagram-cache/), so a fresh clone builds
 * without a browser. An entry is `<id>-<key>.svg` (sentinel colours, see theme.ts) plus
 * `<id>-<key>.png` (2×, light theme); the key hashes everything that decides those bytes.
 */

export const diagramCacheDir = resolve(docsDir, '../diagram-cache');

/** Bump when the post-processing in mermaid-renderer.ts changes what an entry holds. */
const entryFormat = 1;

export const mermaidVersion: string = JSON.parse(
	readFileSync(createRequire(import.meta.url).resolve('mermaid/package.json'), 'utf8'),
).version;

export interface CacheEntry {
	key: string;
	/** File names (no directory) of the two files. */
	svgFile: string;
	pngFile: string;
}

export function cacheEntry(diagram: { id: string; source: string }): CacheEntry {
	const key = createHash('sha256')
		.update(
			JSON.stringify({
				format: entryFormat,
				mermaid: mermaidVersion,
				theme: themeFingerprint(),
				id: diagram.id,
				source: diagram.source,
			}),
		)
		.digest('hex')
		.slice(0, 16);
	const base = `${diagram.id}-${key}`;
	return { key, svgFile: `${base}.svg`, pngFile: `${base}.png` };
}

export function readCacheEntry(entry: CacheEntry): { svg: string; png: Buffer } | undefined {
	const svgPath = join(diagramCacheDir, entry.svgFile);
	const pngPath = join(diagramCacheDir, entry.pngFile);
	if (!existsSync(svgPath) || !existsSync(pngPath)) return undefined;
	return { svg: readFileSync(svgPath, 'utf8'), png: readFileSync(pngPath) };
}

/** Writes both files, each through a temp name, so an interrupted render leaves no partial entry. */
export function writeCacheEntry(entry: CacheEntry, rendered: { svg: string; png: Buffer }): void {
	mkdirSync(diagramCacheDir, { recursive: true });
	for (const [file, bytes] of [
		[entry.pngFile, rendered.png],
		[entry.svgFile, rendered.svg],
	] as const) {
		const target = join(diagramCacheDir, file);
		const temp = `${target}.${process.pid}.tmp`;
		writeFileSync(temp, bytes);
		renameSync(temp, target);
	}
}

/** Every file in the cache folder. */
export function cachedFiles(): string[] {
	return existsSync(diagramCacheDir) ? readdirSync(diagramCacheDir).sort() : [];
}
