/**
 * Search puts the page that explains a topic first: for each query in tests/search-ranking.yaml, the
 * expected page (and section, when given) is among the top three results, and when that page is an
 * explainer, no reference page or slide kit ranks first. Runs the site's own Pagefind index in Chromium.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { builtSiteInBrowser, newSiteContext } from './support/browser.ts';
import { pagefindTop } from './support/pagefind-search.ts';

const table = parse(readFileSync(new URL('./search-ranking.yaml', import.meta.url), 'utf8')) as Record<
	'en' | 'id',
	{ query: string; expect: string }[]
>;
const web = builtSiteInBrowser();
const { skip } = web;
const isListing = (path: string) => /^(\/id)?\/((reference|slides|tools)\/|$)/.test(path);

// The tests are independent (a browser context or page each) and run two at a time (a CI runner's two cores).
describe('search ranks what explains a topic first', { concurrency: 2 }, () => {
	test('the ranking table has at least 20 queries per language', () => {
		assert.ok(table.en.length >= 20 && table.id.length >= 20);
	});

	for (const lang of ['en', 'id'] as const) {
		test(
			`${lang}: every query finds its section in the top 3, and no listing page ranks above an explainer`,
			{ skip },
			async (t) => {
				const context = await newSiteContext(web.browser);
				const page = await context.newPage();
				const basePath = new URL(web.site.url).pathname.replace(/\/$/, '');
				await page.goto(`${web.site.url}${lang === 'id' ? '/id/' : '/'}`);
				const misses: string[] = [];
				for (const { query, expect } of table[lang]) {
					const [expectedPage, section] = expect.split('#') as [string, string | undefined];
					const top = await pagefindTop(page, query, 3, basePath);
					const hit = top.find((r) => r.page === expectedPage);
					const sectionFound = !section || hit?.sections.some((s) => s.endsWith(`#${section}`));
					const shown = top.map((r) => r.best).join(', ');
					if (!hit || !sectionFound) misses.push(`"${query}": expected ${expect}, got ${shown}`);
					else if (!isListing(expectedPage) && isListing(top[0]!.page))
						misses.push(`"${query}": a listing page ranks first (${shown})`);
				}
				const hits = table[lang].length - misses.length;
				t.diagnostic(`${lang}: ${hits} of ${table[lang].length} queries rank as expected`);
				assert.deepEqual(misses, []);
				await context.close();
			},
		);
	}

	// Control labels (copy-link buttons, diagram download links) are not content: a search for them finds
	// nothing, so they never pad a page's score or show up glued into an excerpt.
	for (const { lang, labels } of [
		{ lang: 'en', labels: ['Open full size', 'Download PNG', 'Copy link to section'] },
		{ lang: 'id', labels: ['Buka ukuran penuh', 'Unduh PNG', 'Salin tautan ke bagian'] },
	] as const) {
		test(`${lang}: control labels are not in the search index`, { skip }, async () => {
			const context = await newSiteContext(web.browser);
			const page = await context.newPage();
			const basePath = new URL(web.site.url).pathname.replace(/\/$/, '');
			await page.goto(`${web.site.url}${lang === 'id' ? '/id/' : '/'}`);
			const found: string[] = [];
			for (const label of labels) {
				const top = await pagefindTop(page, `"${label}"`, 3, basePath);
				const withLabel = top.filter((r) => r.excerpt.toLowerCase().includes(label.toLowerCase().split(' ')[0]!));
				if (withLabel.length > 0) found.push(`"${label}": ${withLabel.map((r) => r.page).join(', ')}`);
			}
			assert.deepEqual(found, []);
			await context.close();
		});
	}
});
