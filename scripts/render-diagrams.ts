/**
 * npm run diagrams [-- --force]
 *
 * Renders every diagram missing from content/diagram-cache/ (with --force: every diagram) in
 * headless Chromium, and deletes cache files no diagram uses any more. Commit the folder afterwards:
 * builds then need no browser.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { cachedFiles, diagramCacheDir } from '../src/diagrams/cache.ts';
import { renderedDiagram } from '../src/diagrams/pipeline.ts';
import { DiagramAuthoringError } from '../src/diagrams/source.ts';
import { listDiagrams, type DiagramInfo } from '../src/diagrams/catalog.ts';
import { closeMermaidRenderer } from '../src/diagrams/render-mermaid.ts';

const force = process.argv.includes('--force');

let diagrams: DiagramInfo[];
try {
	diagrams = listDiagrams();
} catch (error) {
	console.error(error instanceof DiagramAuthoringError ? error.message : error);
	process.exit(1);
}

const failures: string[] = [];
let rendered = 0;
try {
	for (const diagram of diagrams) {
		const where = `${diagram.page.file}:${diagram.page.line}`;
		try {
			const output = await renderedDiagram({ ...diagram, file: diagram.page.file, line: diagram.page.line }, { force });
			if (output.renderMs === undefined) continue;
			rendered++;
			const { mermaid, pruned } = output.bytes!;
			console.log(
				`rendered ${where} "${diagram.id}" (${diagram.lang}) in ${output.renderMs} ms: SVG ${pruned} bytes (Mermaid's ${mermaid}), PNG ${output.png.length} bytes`,
			);
		} catch (error) {
			if (!(error instanceof DiagramAuthoringError)) throw error;
			failures.push(error.message);
		}
	}
} finally {
	await closeMermaidRenderer();
}

const used = new Set(diagrams.flatMap((d) => d.cache.files));
const orphans = cachedFiles().filter((file) => !used.has(file));
for (const file of orphans) rmSync(join(diagramCacheDir, file));

console.log(
	`${diagrams.length} diagram(s): ${rendered} rendered, ${diagrams.length - rendered - failures.length} already cached, ${orphans.length} orphaned file(s) removed${orphans.length ? ` (${orphans.join(', ')})` : ''}.`,
);
if (failures.length) {
	console.error(`\n${failures.join('\n\n')}`);
	process.exit(1);
}
