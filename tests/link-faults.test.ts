import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { astroBuild, buildWithFault, projectCopy } from './support/fault-build.ts';

// Mistakes that would break a link on a slide stop the build and say where to look.
const page = 'content/docs/about.mdx';
const twin = 'content/docs/id/about.mdx';
const renameSection = (from: string, to: string) => (mdx: string) => mdx.replace(`{ #${from} }`, `{ #${to} }`);

test('a duplicate section id fails the build with file and line', () => {
	const { status, output } = buildWithFault({ [page]: (mdx) => `${mdx}\n## Method again { #method }\n\nText.\n` });
	assert.notEqual(status, 0);
	assert.match(output, /content\/docs\/about\.mdx:\d+: duplicate section id "method"/);
});

test('a short link to a missing section fails the build with file, line and key', () => {
	const { status, output } = buildWithFault({
		'content/shortlinks.yaml': (yaml) => `${yaml}broken-key: { page: /about/, section: no-such-section }\n`,
	});
	assert.notEqual(status, 0);
	assert.match(
		output,
		/content\/shortlinks\.yaml:\d+: short link "broken-key" points to section "#no-such-section", which is not on \/about\/ \(content\/docs\/about\.mdx\)/,
	);
});

test('a short link to a missing page fails the build', () => {
	const { status, output } = buildWithFault({
		'content/shortlinks.yaml': (yaml) => `${yaml}gone: { page: /no/such/page/ }\n`,
	});
	assert.notEqual(status, 0);
	assert.match(
		output,
		/content\/shortlinks\.yaml:\d+: short link "gone" points to page \/no\/such\/page\/, which does not exist/,
	);
});

test('removing a published section id without an alias fails the build, naming the page', () => {
	const { status, output } = buildWithFault({
		[page]: renameSection('licence', 'licence-terms'),
		[twin]: renameSection('licence', 'licence-terms'),
	});
	assert.notEqual(status, 0);
	assert.match(
		output,
		/content\/docs\/about\.mdx: section id "#licence" was published \(content\/link-manifest\.json\) but is no longer on the page/,
	);
	assert.match(output, /content\/link-aliases\.yaml/, 'the message says how to keep the old link working');
});

test('English and Indonesian twins with different section ids fail the build, naming both files and the ids', () => {
	const { status, output } = buildWithFault({ [twin]: renameSection('method', 'metode') });
	assert.notEqual(status, 0);
	assert.match(output, /Section ids differ between content\/docs\/about\.mdx and content\/docs\/id\/about\.mdx/);
	assert.match(output, /only in content\/docs\/about\.mdx: #method \(line \d+\)/);
	assert.match(output, /only in content\/docs\/id\/about\.mdx: #metode \(line \d+\)/);
});

test('a renamed section with an alias builds, and the old #id lands on the new section', () => {
	const { status, output, distDir } = buildWithFault({
		[page]: renameSection('licence', 'licence-terms'),
		[twin]: renameSection('licence', 'licence-terms'),
		'content/link-aliases.yaml': (yaml) => `${yaml}/about/: { sections: { licence: licence-terms } }\n`,
		// other pages link to /about/#licence: those links keep working through the alias too
	});
	assert.equal(status, 0, output.slice(-3000));
	for (const file of ['about/index.html', 'id/about/index.html']) {
		const html = readFileSync(join(distDir, file), 'utf8');
		assert.match(html, /<h2 id="licence-terms">[\s\S]*?<span id="licence" class="section-alias"><\/span><\/div>/, file);
	}
	assert.ok(existsSync(join(distDir, 'go/about/index.html')));
});

test('a moved page with movedTo builds, and its old address redirects in both languages', () => {
	const dir = projectCopy({
		'content/shortlinks.yaml': (yaml) => yaml.replace('page: /slides/', 'page: /slide-kit/'),
		'content/link-aliases.yaml': (yaml) => `${yaml}/slides/: { movedTo: /slide-kit/ }\n`,
	});
	for (const prefix of ['', 'id/']) {
		renameSync(join(dir, `content/docs/${prefix}slides.mdx`), join(dir, `content/docs/${prefix}slide-kit.mdx`));
	}
	const { status, output } = astroBuild(dir);
	assert.equal(status, 0, output.slice(-3000));
	for (const [from, to] of [
		['slides/index.html', '/slide-kit/'],
		['id/slides/index.html', '/id/slide-kit/'],
	] as const) {
		const html = readFileSync(join(dir, 'dist', from), 'utf8');
		assert.match(html, new RegExp(`http-equiv="refresh" content="0;url=${to}"`), from);
		assert.match(html, /<meta name="robots" content="noindex">/, from);
	}
});
