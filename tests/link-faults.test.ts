import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildWithFault } from '../scripts/lib/project-build.ts';
import { compilePage } from './support/render-page.ts';

// Mistakes that would break a link on a slide stop the build and say where to look.
// The links that keep working after a section is renamed (with an alias) or a page moves (with
// movedTo) are checked in a build that succeeds: see subpath.test.ts.
const page = 'content/docs/about.mdx';
const twin = 'content/docs/id/about.mdx';
const renameSection = (from: string, to: string) => (mdx: string) => mdx.replace(`{ #${from} }`, `{ #${to} }`);

test('link mistakes fail the build before anything is built, each named with its file in one report', async () => {
	// Four independent mistakes at once: the check reports them all, so an author fixes them in one go.
	const { status, output, distDir } = await buildWithFault({
		// a published section id removed from both languages, without an alias
		[page]: renameSection('licence', 'licence-terms'),
		// … and on the Indonesian page also a section id that differs from the English one
		[twin]: (mdx) => renameSection('method', 'metode')(renameSection('licence', 'licence-terms')(mdx)),
		// a short link to a missing section, and one to a missing page
		'content/shortlinks.yaml': (yaml) =>
			`${yaml}broken-key: { page: /about/, section: no-such-section }\ngone: { page: /no/such/page/ }\n`,
	});
	assert.notEqual(status, 0, `the build succeeded:\n${output.slice(-3000)}`);

	// a short link to a missing section: file, line and key
	assert.match(
		output,
		/content\/shortlinks\.yaml:\d+: short link "broken-key" points to section "#no-such-section", which is not on \/about\/ \(content\/docs\/about\.mdx\)/,
	);
	// a short link to a missing page
	assert.match(
		output,
		/content\/shortlinks\.yaml:\d+: short link "gone" points to page \/no\/such\/page\/, which does not exist/,
	);
	// a published section id removed without an alias: the page, and how to keep the old link working
	assert.match(
		output,
		/content\/docs\/about\.mdx: section id "#licence" was published \(content\/link-manifest\.json\) but is no longer on the page/,
	);
	assert.match(
		output,
		/add an alias in content\/link-aliases\.yaml/,
		'the message says how to keep the old link working',
	);
	// English and Indonesian twins with different section ids: both files and the ids
	assert.match(output, /Section ids differ between content\/docs\/about\.mdx and content\/docs\/id\/about\.mdx/);
	assert.match(output, /only in content\/docs\/about\.mdx: #method \(line \d+\)/);
	assert.match(output, /only in content\/docs\/id\/about\.mdx: #metode \(line \d+\)/);

	assert.match(output, /4 link problem\(s\)/, 'one report names all four');
	assert.ok(!existsSync(join(distDir, 'index.html')), 'a failed build left a dist/ with pages in it');
});

test('a duplicate section id fails the build with file and line', async () => {
	await assert.rejects(
		compilePage(page, (mdx) => `${mdx}\n## Method again { #method }\n\nText.\n`),
		/content\/docs\/about\.mdx:\d+: duplicate section id "method"/,
	);
});
