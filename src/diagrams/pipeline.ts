import { cacheEntry, readCacheEntry, writeCacheEntry } from './cache.ts';
import { DiagramAuthoringError, type DiagramBlock } from './source.ts';
import { MermaidSyntaxError, NoBrowserError, UnthemedColourError, mermaidRenderer } from './render-mermaid.ts';

/** The command that renders missing cache entries (package.json "diagrams"). */
export const renderCommand = 'npm run diagrams';

export interface DiagramOutput {
	/** Placeholder-coloured SVG (see diagram-theme.ts) */
	svg: string;
	png: Buffer;
	/** Render time when this call rendered it; undefined on a cache hit */
	renderMs?: number;
	bytes?: { mermaid: number; pruned: number };
}

/** DOM id of a diagram's <svg>; Mermaid derives its <title>/<desc> ids and style scope from it. */
export function svgDomId(id: string): string {
	return `mmd-${id}`;
}

/**
 * A diagram's rendered output: from content/diagram-cache/ when present, else rendered in Chromium
 * and cached. Failures are DiagramAuthoringErrors that name the file, the fence's line and the fix.
 */
export async function renderedDiagram(block: DiagramBlock, { force = false } = {}): Promise<DiagramOutput> {
	const entry = cacheEntry(block);
	const cached = force ? undefined : readCacheEntry(entry);
	if (cached) return cached;
	const where = `${block.file}:${block.line}`;
	try {
		const rendered = await mermaidRenderer().render(svgDomId(block.id), block.source);
		writeCacheEntry(entry, rendered);
		return { svg: rendered.svg, png: rendered.png, renderMs: rendered.ms, bytes: rendered.bytes };
	} catch (error) {
		if (error instanceof NoBrowserError) {
			throw new DiagramAuthoringError(
				`${where}: diagram "${block.id}" is not rendered yet (content/diagram-cache/ has no ${entry.svgFile}) and it cannot be rendered here: ${error.message}. Render it on a machine with Chromium and commit content/diagram-cache/: ${renderCommand}`,
			);
		}
		if (error instanceof MermaidSyntaxError) {
			const diagramLine = Number(/line (\d+)/.exec(error.message)?.[1]);
			const at = diagramLine ? ` (diagram line ${diagramLine} is file line ${block.line + diagramLine})` : '';
			throw new DiagramAuthoringError(
				`${where}: diagram "${block.id}" is not valid Mermaid${at}. Mermaid says:\n${error.message}`,
			);
		}
		if (error instanceof UnthemedColourError) {
			throw new DiagramAuthoringError(
				`${where}: diagram "${block.id}" paints colours that are not from the site palette, so they would not follow the light/dark theme (${error.message}). Remove style, classDef and linkStyle colours and %%{init}%% theme settings; diagram colours come from src/styles/diagrams.css.`,
			);
		}
		throw error;
	}
}
