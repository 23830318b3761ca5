import { defineMdastPlugin, type MdastPluginEntry } from 'satteri';
import { docsRelativePath, langOfPage, projectRelative } from '../lib/content-files.ts';
import { DiagramIdRegistry, readDiagramBlock } from './source.ts';
import { renderedDiagram } from './pipeline.ts';
import { diagramFigureHtml } from './markup.ts';

const registryKey = Symbol.for('ai-cost-explainer.diagram-ids');
/** One registry per process, so ids are checked across every page of the build. */
const registry = ((globalThis as unknown as Record<symbol, DiagramIdRegistry | undefined>)[registryKey] ??=
	new DiagramIdRegistry());

/**
 * Replaces each ```mermaid fence on a page with its diagram rendered at build time (inline SVG
 * that follows the site theme, plus download links), so readers never load Mermaid. Rendering goes
 * through content/diagram-cache/; see src/diagrams/pipeline.ts.
 */
export const mermaidDiagrams: MdastPluginEntry = ({ fileURL, source }) => {
	const docsPath = docsRelativePath(fileURL);
	if (!fileURL || !docsPath || !/^\s*(`{3,}|~{3,})\s*mermaid\b/m.test(source)) return null;
	const file = projectRelative(fileURL);
	const lang = langOfPage(docsPath);
	return defineMdastPlugin({
		name: 'mermaid-diagrams',
		options: { position: true },
		before() {
			registry.forgetFile(file);
		},
		async code(node) {
			if (node.lang !== 'mermaid') return;
			const block = readDiagramBlock(
				{ meta: node.meta, value: node.value, line: node.position?.start.line ?? 0 },
				{ file, lang },
			);
			registry.claim(block);
			return { type: 'html', value: diagramFigureHtml(block, await renderedDiagram(block)) };
		},
	});
};
