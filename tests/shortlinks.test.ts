import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { builtSiteInBrowser } from './support/browser.ts';
import { distDir, readBuilt } from '../scripts/lib/built-site.ts';
import { briefExampleKeys, briefSectionIds } from './support/brief-sections.ts';
import { findPage, publishedPages } from '../src/content-index/page-index.ts';
import { readShortLinks, shortLinksFile } from '../src/links/shortlinks.ts';
import { siteUrl } from '../src/site.config.ts';
import { attributeOf, elementsOf, hasToken, parseHtmlDocument } from '../src/lib/html-document.ts';
import type { Element as HastElement } from 'hast';

// /go/<key>/ must land a hand-typed link from a slide on the right section in the right language,
// on any static host, without JavaScript.
const pages = publishedPages();
const links = readShortLinks();
const english = pages.filter((p) => p.lang === 'en');

test('every published page has a short link', () => {
	const without = english
		.filter((p) => !links.some((l) => l.page === p.path && !l.section))
		.map((p) => `${p.path} (${p.file})`);
	assert.deepEqual(without, [], `add a key for each page to ${shortLinksFile}`);
});

test('every page and section id the content brief names exists and has a short link', () => {
	const missing: string[] = [];
	for (const [path, ids] of Object.entries(briefSectionIds)) {
		const page = findPage(pages, path, 'en');
		if (!page) {
			missing.push(`${path}: no such page in content/docs/`);
			continue;
		}
		for (const id of ids) {
			if (!page.sections.some((s) => s.id === id)) missing.push(`${path}#${id}: no section with this id`);
			else if (!links.some((l) => l.page === path && l.section === id)) missing.push(`${path}#${id}: no short link`);
		}
	}
	for (const [key, path] of Object.entries(briefExampleKeys)) {
		if (!findPage(pages, path, 'en')) missing.push(`/go/${key}: its page ${path} does not exist`);
		else if (!links.some((l) => l.key === key && l.page === path))
			missing.push(`/go/${key}: the brief's example should lead to ${path}`);
	}
	assert.deepEqual(missing, [], `add the page, the section or the key in ${shortLinksFile}`);
});

test('each short link is a static redirect page: meta refresh to the section, canonical, noindex, visible link', () => {
	assert.ok(links.length > 0);
	const problems: string[] = [];
	for (const link of links) {
		for (const lang of ['en', 'id'] as const) {
			const prefix = lang === 'id' ? '/id' : '';
			const file = `${prefix.slice(1)}${prefix ? '/' : ''}go/${link.key}/index.html`;
			if (!existsSync(join(distDir, file))) {
				problems.push(`${file} missing`);
				continue;
			}
			const elements = elementsOf(parseHtmlDocument(readBuilt(file)));
			const first = (tag: string, test: (e: HastElement) => boolean) =>
				elements.find((e) => e.tagName === tag && test(e));
			const targetLang = findPage(pages, link.page, lang) ? lang : 'en';
			const target = `${targetLang === 'id' ? '/id' : ''}${link.page}${link.section ? `#${link.section}` : ''}`;
			const canonical = new URL(`${targetLang === 'id' ? '/id' : ''}${link.page}`, siteUrl).href;
			const html = first('html', () => true);
			const refresh = first('meta', (e) => attributeOf(e, 'httpEquiv')?.toLowerCase() === 'refresh');
			const canonicalLink = first('link', (e) => hasToken(e, 'rel', 'canonical'));
			const robots = first('meta', (e) => attributeOf(e, 'name') === 'robots');
			const expect = (ok: boolean, what: string) => ok || problems.push(`${file}: ${what}`);
			expect(html !== undefined && attributeOf(html, 'lang') === lang, `<html lang="${lang}">`);
			expect(refresh !== undefined && attributeOf(refresh, 'content') === `0; url=${target}`, `refresh to ${target}`);
			expect(canonicalLink !== undefined && attributeOf(canonicalLink, 'href') === canonical, `canonical ${canonical}`);
			expect(robots !== undefined && attributeOf(robots, 'content') === 'noindex', 'noindex');
			expect(!!first('a', (e) => attributeOf(e, 'href') === target), `visible link to ${target}`);
		}
	}
	assert.deepEqual(problems, []);
});

test('short links stay out of the sitemap', () => {
	const sitemaps = ['sitemap-0.xml', 'sitemap-index.xml'].filter((f) => existsSync(join(distDir, f)));
	assert.ok(sitemaps.length > 0, 'no sitemap built');
	for (const f of sitemaps) assert.doesNotMatch(readBuilt(f), /\/go\//, f);
});

const web = builtSiteInBrowser();
const { skip } = web;

/** The brief's examples plus the first section link of every track: the redirect pages are all alike. */
const sampleLinks = links.filter(
	(l, i) =>
		l.key in briefExampleKeys ||
		(l.section && links.findIndex((o) => o.section && o.page.split('/')[1] === l.page.split('/')[1]) === i),
);

test(
	'typed by hand (no trailing slash), short links land on their section in the right language',
	{ skip },
	async () => {
		const context = await web.browser.newContext({ viewport: { width: 1280, height: 800 } });
		const page = await context.newPage();
		const failures: string[] = [];
		for (const link of sampleLinks) {
			for (const lang of ['en', 'id'] as const) {
				const typed = `${web.site.url}${lang === 'id' ? '/id' : ''}/go/${link.key}`;
				const expectedLang = findPage(pages, link.page, lang) ? lang : 'en';
				const expectedPath = `${expectedLang === 'id' ? '/id' : ''}${link.page}`;
				await page.goto(typed, { waitUntil: 'commit' });
				await page.waitForURL((url) => url.pathname === expectedPath, { timeout: 10_000 }).catch(() => {});
				const url = new URL(page.url());
				const where = `${typed} → ${url.pathname}${url.hash}`;
				if (url.pathname !== expectedPath) {
					failures.push(`${where}: expected ${expectedPath}`);
					continue;
				}
				if ((await page.getAttribute('html', 'lang')) !== expectedLang) failures.push(`${where}: wrong language`);
				if (!link.section) continue;
				if (url.hash !== `#${link.section}`) {
					failures.push(`${where}: expected #${link.section}`);
					continue;
				}
				// The section heading is on screen and not under the sticky header.
				const placement = await page.evaluate((id) => {
					const heading = document.getElementById(id)!.getBoundingClientRect();
					const bars = [document.querySelector('header.header'), document.querySelector('mobile-starlight-toc nav')]
						.filter((el): el is Element => !!el && getComputedStyle(el).display !== 'none')
						.map((el) => el.getBoundingClientRect().bottom);
					return { top: heading.top, headerBottom: Math.max(...bars), viewport: innerHeight };
				}, link.section);
				if (placement.top < placement.headerBottom || placement.top > placement.viewport - 40) {
					failures.push(
						`${where}: heading at y=${Math.round(placement.top)}, header ends at ${Math.round(placement.headerBottom)}`,
					);
				}
			}
		}
		await context.close();
		assert.deepEqual(failures, []);
	},
);

test('a short link works with JavaScript turned off', { skip }, async () => {
	const context = await web.browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	const link = links.find((l) => l.section)!;
	await page.goto(`${web.site.url}/id/go/${link.key}/`);
	await page.waitForURL((url) => url.hash === `#${link.section}`, { timeout: 10_000 });
	assert.ok(new URL(page.url()).pathname.startsWith('/id/'));
	await context.close();
});
