import { test } from 'node:test';
import assert from 'node:assert/strict';
import { builtSiteInBrowser, newSiteContext } from './support/browser.ts';
import { builtContentPages, readBuilt, urlPathOf } from '../scripts/lib/built-site.ts';
import { loadSiteData } from '../src/references/site-data.ts';
import { pagesCitingEachSource } from '../src/references/citation-index.ts';
import { formatFigure } from '../src/lib/format-number.ts';
import { keyNumberRecords, toCsv } from '../src/references/key-numbers-export.ts';

const data = loadSiteData();
const pages = builtContentPages().filter((f) => !f.startsWith('og/'));
const decode = (s: string) =>
	s
		.replace(/&amp;/g, '&')
		.replace(/&#39;/g, "'")
		.replace(/&quot;/g, '"')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>');

test('every citation links to an entry in its page’s Sources list, and every entry links back', () => {
	const problems: string[] = [];
	let citations = 0;
	for (const file of pages) {
		const html = readBuilt(file);
		const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
		for (const [, marker] of html.matchAll(/<sup class="cite"[^>]*>([\s\S]*?)<\/sup>/g)) {
			citations++;
			const refId = /id="(cite-[^"]+)"/.exec(marker!)?.[1];
			const n = /<a href="#source-(\d+)">/.exec(marker!)?.[1];
			if (!refId || !n) problems.push(`${file}: citation without its id or its link to Sources: ${marker}`);
			else if (!ids.has(`source-${n}`)) problems.push(`${file}: citation ${refId} points to missing #source-${n}`);
		}
		for (const [, target] of html.matchAll(/<a href="#(cite-[^"]+)" class="cite-back"/g)) {
			if (!ids.has(target!)) problems.push(`${file}: back link to missing #${target}`);
		}
		if (/<sup class="cite">/.test(html) && !/<h2 id="sources"/.test(html))
			problems.push(`${file}: citations but no Sources section`);
	}
	assert.ok(citations > 0, 'no citations found in the built site');
	assert.deepEqual(problems, []);
});

test('every figure reads exactly as the dataset says, in the page’s language', () => {
	const problems: string[] = [];
	let figures = 0;
	for (const file of pages) {
		const html = readBuilt(file);
		const lang = file.startsWith('id/') ? 'id' : 'en';
		for (const [, id, shown] of html.matchAll(/<span class="num" data-num="([^"]+)">([^<]*)<\/span>/g)) {
			figures++;
			const entry = data.numbers.get(id!);
			if (!entry) {
				problems.push(`${file}: unknown figure ${id}`);
				continue;
			}
			const full = formatFigure(entry.data.value, entry.data.unit, lang);
			const bare = formatFigure(entry.data.value, entry.data.unit, lang, { withUnit: false });
			if (decode(shown!) !== full && decode(shown!) !== bare)
				problems.push(`${file}: ${id} shows "${shown}", expected "${full}"`);
		}
	}
	assert.ok(figures > 0, 'no figures found in the built site');
	assert.deepEqual(problems, []);
});

test('the reference pages list every source, figure and term, with stable ids, in both languages', () => {
	for (const [page, ids] of [
		['reference/sources/index.html', [...data.sources.keys()]],
		['reference/key-numbers/index.html', [...data.numbers.keys()]],
		['reference/glossary/index.html', [...data.glossary.keys()]],
	] as const) {
		for (const file of [page, `id/${page}`]) {
			const html = readBuilt(file);
			const missing = ids.filter((id) => !html.includes(` id="${id}"`));
			assert.deepEqual(missing, [], `${file} lacks entries`);
		}
	}
});

test('the CSV and JSON downloads match the key-numbers dataset', () => {
	const records = keyNumberRecords(data);
	assert.deepEqual(JSON.parse(readBuilt('data/key-numbers.json')), records);
	const csv = readBuilt('data/key-numbers.csv');
	assert.equal(csv, toCsv(records));
	const lines = csv.trimEnd().split('\r\n');
	assert.equal(lines.length, records.length + 1, 'one header row plus one row per figure');
	assert.match(lines[0]!, /^id,value,value_high,unit,/);
	const v3 = lines.find((l) => l.startsWith('deepseek-v3-gpu-hours,'));
	assert.ok(v3?.startsWith('deepseek-v3-gpu-hours,2788000,,gpu-hours,'), `unexpected row: ${v3}`);
});

test('sources no page cites are reported', (t) => {
	const citing = pagesCitingEachSource(data);
	const unused = [...data.sources.keys()].filter((id) => !citing.has(id));
	t.diagnostic(
		unused.length
			? `${unused.length} source(s) cited by no page yet: ${unused.join(', ')}`
			: 'every source is cited by at least one page',
	);
	const unknown = [...citing.keys()].filter((id) => !data.sources.has(id));
	assert.deepEqual(unknown, [], 'pages cite sources that are not in content/sources/');
});

describeGlossaryPopover();
describeCitationOnTouch();

function describeCitationOnTouch() {
	const web = builtSiteInBrowser();
	const { skip } = web;
	for (const path of ['/start/deepseek-moment/', '/id/start/deepseek-moment/']) {
		test(
			`on a 360 px phone, tapping a citation on ${path} shows its source and location without leaving the place`,
			{ skip },
			async () => {
				const context = await newSiteContext(web.browser, { viewport: 'phone' });
				const page = await context.newPage();
				await page.goto(`${web.site.url}${path}`);
				const marker = page.locator('main table sup.cite .cite-ref').first();
				await marker.scrollIntoViewIfNeeded();
				const scrollBefore = await page.evaluate(() => scrollY);
				await marker.tap();
				const tip = page.locator('.cite-tip:popover-open');
				await tip.waitFor({ state: 'visible', timeout: 5_000 });
				const box = (await tip.boundingBox())!;
				assert.ok(box.x >= 0 && box.x + box.width <= 360, `the tip fits the screen (x ${box.x}, width ${box.width})`);
				const text = await tip.innerText();
				const sourceLink = tip.locator('a[href^="#source-"]');
				assert.equal(await sourceLink.count(), 1, 'the tip links to the entry in Sources');
				assert.match(text, /,/, `the tip names the source and where in it: "${text}"`);
				assert.ok(
					Math.abs((await page.evaluate(() => scrollY)) - scrollBefore) < 50,
					'tapping does not jump to the source list',
				);
				const markerBox = (await marker.boundingBox())!;
				const cell = (await marker.evaluate((el) => el.closest('td,th')!.getBoundingClientRect().toJSON())) as DOMRect;
				assert.ok(
					markerBox.width > 8 && markerBox.x + markerBox.width <= cell.x + cell.width + 1,
					'the marker in a table cell is not clipped',
				);
				await sourceLink.tap();
				await page.waitForFunction(() => location.hash.startsWith('#source-'));
				await context.close();
			},
		);
	}
}

function describeGlossaryPopover() {
	const web = builtSiteInBrowser();
	const { skip } = web;

	const pageWithTerm = pages.find((f) => !f.startsWith('id/') && readBuilt(f).includes('class="term-trigger"'));

	test(
		'a glossary term opens its definition from the keyboard and closes with Escape',
		{ skip: skip || (!pageWithTerm && 'no page uses <Term>') },
		async () => {
			const context = await newSiteContext(web.browser);
			const page = await context.newPage();
			await page.goto(`${web.site.url}${urlPathOf(pageWithTerm!)}`);
			const trigger = page.locator('.term-trigger').first();
			await trigger.focus();
			assert.equal(await trigger.evaluate((el) => el === document.activeElement), true, 'the term is focusable');
			await page.keyboard.press('Enter');
			const popover = page.locator('.term-pop:popover-open');
			await popover.waitFor({ state: 'visible', timeout: 5_000 });
			const text = await popover.innerText();
			const glossaryHref = await popover.locator('a').getAttribute('href');
			const id = glossaryHref!.split('#')[1]!;
			assert.ok(
				text.includes(data.glossary.get(id)!.data.en.definition.slice(0, 30)),
				'the popover shows the definition',
			);
			await page.keyboard.press('Escape');
			assert.equal(await page.locator('.term-pop:popover-open').count(), 0, 'Escape closes the definition');
			await context.close();
		},
	);
}
