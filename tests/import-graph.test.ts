/**
 * The layers of src/ run one way. Each folder of src/ is a layer; an import from one folder into
 * another is an arrow. Two rules, checked on the imports as TypeScript reads them (ts.preProcessFile,
 * `import type` included), in .ts files and in the frontmatter of .astro files:
 * - no two folders import each other (directly: A → B and B → A);
 * - an import into another folder goes through that folder's index.ts, its one door.
 * Files at the top of src/ (site.config.ts, site-features.ts, content.config.ts…) are the frame: they
 * wire the folders together and are not a layer.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import { projectRoot } from '../scripts/lib/built-site.ts';

const srcDir = join(projectRoot, 'src');

/**
 * Folders without a door: src/lib/ holds the foundations (formatting, locale, units, URLs, readers),
 * each file a separate tool that browser scripts import on its own; src/components/ and src/pages/ are
 * Astro components and routes, imported by path. Every other folder is entered through its index.ts.
 */
const noDoor = new Set(['lib', 'components', 'pages']);
/** Files that still import another folder's insides, each with its reason. Shrink this list; never grow it. */
const notYetThroughTheDoor = new Set<string>([]);

interface Arrow {
	from: string;
	to: string;
	spec: string;
}

/** Every relative import between files of src/, as [importing file, imported file] relative to src/. */
export function importsIn(dir: string): Arrow[] {
	const files = (readdirSync(dir, { recursive: true }) as string[])
		.map((f) => f.split(sep).join('/'))
		.filter((f) => /\.(ts|mts|astro)$/.test(f) && !f.endsWith('.d.ts'));
	return files.flatMap((file) => {
		let text = readFileSync(join(dir, file), 'utf8');
		if (file.endsWith('.astro')) text = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
		const info = ts.preProcessFile(text, true, true);
		return info.importedFiles
			.map((i) => i.fileName)
			.filter((spec) => spec.startsWith('.'))
			.map((spec) => ({
				from: file,
				to: relative(dir, resolve(dirname(join(dir, file)), spec))
					.split(sep)
					.join('/'),
				spec,
			}))
			.filter((a) => !a.to.startsWith('..'));
	});
}

const folderOf = (file: string) => (file.includes('/') ? file.split('/')[0]! : undefined);

/** Pairs of folders that import each other, each pair named once with one import either way. */
export function twoWayPairs(arrows: readonly Arrow[]): string[] {
	const between = new Map<string, Arrow>();
	for (const a of arrows) {
		const [x, y] = [folderOf(a.from), folderOf(a.to)];
		if (x && y && x !== y && !between.has(`${x}→${y}`)) between.set(`${x}→${y}`, a);
	}
	const pairs: string[] = [];
	for (const [key, a] of between) {
		const [x, y] = key.split('→') as [string, string];
		const back = between.get(`${y}→${x}`);
		if (back && x < y) pairs.push(`${x} ↔ ${y}: ${a.from} → ${a.to}, ${back.from} → ${back.to}`);
	}
	return pairs.sort();
}

/** Imports that reach into another folder past its index.ts. */
export function deepImports(
	arrows: readonly Arrow[],
	exempt: ReadonlySet<string> = new Set(),
	exemptFiles: ReadonlySet<string> = new Set(),
): string[] {
	return arrows
		.filter((a) => !exemptFiles.has(a.from))
		.filter((a) => {
			const [x, y] = [folderOf(a.from), folderOf(a.to)];
			return y && x !== y && !exempt.has(y) && a.to !== `${y}/index.ts`;
		})
		.map((a) => `${a.from} imports ${a.to}: import from '${a.spec.replace(/[^/]*$/, 'index.ts')}' instead`);
}

const arrows = importsIn(srcDir);

test('the import reader finds the imports of src/', () => {
	assert.ok(arrows.length > 100, `only ${arrows.length} imports found in src/`);
	assert.ok(
		arrows.some((a) => a.from === 'site-features.ts' && folderOf(a.to)),
		'site-features.ts wires the folders: its imports must be found',
	);
});

test('no two folders of src/ import each other', () => {
	assert.deepEqual(
		twoWayPairs(arrows),
		[],
		'move the shared part down a layer (src/lib/, src/content-index/, src/figures/)',
	);
});

test("an import into another folder of src/ goes through that folder's index.ts", () => {
	assert.deepEqual(deepImports(arrows, noDoor, notYetThroughTheDoor), []);
	const stale = [...notYetThroughTheDoor].filter((file) =>
		deepImports(arrows, noDoor, new Set()).every((d) => !d.startsWith(`${file} `)),
	);
	assert.deepEqual(stale, [], 'these files go through the door now: take them off notYetThroughTheDoor');
});

test('the checks catch a two-way pair and a deep import (on a made-up graph)', () => {
	const made: Arrow[] = [
		{ from: 'a/x.ts', to: 'b/index.ts', spec: '../b/index.ts' },
		{ from: 'b/y.ts', to: 'a/x.ts', spec: '../a/x.ts' },
		{ from: 'c/z.ts', to: 'a/index.ts', spec: '../a/index.ts' },
		{ from: 'site-features.ts', to: 'a/x.ts', spec: './a/x.ts' },
	];
	assert.deepEqual(twoWayPairs(made), ['a ↔ b: a/x.ts → b/index.ts, b/y.ts → a/x.ts']);
	assert.deepEqual(deepImports(made), [
		"b/y.ts imports a/x.ts: import from '../a/index.ts' instead",
		"site-features.ts imports a/x.ts: import from './a/index.ts' instead",
	]);
});
