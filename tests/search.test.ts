import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { newSiteContext, builtSiteInBrowser } from './support/browser.ts';

// A reader types a term in their language and lands on the right section of the right page.
const web = builtSiteInBrowser();
const { skip } = web;

/** Opens search with the keyboard on `startPath`, types `query`, and returns every result link (pages and sections). */
async function searchFromKeyboard(page: Page, startPath: string, query: string): Promise<string[]> {
	await page.goto(`${web.site.url}${startPath}`);
	await page.waitForSelector('site-search button[data-open-modal]:not([disabled])');
	await page.keyboard.press('Control+KeyK');
	const input = page.locator('#starlight__search input');
	await input.waitFor({ state: 'visible' });
	// Keyboard users type straight away: the dialog must put the cursor in the search field.
	await page.waitForFunction(() => document.activeElement?.matches('#starlight__search input'), undefined, {
		timeout: 10_000,
	});
	await page.keyboard.type(query);
	// Pagefind searches as you type; wait until the results on screen are those for the whole query.
	await page.waitForFunction(
		(q) => {
			const message = document.querySelector('#starlight__search .pagefind-ui__message')?.textContent ?? '';
			return message.includes(q) && document.querySelector('#starlight__search .pagefind-ui__result-link');
		},
		query,
		{ timeout: 60_000 },
	);
	return page.$$eval('#starlight__search .pagefind-ui__result-link', (links) =>
		links.map((a) => new URL((a as HTMLAnchorElement).href).pathname + new URL((a as HTMLAnchorElement).href).hash),
	);
}

const cases = [
	{ start: '/', query: 'Creative Commons', page: '/about/', section: '#licence' },
	{ start: '/', query: 'corrections', page: '/about/', section: '#corrections' },
	{ start: '/id/', query: 'lisensi', page: '/id/about/', section: '#licence' },
	{ start: '/id/', query: 'koreksi', page: '/id/about/', section: '#corrections' },
	{ start: '/', query: 'download dataset', page: '/reference/key-numbers/', section: '#download' },
	{ start: '/id/', query: 'unduh set data', page: '/id/reference/key-numbers/', section: '#download' },
	{ start: '/', query: 'on-premises', page: '/enterprise/traditional-industries/', section: '#on-prem' },
	{ start: '/id/', query: 'kesiapan data', page: '/id/enterprise/roadmap/', section: '#data-readiness' },
	{ start: '/', query: 'regression tests', page: '/enterprise/roadmap/', section: '#evaluation' },
	{ start: '/', query: 'convergence', page: '/landscape/moats/', section: '#convergence' },
	{ start: '/id/', query: 'parit', page: '/id/landscape/moats/', section: '#convergence' },
	{ start: '/', query: 'GRPO', page: '/efficiency/reasoning-rl/', section: '#grpo' },
	{
		start: '/id/',
		query: 'imbalan yang dapat diverifikasi',
		page: '/id/efficiency/reasoning-rl/',
		section: '#verifiable-rewards',
	},
	{ start: '/', query: 'QLoRA', page: '/efficiency/fine-tuning/', section: '#qlora' },
	{ start: '/id/', query: 'RAG atau fine-tuning', page: '/id/efficiency/fine-tuning/', section: '#rag-vs-fine-tuning' },
];

for (const c of cases) {
	test(`searching "${c.query}" from ${c.start} finds ${c.page}${c.section}`, { skip }, async () => {
		const context = await newSiteContext(web.browser);
		const page = await context.newPage();
		const results = await searchFromKeyboard(page, c.start, c.query);
		const base = new URL(web.site.url).pathname.replace(/\/$/, '');
		const wanted = `${base}${c.page}${c.section}`;
		assert.ok(results.includes(wanted), `expected a result linking to ${wanted}; got:\n  ${results.join('\n  ')}`);
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
		const results = await searchFromKeyboard(page, start, query);
		const base = new URL(web.site.url).pathname.replace(/\/$/, '');
		const wrongLanguage = results.filter((r) => r.slice(base.length).startsWith('/id/') !== (lang === 'id'));
		assert.ok(results.length > 0, 'no results');
		assert.deepEqual(wrongLanguage, [], 'results from the other language');
		await context.close();
	});
}
