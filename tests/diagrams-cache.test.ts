import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cachedFiles } from '../src/diagrams/cache.ts';
import { listDiagrams } from '../src/diagrams/catalog.ts';
import { projectRoot } from '../scripts/lib/built-site.ts';

// content/diagram-cache/ is what lets a fresh clone build without a browser: it must hold every
// diagram the pages use, and nothing else.

const diagrams = listDiagrams();

test('every diagram is in content/diagram-cache/ (run npm run diagrams and commit the folder)', () => {
	const present = new Set(cachedFiles());
	const missing = diagrams
		.filter((d) => d.cache.files.some((f) => !present.has(f)))
		.map((d) => `${d.page.file}:${d.page.line} "${d.id}" (${d.cache.svgFile})`);
	assert.deepEqual(missing, [], `not rendered yet:\n${missing.join('\n')}`);
});

test('content/diagram-cache/ holds no orphans (run npm run diagrams to prune them)', () => {
	const used = new Set(diagrams.flatMap((d) => d.cache.files));
	const orphans = cachedFiles().filter((f) => !used.has(f));
	assert.deepEqual(orphans, [], `files no diagram uses:\n${orphans.join('\n')}`);
});

test('with a complete cache, every diagram is served without a browser', () => {
	const script = `
		import { listDiagrams } from './src/diagrams/catalog.ts';
		import { renderedDiagram } from './src/diagrams/pipeline.ts';
		import { mermaidRenderer } from './src/diagrams/render-mermaid.ts';
		for (const d of listDiagrams()) await renderedDiagram({ ...d, file: d.page.file, line: d.page.line });
		console.log('launches=' + mermaidRenderer().launches);
	`;
	const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
		cwd: projectRoot,
		encoding: 'utf8',
		env: { ...process.env, CHROMIUM_PATH: '/nonexistent/chromium' },
	});
	assert.equal(run.status, 0, run.stderr);
	assert.match(run.stdout, /launches=0/);
});
