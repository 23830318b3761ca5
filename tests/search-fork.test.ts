import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../src/lib/project-root.ts';

// src/components/Search.astro is a fork of Starlight's search component. When an upgrade changes
// Starlight's component, the fork must take in those changes (fixes, new options) before it ships.
const starlightDir = join(projectRoot, 'node_modules/@astrojs/starlight');
const upstreamFile = join(starlightDir, 'dist/components/Search.astro');
const forkFile = new URL('../src/components/Search.astro', import.meta.url);

test('the search component fork was made from the installed Starlight’s component', () => {
	const recorded = /Forked from upstream sha256 ([0-9a-f]{64})/.exec(readFileSync(forkFile, 'utf8'))?.[1];
	assert.ok(
		recorded,
		'src/components/Search.astro: the header comment must record "Forked from upstream sha256 <hash>"',
	);
	const upstream = createHash('sha256').update(readFileSync(upstreamFile)).digest('hex');
	const { version } = JSON.parse(readFileSync(join(starlightDir, 'package.json'), 'utf8')) as { version: string };
	assert.equal(
		upstream,
		recorded,
		`Starlight ${version}'s Search component (${upstreamFile}) differs from the one src/components/Search.astro was forked from. Compare the two, carry Starlight's changes into the fork, then record the new hash (${upstream}) in the fork's header comment.`,
	);
});
