import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jsxUses, listPageFiles, parsePageMdx } from '../src/content-index/index.ts';
import { readPage } from '../src/content-index/page-index.ts';

// Pages are read by the build's own MDX parser, so the Sources page, the slide kit and the link
// checks count what the rendered page shows, however an author quotes an attribute.
const page = `---
title: Example
description: An example page with citations, a code sample and two sections for the index.
---

## First section { #first }

A claim <Cite id='single-quoted' loc="p. 2" /> and a figure <Num id={"braced"} />.

\`\`\`mdx
## Not a heading { #in-code }
<Cite id="shown-in-code" />
\`\`\`

### A <Term id="moe">MoE</Term> *detail* { #detail }

<Cite id="double-quoted" />
`;

test('citations count however the id is quoted, and never inside a code sample', () => {
	const uses = jsxUses(parsePageMdx(page, 'content/docs/example.mdx'), ['Cite', 'Num']);
	assert.deepEqual(
		uses.map((u) => [u.name, u.values.id, u.line]),
		[
			['Cite', 'single-quoted', 8],
			['Num', 'braced', 8],
			['Cite', 'double-quoted', 17],
		],
	);
});

test('sections are the headings with ids, with their reader-visible text, not lines in a code sample', () => {
	const root = mkdtempSync(join(tmpdir(), 'content-index-'));
	writeFileSync(join(root, 'example.mdx'), page);
	const { sections, title } = readPage('example.mdx', root);
	assert.equal(title, 'Example');
	assert.deepEqual(sections, [
		{ id: 'first', level: 2, text: 'First section', line: 6 },
		{ id: 'detail', level: 3, text: 'A MoE detail', line: 15 },
	]);
});

test('page files follow the docs collection: .mdx files whose name does not start with "_"', () => {
	const root = mkdtempSync(join(tmpdir(), 'content-index-'));
	mkdirSync(join(root, 'id/cost'), { recursive: true });
	mkdirSync(join(root, '_partials'), { recursive: true });
	for (const file of [
		'about.mdx',
		'_draft-notes.mdx',
		'notes.md',
		'id/about.mdx',
		'id/cost/inference.mdx',
		'_partials/box.mdx',
	])
		writeFileSync(join(root, file), '');
	assert.deepEqual(listPageFiles(root), ['_partials/box.mdx', 'about.mdx', 'id/about.mdx', 'id/cost/inference.mdx']);
});

test('an MDX syntax error names the file and the line', () => {
	assert.throws(
		() => parsePageMdx('# Title\n\nText <Cite id="x" \n\nmore\n', 'content/docs/broken.mdx'),
		/^Error: content\/docs\/broken\.mdx:\d+/,
	);
});
