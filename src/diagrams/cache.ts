import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { docsDir } from '../lib/content-files.ts';
import { themeFingerprint } from './theme.ts';
import { narrowCandidates, pageLayout, phoneFitWidth, slideCandidates } from './layouts.ts';
import { slideArea } from './slide-frame.ts';

/**
 * Rendered diagrams live in the repository (content/diagram-cache/), so a fresh clone builds
 * without a browser. An entry is one file per layout (layouts.ts), all with sentinel colours (see
 * theme.ts): `<id>-<key>.svg` and its 2× light PNG `<id>-<key>.png` (the page layout),
 * `<id>-<key>.narrow.svg` (phones), `<id>-<key>.slide.svg` and `<id>-<key>.slide.png` (16:9 slides).
 * The key hashes everything that decides those bytes.
 */

export const diagramCacheDir = resolve(docsDir, '../diagram-cache');

/** Bump when the post-processing in mermaid-renderer.ts changes what an entry holds. */
const entryFormat = 3;

export const mermaidVersion: string = JSON.parse(
	readFileSync(createRequire(import.meta.url).resolve('mermaid/package.json'), 'utf8'),
).version;

export interface CacheEntry {
	key: string;
	/** File names (no directory) of the entry's files. */
	svgFile: string;
	pngFile: string;
	narrowSvgFile: string;
	slideSvgFile: string;
	slidePngFile: string;
	/** All five. */
	files: string[];
}

/** What an entry holds: each layout's SVG (sentinel colours), and 2× light PNGs of two of them. */
export interface CachedLayouts {
	svg: string;
	png: Buffer;
	narrowSvg: string;
	slideSvg: string;
	slidePng: Buffer;
}

export function cacheEntry(diagram: { id: string; source: string }): CacheEntry {
	const key = createHash('sha256')
		.update(
			JSON.stringify({
				format: entryFormat,
				mermaid: mermaidVersion,
				theme: themeFingerprint(),
				layouts: { pageLayout, narrowCandidates, slideCandidates, phoneFitWidth, slideArea },
				id: diagram.id,
				source: diagram.source,
			}),
		)
		.digest('hex')
		.slice(0, 16);
	const base = `${diagram.id}-${key}`;
	const files = {
		svgFile: `${base}.svg`,
		pngFile: `${base}.png`,
		narrowSvgFile: `${base}.narrow.svg`,
		slideSvgFile: `${base}.slide.svg`,
		slidePngFile: `${base}.slide.png`,
	};
	return { key, ...files, files: Object.values(files) };
}

export function readCacheEntry(entry: CacheEntry): CachedLayouts | undefined {
	if (!entry.files.every((file) => existsSync(join(diagramCacheDir, file)))) return undefined;
	const text = (file: string) => readFileSync(join(diagramCacheDir, file), 'utf8');
	const bytes = (file: string) => readFileSync(join(diagramCacheDir, file));
	return {
		svg: text(entry.svgFile),
		png: bytes(entry.pngFile),
		narrowSvg: text(entry.narrowSvgFile),
		slideSvg: text(entry.slideSvgFile),
		slidePng: bytes(entry.slidePngFile),
	};
}

/** Writes every file through a temp name, the page SVG last, so an interrupted render leaves no partial entry. */
export function writeCacheEntry(entry: CacheEntry, rendered: CachedLayouts): void {
	mkdirSync(diagramCacheDir, { recursive: true });
	for (const [file, bytes] of [
		[entry.pngFile, rendered.png],
		[entry.narrowSvgFile, rendered.narrowSvg],
		[entry.slideSvgFile, rendered.slideSvg],
		[entry.slidePngFile, rendered.slidePng],
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
