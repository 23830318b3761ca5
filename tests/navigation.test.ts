/**
 * A reader can reach every page from the navigation: each page's sidebar lists every page of its
 * language, and previous/next links at the foot of each page follow the sidebar's reading order.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { builtContentPages, readBuilt, urlPathOf } from '../scripts/lib/built-site.ts';

const pages = builtContentPages().filter((f) => !f.startsWith('og/'));
const langOf = (file: string) => (file.startsWith('id/') ? 'id' : 'en');

/** The links of the "Main" navigation (the sidebar), in order. */
function sidebarLinks(html: string): string[] {
	const start = html.indexOf('<nav class="sidebar');
	assert.ok(start >= 0, 'no sidebar navigation');
	const nav = html.slice(start, html.indexOf('</nav>', start));
	return [...nav.matchAll(/<a href="([^"]+)"/g)].map((m) => m[1]!);
}

function paginationLinks(html: string): { prev: string | undefined; next: string | undefined } {
	const block = /<div class="pagination-links[\s\S]*?<\/div>/.exec(html)?.[0] ?? '';
	return {
		prev: /<a href="([^"]+)" rel="prev"/.exec(block)?.[1],
		next: /<a href="([^"]+)" rel="next"/.exec(block)?.[1],
	};
}

test('there are pages in both languages to navigate', () => {
	assert.ok(pages.filter((p) => langOf(p) === 'en').length >= 10);
	assert.ok(pages.filter((p) => langOf(p) === 'id').length >= 10);
});

for (const lang of ['en', 'id'] as const) {
	const ofLang = pages.filter((p) => langOf(p) === lang);
	const order = sidebarLinks(readBuilt(ofLang[0]!));

	test(`${lang}: the sidebar of every page links to every page of the language`, () => {
		const problems: string[] = [];
		for (const file of ofLang) {
			const links = new Set(sidebarLinks(readBuilt(file)));
			const missing = ofLang.map(urlPathOf).filter((path) => !links.has(path));
			if (missing.length) problems.push(`${file} lacks ${missing.join(', ')}`);
		}
		assert.deepEqual(problems, []);
	});

	test(`${lang}: previous and next links follow the sidebar order on every page`, () => {
		const problems: string[] = [];
		for (const file of ofLang) {
			const path = urlPathOf(file);
			const at = order.indexOf(path);
			const { prev, next } = paginationLinks(readBuilt(file));
			if (prev !== order[at - 1]) problems.push(`${path}: previous is ${prev}, sidebar says ${order[at - 1]}`);
			if (next !== order[at + 1]) problems.push(`${path}: next is ${next}, sidebar says ${order[at + 1]}`);
		}
		assert.deepEqual(problems, []);
	});
}

test('the home page leads on to the first page of the first track', () => {
	for (const [file, first] of [
		['index.html', '/start/abcd/'],
		['id/index.html', '/id/start/abcd/'],
	] as const) {
		assert.equal(paginationLinks(readBuilt(file)).next, first, file);
	}
});
