import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join, sep } from 'node:path';
import { astroBuild, projectCopy } from './support/fault-build.ts';

// Two builds of the same sources produce byte-identical output: the first from a clean copy
// (no caches), the second reusing the caches the first left behind.
const listFiles = (dir: string) =>
	(readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
		.filter((entry) => entry.isFile())
		.map((entry) =>
			join(entry.parentPath, entry.name)
				.slice(dir.length + 1)
				.split(sep)
				.join('/'),
		)
		.sort();

test('two builds of the same commit are byte-identical', () => {
	const dir = projectCopy();
	const first = astroBuild(dir, ['--outDir', 'build-a']);
	assert.equal(first.status, 0, `first build failed:\n${first.output.slice(-3000)}`);
	const second = astroBuild(dir, ['--outDir', 'build-b']);
	assert.equal(second.status, 0, `second build failed:\n${second.output.slice(-3000)}`);

	const a = join(dir, 'build-a');
	const b = join(dir, 'build-b');
	const filesA = listFiles(a);
	const filesB = listFiles(b);
	const onlyA = filesA.filter((f) => !filesB.includes(f));
	const onlyB = filesB.filter((f) => !filesA.includes(f));
	const differing = filesA.filter(
		(f) => filesB.includes(f) && !readFileSync(join(a, f)).equals(readFileSync(join(b, f))),
	);
	const report = [
		...onlyA.map((f) => `only in the first build: ${f}`),
		...onlyB.map((f) => `only in the second build: ${f}`),
		...differing.map((f) => `differs: ${f}`),
	];
	assert.ok(filesA.length > 0, 'the build wrote no files');
	assert.deepEqual(report, [], `the two builds differ in ${report.length} file(s):\n${report.join('\n')}`);
});
