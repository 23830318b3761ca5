import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { builtContentPages, distDir, readBuilt, urlPathOf } from '../scripts/lib/built-site.ts';
import { publishedPages } from '../src/links/page-index.ts';
import { siteUrl, basePath } from '../src/site.config.ts';

const pages = builtContentPages().filter((f) => !f.startsWith('og/'));
const attr = (html: string, pattern: RegExp) => pattern.exec(html)?.[1];

test('every page in content/docs/ is built, in both languages', () => {
	const sources = publishedPages();
	assert.ok(sources.length >= 4, `expected pages in content/docs/, found ${sources.length}`);
	const missing = sources
		.map((p) => `${p.lang === 'id' ? 'id' : ''}${p.path}`.replace(/^\//, ''))
		.map((path) => `${path}index.html`.replace(/^\//, ''))
		.filter((file) => !existsSync(join(distDir, file)));
	assert.deepEqual(missing, [], `pages not built: ${missing.join(', ')}`);
});

test('every page declares its language, title, description, canonical URL and hreflang twins', () => {
	const problems: string[] = [];
	for (const file of pages) {
		const html = readBuilt(file);
		const path = urlPathOf(file);
		const lang = path.startsWith('/id/') ? 'id' : 'en';
		const enPath = lang === 'id' ? path.slice(3) : path;
		const idPath = lang === 'id' ? path : `/id${path}`;
		const expect = (ok: boolean, what: string) => ok || problems.push(`${file}: ${what}`);
		expect(attr(html, /<html[^>]*\slang="([^"]+)"/) === lang, `<html lang> should be "${lang}"`);
		expect((attr(html, /<title>([^<]*)<\/title>/) ?? '').trim().length > 3, 'missing <title>');
		expect(
			(attr(html, /<meta name="description" content="([^"]*)"/) ?? '').length >= 40,
			'missing or short description',
		);
		const canonical = attr(html, /<link rel="canonical" href="([^"]+)"/);
		expect(canonical === new URL(`${basePath}${path}`, siteUrl).href, `canonical is ${canonical}`);
		for (const [hreflang, target] of [
			['en', enPath],
			['id', idPath],
		] as const) {
			const href = attr(html, new RegExp(`<link rel="alternate" hreflang="${hreflang}" href="([^"]+)"`));
			expect(href === new URL(`${basePath}${target}`, siteUrl).href, `hreflang="${hreflang}" is ${href}`);
		}
		expect(html.includes('<starlight-lang-select'), 'no language switcher');
	}
	assert.deepEqual(problems, []);
});

test('the sidebar links only to pages that exist, in the page’s language', () => {
	const problems: string[] = [];
	for (const file of pages) {
		const html = readBuilt(file);
		const lang = file.startsWith('id/') ? 'id' : 'en';
		const nav =
			/<nav[^>]*aria-label="[^"]*"[^>]*>[\s\S]*?<\/nav>/.exec(html.slice(html.indexOf('sidebar-content')))?.[0] ?? '';
		for (const [, href] of nav.matchAll(/<a href="([^"#]+)"/g)) {
			const sitePath = href!.slice(basePath.length);
			if (lang === 'id' && !sitePath.startsWith('/id/'))
				problems.push(`${file}: sidebar link ${href} is not Indonesian`);
			if (!existsSync(join(distDir, sitePath, 'index.html')))
				problems.push(`${file}: sidebar link ${href} has no page`);
		}
	}
	assert.deepEqual(problems, []);
});
