import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildWithFault } from '../scripts/lib/project-build.ts';
import { browserSkipReason } from './support/browser.ts';
import { renderedDiagram } from '../src/diagrams/pipeline.ts';
import { readDiagramBlock } from '../src/diagrams/source.ts';
import { closeMermaidRenderer } from '../src/diagrams/render-mermaid.ts';

// Broken diagrams must stop the build with the file, the line of the fence and what to fix,
// before anything is written to dist/.

const page = (title: string, body: string) =>
	`---\ntitle: ${title}\ndescription: A page planted by tests/diagrams-faults.test.ts to check diagram errors.\nlastReviewed: 2026-11-28\n---\n\n${body}\n`;

const fence = (meta: string, lines: string[]) => ['```mermaid' + (meta ? ` ${meta}` : ''), ...lines, '```'].join('\n');

const valid = (id: string) =>
	fence(`id="${id}"`, [
		'flowchart LR',
		'  accTitle: A valid diagram',
		'  accDescr: Two boxes joined by an arrow.',
		'  A --> B',
	]);

function assertNothingBuilt(distDir: string) {
	assert.ok(
		!existsSync(join(distDir, 'index.html')) && !existsSync(join(distDir, 'diagrams')),
		'a failed build left pages or downloads in dist/',
	);
}

test('broken diagrams fail the build, each with file, line and the fix', { skip: browserSkipReason() }, async () => {
	const english = page(
		'Diagram faults',
		[
			fence('', ['flowchart LR', '  accTitle: No id', '  accDescr: This fence has no id.', '  A --> B']),
			'',
			fence('id="no-title"', ['flowchart LR', '  accDescr: Only a description.', '  A --> B']),
			'',
			fence('id="no-description"', ['flowchart LR', '  accTitle: Only a title', '  A --> B']),
			'',
			fence('id="broken-syntax"', [
				'flowchart LR',
				'  accTitle: Broken',
				'  accDescr: The arrow on the next line leads nowhere.',
				'  A -->',
				'  B -->> C',
			]),
			'',
			valid('twice'),
			'',
			valid('twice'),
		].join('\n'),
	);
	const result = await buildWithFault({
		'content/docs/diagram-faults.mdx': english,
		// the twin shows the same diagrams, as the build requires of twins before it reads any diagram
		'content/docs/id/diagram-faults.mdx': english.replace('title: Diagram faults', 'title: Kesalahan diagram'),
	});
	const out = result.output;
	// 1-based line of the n-th fence whose opening line is exactly `opening`
	const lineOf = (opening: string, nth = 1) =>
		english.split('\n').flatMap((l, i) => (l === opening ? [i + 1] : []))[nth - 1];
	assert.notEqual(result.status, 0, `the build succeeded:\n${out.slice(-2000)}`);
	const file = 'content/docs/diagram-faults.mdx';
	assert.match(out, new RegExp(`${file}:${lineOf('```mermaid')}: this mermaid diagram has no id`));
	assert.match(out, new RegExp(`${file}:${lineOf('```mermaid id="no-title"')}: diagram "no-title" has no accTitle`));
	assert.match(
		out,
		new RegExp(`${file}:${lineOf('```mermaid id="no-description"')}: diagram "no-description" has no accDescr`),
	);
	assert.match(
		out,
		new RegExp(
			`${file}:${lineOf('```mermaid id="twice"', 2)}: diagram id "twice" is already used by ${file}:${lineOf('```mermaid id="twice"')}`,
		),
	);
	// Mermaid's own parse error, with the fence's line and the diagram line mapped to the file
	assert.match(
		out,
		new RegExp(`${file}:${lineOf('```mermaid id="broken-syntax"')}: diagram "broken-syntax" is not valid Mermaid`),
	);
	const brokenAt = lineOf('```mermaid id="broken-syntax"')!;
	assert.match(out, new RegExp(`diagram line 5 is file line ${brokenAt + 5}\\)`));
	assert.equal(english.split('\n')[brokenAt + 5 - 1], '  B -->> C');
	assert.match(out, /Parse error on line 5/);
	assert.match(out, /Expecting .*got/);
	assertNothingBuilt(result.distDir);
});

// The build's first step renders every diagram missing from content/diagram-cache/ with the
// function called here (src/diagrams/integration.ts); the test above shows its errors stop the build.
test('a diagram missing from the cache, with no browser, names the command that renders it', async () => {
	const file = 'content/docs/diagram-faults.mdx';
	const text = page('Diagram faults', valid('not-yet-rendered'));
	const fenceLine = text.split('\n').indexOf('```mermaid id="not-yet-rendered"') + 1; // 7
	const fence = /```mermaid (.*)\n([\s\S]*?)\n```/.exec(text)!;
	const block = readDiagramBlock({ meta: fence[1], value: fence[2]!, line: fenceLine }, { file, lang: 'en' });
	const chromiumPath = process.env.CHROMIUM_PATH;
	process.env.CHROMIUM_PATH = '/nonexistent/chromium';
	try {
		await assert.rejects(
			renderedDiagram(block),
			/content\/docs\/diagram-faults\.mdx:7: diagram "not-yet-rendered" is not rendered yet .*npm run diagrams/,
		);
	} finally {
		if (chromiumPath === undefined) delete process.env.CHROMIUM_PATH;
		else process.env.CHROMIUM_PATH = chromiumPath;
		await closeMermaidRenderer();
	}
});
