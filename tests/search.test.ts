import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { newSiteContext, builtSiteInBrowser } from './support/browser.ts';

// The search dialog as a reader uses it: open it from the keyboard, type, pick a section result and
// land on that section, in the page's language. Which page ranks where is tests/search-ranking.yaml's job.
const web = builtSiteInBrowser();
const { skip } = web;
const resultLinks = '#starlight__search .pagefind-ui__result-link';
const sectionLinks = '#starlight__search .pagefind-ui__result-nested .pagefind-ui__result-link';

/** Opens search with the keyboard on `startPath`, types `query`, and waits for that query's results. */
async function searchFromKeyboard(page: Page, startPath: string, query: string): Promise<void> {
	await page.goto(`${web.site.url}${startPath}`);
	await page.waitForSelector('site-search button[data-open-modal]:not([disabled])', { timeout: 60_000 });
	await page.keyboard.press('Control+KeyK');
	await page.locator('#starlight__search input').waitFor({ state: 'visible', timeout: 60_000 });
	// Keyboard users type straight away: the dialog must put the cursor in the search field.
	await page.waitForFunction(() => document.activeElement?.matches('#starlight__search input'), undefined, {
		timeout: 10_000,
	});
	await page.keyboard.type(query);
	// Pagefind searches as you type; wait until the results on screen are those for the whole query.
	await page.waitForFunction(
		({ q, links }) => {
			const message = document.querySelector('#starlight__search .pagefind-ui__message')?.textContent ?? '';
			return message.includes(q) && document.querySelector(links);
		},
		{ q: query, links: resultLinks },
		{ timeout: 60_000 },
	);
}

// The tests are independent (a browser context or page each) and run two at a time (a CI runner's two cores).
describe('searching from the keyboard', { concurrency: 2 }, () => {
	for (const { start, query } of [
		{ start: '/', query: 'QLoRA' },
		{ start: '/id/', query: 'kesiapan data' },
	]) {
		test(
			`searching "${query}" from ${start} and picking a section result lands on that section`,
			{ skip },
			async () => {
				const context = await newSiteContext(web.browser);
				const page = await context.newPage();
				await searchFromKeyboard(page, start, query);
				const section = page.locator(sectionLinks).first();
				const href = await section.getAttribute('href');
				assert.ok(href?.includes('#'), `the first result shows no section link (got ${href})`);
				await section.click();
				await page.waitForURL((url) => url.hash !== '' && href!.endsWith(url.pathname + url.hash), { timeout: 30_000 });
				const hash = decodeURIComponent(new URL(page.url()).hash.slice(1));
				const target = page.locator(`[id="${hash}"]`);
				assert.equal(await target.count(), 1, `the page has no element with id "${hash}"`);
				const box = await target.boundingBox();
				assert.ok(box && box.y >= 0 && box.y < 800, `the section heading is not on screen (y = ${box?.y})`);
				await context.close();
			},
		);
	}

	// A comparison typed with "vs" finds the section that compares, and the page's own link opens there.
	for (const { start, query, lang } of [
		{ start: '/', query: 'fine-tuning vs RAG', lang: 'en' },
		{ start: '/id/', query: 'fine-tuning vs RAG', lang: 'id' },
	]) {
		test(
			`${lang}: "${query}" puts the RAG-versus-fine-tuning section first, and its link opens it`,
			{ skip },
			async () => {
				const context = await newSiteContext(web.browser);
				const page = await context.newPage();
				await searchFromKeyboard(page, start, query);
				const href = await page.locator(resultLinks).first().getAttribute('href');
				const expected = `${start === '/' ? '' : '/id'}/efficiency/fine-tuning/#rag-vs-fine-tuning`;
				assert.ok(href?.endsWith(expected), `the first result opens ${href}, not ${expected}`);
				await context.close();
			},
		);
	}

	// The review's queries: Pagefind alone ranks a page that mentions the words often above the page whose
	// title names them; the dialog re-orders its top results by titles and headings (src/search/client/rerank.ts).
	for (const { start, query, expected } of [
		{ start: '/id/', query: 'biaya pelatihan DeepSeek', expected: '/id/start/deepseek-moment/' },
		{
			start: '/id/',
			query: 'apakah perusahaan perlu membangun model sendiri',
			expected: '/id/enterprise/build-or-buy/',
		},
	]) {
		test(`"${query}" puts ${expected} first in the dialog`, { skip }, async () => {
			const context = await newSiteContext(web.browser);
			const page = await context.newPage();
			await searchFromKeyboard(page, start, query);
			const href = await page.locator(resultLinks).first().getAttribute('href');
			const base = new URL(web.site.url).pathname.replace(/\/$/, '');
			assert.equal(new URL(href!, web.site.url).pathname.slice(base.length), expected);
			await context.close();
		});
	}

	test('the search dialog speaks the page’s language', { skip }, async () => {
		const context = await newSiteContext(web.browser);
		const page = await context.newPage();
		await searchFromKeyboard(page, '/id/', 'lisensi');
		const message = await page.locator('#starlight__search .pagefind-ui__message').innerText();
		assert.match(message, /^Ditemukan \d+ hasil untuk lisensi$/);
		await context.close();
	});

	for (const { start, query, lang } of [
		{ start: '/', query: 'GPU-hours', lang: 'en' },
		{ start: '/id/', query: 'jam-GPU', lang: 'id' },
		{ start: '/id/', query: 'biaya pelatihan', lang: 'id' },
	]) {
		test(`searching "${query}" on the ${lang} site returns only ${lang} pages`, { skip }, async () => {
			const context = await newSiteContext(web.browser);
			const page = await context.newPage();
			await searchFromKeyboard(page, start, query);
			const results = await page.$$eval(resultLinks, (links) =>
				links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
			);
			const base = new URL(web.site.url).pathname.replace(/\/$/, '');
			const wrongLanguage = results.filter((r) => r.slice(base.length).startsWith('/id/') !== (lang === 'id'));
			assert.ok(results.length > 0, 'no results');
			assert.deepEqual(wrongLanguage, [], 'results from the other language');
			await context.close();
		});
	}
});
