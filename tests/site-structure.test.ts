import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { builtContentPages, distDir, readBuilt, urlPathOf } from '../scripts/lib/built-site.ts';
import { publishedPages } from '../src/content-index/page-index.ts';
import { siteUrl, basePath } from '../src/site.config.ts';
import { attributeOf, elementsOf, hasToken, parseHtmlDocument } from '../src/lib/html-document.ts';

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

/** The hrefs of every link in the page's sidebar (`<nav class="sidebar">`), read with the HTML reader. */
function sidebarLinks(html: string): string[] {
	const navs = elementsOf(parseHtmlDocument(html)).filter(
		(e) => e.tagName === 'nav' && hasToken(e, 'className', 'sidebar'),
	);
	assert.equal(navs.length, 1, 'one <nav class="sidebar"> per page');
	return elementsOf(navs[0]!)
		.filter((e) => e.tagName === 'a')
		.map((a) => attributeOf(a, 'href') ?? '');
}

test('the sidebar links only to pages that exist, in the page’s language', () => {
	const problems: string[] = [];
	const perLanguage = { en: publishedPages().filter((p) => p.lang === 'en').length, id: 0 };
	perLanguage.id = publishedPages().length - perLanguage.en;
	for (const file of pages) {
		const lang = file.startsWith('id/') ? 'id' : 'en';
		const links = sidebarLinks(readBuilt(file));
		// Every published page of the page's language is listed (404 and redirects excepted).
		if (links.length < perLanguage[lang])
			problems.push(`${file}: ${links.length} sidebar links, expected at least ${perLanguage[lang]}`);
		for (const href of links) {
			if (!href.startsWith(`${basePath}/`)) {
				problems.push(`${file}: sidebar link "${href}" is not a site path`);
				continue;
			}
			const sitePath = href.slice(basePath.length).split('#')[0]!;
			if ((lang === 'id') !== (sitePath === '/id/' || sitePath.startsWith('/id/')))
				problems.push(`${file}: sidebar link ${href} is not in the page’s language (${lang})`);
			if (!existsSync(join(distDir, sitePath, 'index.html')))
				problems.push(`${file}: sidebar link ${href} has no page`);
		}
	}
	assert.ok(pages.length > 0, 'no built pages');
	assert.deepEqual(problems, []);
});
