/**
 * Every page offers "Report an error on this page" and "Edit this page"; every explainer offers
 * "Cite this page"; a mistyped short link lands on a 404 that suggests the closest keys.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { builtContentPages, readBuilt, urlPathOf } from '../scripts/lib/built-site.ts';
import { builtSiteInBrowser, newSiteContext } from './support/browser.ts';
import { closestKeys, editDistance, shortLinkRequest } from '../src/links/closest-keys.ts';
import { repoUrl } from '../src/site.config.ts';

const pages = builtContentPages().filter((f) => !f.startsWith('og/'));
const explainer = (file: string) => /^(id\/)?(start|cost|efficiency|enterprise|landscape)\//.test(file);
const decode = (s: string) => s.replace(/&amp;/g, '&');

test('every page has a report link prefilled with the page, and an edit link to its source file', () => {
	const problems: string[] = [];
	for (const file of pages) {
		const html = readBuilt(file);
		const report = /<a href="([^"]+)" class="report-error[ "]/.exec(html)?.[1];
		if (!report) {
			problems.push(`${file}: no "Report an error" link`);
			continue;
		}
		const url = new URL(decode(report));
		if (!url.href.startsWith(`${repoUrl}/issues/new`)) problems.push(`${file}: report link goes to ${url.origin}`);
		if (!url.searchParams.get('body')?.includes(urlPathOf(file)))
			problems.push(`${file}: report does not name the page`);
		const edit = [...html.matchAll(/<a href="([^"]*\/edit\/main\/[^"]+)"/g)].map((m) => m[1]!);
		if (!edit.some((href) => href.includes('content/docs/') && href.endsWith('.mdx')))
			problems.push(`${file}: no "Edit this page" link to its .mdx file`);
	}
	assert.deepEqual(problems, []);
});

test('every explainer offers "Cite this page" in plain text, APA and BibTeX with its address', () => {
	const problems: string[] = [];
	const explainers = pages.filter(explainer);
	assert.ok(explainers.length >= 10);
	for (const file of explainers) {
		const html = readBuilt(file);
		const block = /<details class="cite-this-page[\s\S]*?<\/details>/.exec(html)?.[0];
		if (!block) problems.push(`${file}: no Cite this page`);
		else if (!/APA/.test(block) || !/@misc\{/.test(block) || !block.includes(urlPathOf(file)))
			problems.push(`${file}: citation formats or address missing`);
	}
	assert.deepEqual(problems, []);
});

test('closest short-link keys for a typo', () => {
	assert.equal(editDistance('six-nd', 'six-n-d'), 1);
	assert.deepEqual(closestKeys('six-nd', ['abcd', 'six-n-d', 'mfu']), ['six-n-d']);
	assert.deepEqual(closestKeys('zzzzzzzz', ['abcd', 'six-n-d']), []);
	assert.deepEqual(shortLinkRequest('/explainer/id/go/Six-ND/', '/explainer'), { lang: 'id', key: 'six-nd' });
	assert.equal(shortLinkRequest('/cost/inference/'), undefined);
});

const web = builtSiteInBrowser();
for (const [path, expected] of [
	['/go/six-nd/', '/go/six-n-d/'],
	['/id/go/deepseek-costs/', '/id/go/deepseek-cost/'],
] as const) {
	test(
		`a mistyped short link ${path} lands on a 404 that offers ${expected}, home and the slide kit`,
		{ skip: web.skip },
		async () => {
			const context = await newSiteContext(web.browser, { viewport: 'phone' });
			const page = await context.newPage();
			const response = await page.goto(`${web.site.url}${path}`);
			assert.equal(response?.status(), 404);
			const suggestion = page.locator(`.not-found a[href$="${expected}"]`).first();
			await suggestion.waitFor({ state: 'visible', timeout: 5_000 });
			const lang = path.startsWith('/id/') ? 'id' : 'en';
			const first = page.locator('.not-found section[lang]').first();
			assert.equal(await first.getAttribute('lang'), lang, 'the typed language comes first');
			assert.ok(
				await first
					.locator(`a[href$="${lang === 'id' ? '/id/' : '/'}"]`)
					.first()
					.isVisible(),
				'a link home',
			);
			assert.ok(await first.locator('a[href$="/slides/"]').isVisible(), 'a link to the slide kit');
			await context.close();
		},
	);
}
