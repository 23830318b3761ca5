import { cacheEntry, readCacheEntry, writeCacheEntry, type CachedLayouts } from './cache.ts';
import { DiagramAuthoringError, type DiagramBlock } from './source.ts';
import {
	MermaidSyntaxError,
	NoBrowserError,
	UnthemedColourError,
	mermaidRenderer,
	type RenderedDiagram,
} from './render-mermaid.ts';
import {
	candidatesFor,
	narrowCandidates,
	pageLayout,
	phoneFitWidth,
	slideCandidates,
	withDirection,
	withHexagonDecisions,
	type LayoutCandidate,
} from './layouts.ts';
import { slideScale } from './slide-frame.ts';

/** The command that renders missing cache entries (package.json "diagrams"). */
export const renderCommand = 'npm run diagrams';

export interface DiagramOutput extends CachedLayouts {
	/** Render time when this call rendered it; undefined on a cache hit */
	renderMs?: number;
	bytes?: { mermaid: number; pruned: number };
}

/** DOM id of a diagram's <svg>; Mermaid derives its <title>/<desc> ids and style scope from it. */
export function svgDomId(id: string, layout: 'page' | 'narrow' | 'slide' = 'page'): string {
	return layout === 'page' ? `mmd-${id}` : `mmd-${id}-${layout}`;
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
		const started = performance.now();
		const page = await renderLayout(block, 'page', pageLayout);
		// top-to-bottom whenever that fits a phone, else the narrower
		const narrow = await bestLayout(block, 'narrow', narrowCandidates, (r) => (r.width <= phoneFitWidth ? 0 : r.width));
		const slide = await bestLayout(block, 'slide', slideCandidates, (r) => -slideScale(r.width, r.height));
		const layouts: CachedLayouts = {
			svg: page.svg,
			png: page.png,
			narrowSvg: narrow.svg,
			slideSvg: slide.svg,
			slidePng: slide.png,
		};
		writeCacheEntry(entry, layouts);
		return { ...layouts, renderMs: Math.round(performance.now() - started), bytes: page.bytes };
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

function renderLayout(block: DiagramBlock, name: 'page' | 'narrow' | 'slide', candidate: LayoutCandidate) {
	const turned = withDirection(block.source, candidate.direction, name === 'narrow');
	const source = candidate.hexagons ? withHexagonDecisions(turned) : turned;
	return mermaidRenderer().render(svgDomId(block.id, name), source, candidate.flowchart);
}

/** Renders each candidate and keeps the one with the lowest cost (the first on a tie). */
async function bestLayout(
	block: DiagramBlock,
	name: 'narrow' | 'slide',
	candidates: LayoutCandidate[],
	cost: (rendered: RenderedDiagram) => number,
): Promise<RenderedDiagram> {
	let best: RenderedDiagram | undefined;
	for (const candidate of candidatesFor(block.source, candidates)) {
		const rendered = await renderLayout(block, name, candidate);
		if (!best || cost(rendered) < cost(best)) best = rendered;
	}
	return best!;
}
