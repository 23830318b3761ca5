import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { distDir } from '../scripts/lib/built-site.ts';
import { describeBrokenLinks, findBrokenLinks } from '../src/links/internal-links.ts';
import { siteUrl } from '../src/site.config.ts';

test('every internal href and src in dist/ resolves (pages, #anchors, styles, scripts, images)', () => {
	const broken = findBrokenLinks(distDir, { siteUrl, scope: 'all' });
	assert.deepEqual(broken, [], `broken references:\n${describeBrokenLinks(broken)}`);
});

function site(files: Record<string, string>): string {
	const dir = mkdtempSync(join(tmpdir(), 'link-check-'));
	for (const [path, html] of Object.entries(files)) {
		mkdirSync(dirname(join(dir, path)), { recursive: true });
		writeFileSync(join(dir, path), html);
	}
	return dir;
}

test('the link checker reports missing pages, missing anchors, missing assets and links outside the base', () => {
	const dir = site({
		'index.html': `<h1 id="_top">Home</h1><a href="/explainer/a/">ok</a><a href="/explainer/a/#sec">ok anchor</a>
			<a href="/explainer/missing/">missing page</a><a href="/explainer/a/#nope">missing anchor</a>
			<a href="#_top">top</a><a href="https://example.com/x">external</a><a href="/a/">outside base</a>
			<img src="/explainer/img.png" alt=""><script src="/explainer/app.js"></script><!-- <a href="/explainer/ignored/"> -->`,
		'a/index.html':
			'<h2 id="sec">Section</h2><a href="../">up</a><a href="https://site.example/explainer/gone/">canonical</a>',
		'app.js': '',
	});
	const found = findBrokenLinks(dir, {
		basePath: '/explainer',
		siteUrl: 'https://site.example/explainer',
		scope: 'all',
	});
	assert.deepEqual(
		found.map((b) => `${b.file} ${b.link}`),
		[
			'a/index.html https://site.example/explainer/gone/',
			'index.html /explainer/missing/',
			'index.html /explainer/a/#nope',
			'index.html /a/',
			'index.html /explainer/img.png',
		],
	);
	const pagesOnly = findBrokenLinks(dir, { basePath: '/explainer', scope: 'pages' }).map((b) => b.link);
	assert.ok(!pagesOnly.includes('/explainer/img.png'), "scope 'pages' leaves assets alone");
	assert.match(
		describeBrokenLinks(found),
		/index\.html\n {2}→ \/explainer\/missing\/: no page or file at \/explainer\/missing\//,
	);
});

test('the link checker reads HTML as a browser does: any quoting, entities, no links inside scripts or comments', () => {
	const dir = site({
		'index.html': `<!doctype html><title>t</title>
			<a href='/single-quoted-missing/'>single quotes</a><a href=/unquoted-missing/>no quotes</a>
			<a href="/#fish&amp;chips">escaped fragment</a><h2 id="fish&amp;chips">Fish and chips</h2>
			<script>const markup = '<a href="/in-a-script/">';</script><!-- <a href="/in-a-comment/"> -->
			<img alt="" src="/here.png" srcset="/here.png 1x, /missing@2x.png 2x"><a name="legacy"></a><a href="#legacy">up</a>`,
		'here.png': '',
	});
	const found = findBrokenLinks(dir, { scope: 'all' }).map((b) => b.link);
	assert.deepEqual(found, ['/single-quoted-missing/', '/unquoted-missing/', '/missing@2x.png']);
});
