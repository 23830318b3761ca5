import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join, sep } from 'node:path';
import { distDir, projectRoot, relativeToProject } from '../scripts/lib/built-site.ts';
import { astroBuildAsync } from '../scripts/lib/project-build.ts';

// Two builds of the same commit produce byte-identical output: the site under test (dist/, which
// `npm test` builds first, in a fresh clone without caches) and a second build of the same project
// into another folder, reusing the caches the first one left behind. Both build in the project
// itself: Astro derives the scoped class names of components outside the project (Starlight's, in
// node_modules/) from their path relative to it, so a copy elsewhere would differ in every page.
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

test('two builds of the same commit are byte-identical', async () => {
	assert.ok(
		existsSync(join(distDir, 'index.html')),
		`no site in ${relativeToProject(distDir)}/: run npm run build first`,
	);
	mkdirSync(join(projectRoot, '.tmp'), { recursive: true });
	const freshDir = mkdtempSync(join(projectRoot, '.tmp', 'second-build-'));
	process.once('exit', () => rmSync(freshDir, { recursive: true, force: true }));
	const second = await astroBuildAsync(projectRoot, ['--outDir', freshDir]);
	assert.equal(second.status, 0, `the second build failed:\n${second.output.slice(-3000)}`);

	const a = distDir;
	const b = freshDir;
	const filesA = listFiles(a);
	const filesB = listFiles(b);
	const onlyA = filesA.filter((f) => !filesB.includes(f));
	const onlyB = filesB.filter((f) => !filesA.includes(f));
	const differing = filesA.filter(
		(f) => filesB.includes(f) && !readFileSync(join(a, f)).equals(readFileSync(join(b, f))),
	);
	const report = [
		...onlyA.map((f) => `only in ${relativeToProject(a)}/: ${f}`),
		...onlyB.map((f) => `only in the second build: ${f}`),
		...differing.map((f) => `differs: ${f}`),
	];
	assert.ok(filesA.length > 0, 'the build wrote no files');
	assert.deepEqual(
		report,
		[],
		`the two builds differ in ${report.length} file(s) (if you changed the sources since ${relativeToProject(a)}/ was built, run npm run build again):\n${report.join('\n')}`,
	);
});
