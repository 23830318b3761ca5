import { join } from 'node:path';
import { codeFences, listPageFiles, pageTree } from '../content-index/index.ts';
import { docsDir, langOfPage, projectRelative } from '../lib/content-files.ts';
import { cacheEntry, type CacheEntry } from './cache.ts';
import { DiagramAuthoringError, DiagramIdRegistry, readDiagramBlock, type DiagramBlock } from './source.ts';
import { basePath, type Lang } from '../site.config.ts';
import { langs, localeDir } from '../lib/locale.ts';

/**
 * Every diagram on the site, read from the MDX sources the way the build reads them (same parser,
 * same checks). This is the list the slide kit, `npm run diagrams` and the download files use.
 */

export interface DiagramInfo {
	id: string;
	lang: Lang;
	/** accTitle */
	title: string;
	/** accDescr */
	description: string;
	page: {
		/** Starlight slug: "about", "id/about", "" for the English home page */
		slug: string;
		/** Site path with base path and trailing slash: "/about/", "/id/about/" */
		url: string;
		/** Source file and the line of the diagram's fence */
		file: string;
		line: number;
	};
	/** Fragment that links to the figure on its page: `${page.url}#${anchor}` */
	anchor: string;
	/** Site paths (base path included) of the standalone light-theme SVG, the 2× PNG and the 1920×1080 slide */
	downloads: { svg: string; png: string; 'slide-svg': string; 'slide-png': string };
	/** The Mermaid source and its entry in content/diagram-cache/ */
	source: string;
	cache: CacheEntry;
}

/** The downloads of a diagram: its page layout as SVG and 2× PNG, and its 16:9 slide as SVG and PNG. */
export const diagramDownloads = ['svg', 'png', 'slide.svg', 'slide.png'] as const;
export type DiagramDownload = (typeof diagramDownloads)[number];

/** Site path of a diagram's download: /diagrams/<id>.svg, /id/diagrams/<id>.png, /diagrams/<id>-slide.png … */
export function diagramDownloadPath(lang: Lang, id: string, format: DiagramDownload): string {
	return `${basePath}/${diagramDownloadFile(lang, id, format)}`;
}

/** The same path relative to dist/ (no base path: the host mounts dist/ at the base). */
export function diagramDownloadFile(lang: Lang, id: string, format: DiagramDownload): string {
	return `${localeDir(lang)}diagrams/${id}${format.startsWith('slide.') ? '-' : '.'}${format}`;
}

export function diagramAnchor(id: string): string {
	return `diagram-${id}`;
}

/** Every diagram, sorted by language, page and position. Throws DiagramAuthoringError like the build. */
export function listDiagrams(): DiagramInfo[] {
	const { diagrams, problems } = collectDiagrams();
	if (problems.length) throw new DiagramAuthoringError(problems.join('\n'));
	return diagrams;
}

/** The diagrams that read cleanly, and one "file:line: what to fix" line per one that does not. */
export function collectDiagrams(): { diagrams: DiagramInfo[]; problems: string[] } {
	const registry = new DiagramIdRegistry();
	const diagrams: DiagramInfo[] = [];
	const problems: string[] = [];
	for (const docsPath of pageFiles()) {
		const path = join(docsDir, docsPath);
		const file = projectRelative(path);
		const lang = langOfPage(docsPath);
		// the page index parsed every page already: this reads its cached tree
		for (const fence of codeFences(pageTree(path, file), 'mermaid')) {
			try {
				const block = readDiagramBlock(fence, { file, lang });
				registry.claim(block);
				diagrams.push(describe(block, docsPath));
			} catch (error) {
				if (!(error instanceof DiagramAuthoringError)) throw error;
				problems.push(error.message);
			}
		}
	}
	return { diagrams, problems };
}

function describe(block: DiagramBlock, docsPath: string): DiagramInfo {
	const slug = docsPath.replace(/\.mdx$/, '').replace(/(^|\/)index$/, '');
	return {
		id: block.id,
		lang: block.lang,
		title: block.title,
		description: block.description,
		page: { slug, url: `${basePath}/${slug ? `${slug}/` : ''}`, file: block.file, line: block.line },
		anchor: diagramAnchor(block.id),
		downloads: {
			svg: diagramDownloadPath(block.lang, block.id, 'svg'),
			png: diagramDownloadPath(block.lang, block.id, 'png'),
			'slide-svg': diagramDownloadPath(block.lang, block.id, 'slide.svg'),
			'slide-png': diagramDownloadPath(block.lang, block.id, 'slide.png'),
		},
		source: block.source,
		cache: cacheEntry(block),
	};
}

const langOrder = (docsPath: string) => langs.indexOf(langOfPage(docsPath));

/** Page files, English first (a diagram id is claimed by its English page). */
function pageFiles(): string[] {
	return listPageFiles().sort((a, b) => langOrder(a) - langOrder(b) || a.localeCompare(b));
}
