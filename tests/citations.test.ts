import { test } from 'node:test';
import assert from 'node:assert/strict';
import { builtSiteInBrowser, newSiteContext } from './support/browser.ts';
import { builtContentPages, readBuilt, urlPathOf } from '../scripts/lib/built-site.ts';
import { loadSiteData } from '../src/references/site-data.ts';
import { pagesCitingEachSource } from '../src/references/citation-index.ts';
import { formatFigure } from '../src/lib/format-number.ts';
import { attributeOf, elementsOf, hasToken, parseHtmlDocument } from '../src/lib/html-document.ts';
import type { Element } from 'hast';

const data = loadSiteData();
const pages = builtContentPages().filter((f) => !f.startsWith('og/'));
/** The elements of a built page, read with the HTML reader (entities decoded, scripts not markup). */
const elementsIn = (file: string) => elementsOf(parseHtmlDocument(readBuilt(file)));
const withClass = (elements: Element[], name: string) => elements.filter((e) => hasToken(e, 'className', name));
/** The text of an element and everything in it. */
const textIn = (element: Element): string =>
	element.children.map((c) => (c.type === 'text' ? c.value : c.type === 'element' ? textIn(c) : '')).join('');

test('every citation links to an entry in its page’s Sources list, and every entry links back', () => {
	const problems: string[] = [];
	let citations = 0;
	for (const file of pages) {
		const elements = elementsIn(file);
		const ids = new Set(elements.map((e) => attributeOf(e, 'id')).filter(Boolean));
		for (const marker of elements.filter((e) => e.tagName === 'sup' && hasToken(e, 'className', 'cite'))) {
			citations++;
			const inside = elementsOf(marker);
			const refId = inside.map((e) => attributeOf(e, 'id')).find((id) => id?.startsWith('cite-'));
			const n = inside
				.map((e) => (e.tagName === 'a' ? /^#source-(\d+)$/.exec(attributeOf(e, 'href') ?? '')?.[1] : undefined))
				.find(Boolean);
			if (!refId || !n) problems.push(`${file}: citation without its id or its link to Sources: ${textIn(marker)}`);
			else if (!ids.has(`source-${n}`)) problems.push(`${file}: citation ${refId} points to missing #source-${n}`);
		}
		for (const back of withClass(elements, 'cite-back')) {
			const target = (attributeOf(back, 'href') ?? '').replace(/^#/, '');
			if (!ids.has(target)) problems.push(`${file}: back link to missing #${target}`);
		}
		const cited = elements.some((e) => e.tagName === 'sup' && hasToken(e, 'className', 'cite'));
		if (cited && !elements.some((e) => e.tagName === 'h2' && attributeOf(e, 'id') === 'sources'))
			problems.push(`${file}: citations but no Sources section`);
	}
	assert.ok(citations > 0, 'no citations found in the built site');
	assert.deepEqual(problems, []);
});

/** The figures `<Num>` printed on each built page: id and text as shown, in the page's language. */
const shownFigures = pages.flatMap((file) =>
	withClass(elementsIn(file), 'num')
		.filter((e) => e.tagName === 'span' && attributeOf(e, 'dataNum'))
		.map((e) => ({
			file,
			lang: file.startsWith('id/') ? 'id' : 'en',
			id: attributeOf(e, 'dataNum')!,
			shown: textIn(e),
		})),
);

test('every <Num> on a page shows its own figure (the id and value it names)', () => {
	assert.ok(shownFigures.length > 0, 'no figures found in the built site');
	const problems: string[] = [];
	for (const { file, lang, id, shown } of shownFigures) {
		const entry = data.numbers.get(id);
		if (!entry) {
			problems.push(`${file}: unknown figure ${id}`);
			continue;
		}
		const full = formatFigure(entry.data.value, entry.data.unit, lang as 'en' | 'id');
		const bare = formatFigure(entry.data.value, entry.data.unit, lang as 'en' | 'id', { withUnit: false });
		if (shown !== full && shown !== bare) problems.push(`${file}: ${id} shows "${shown}", expected "${full}"`);
	}
	assert.deepEqual(problems, []);
});

/**
 * Figures as a reader must see them, written out by hand (one per kind of unit and format: grouping,
 * decimals, scale words, ranges, powers of ten, currencies, unit words, the no-break spaces \u00a0
 * that keep a number with its scale word), so a formatting bug in
 * formatFigure fails here rather than agreeing with itself.
 */
const goldenFigures: Record<string, { en: string; id: string }> = {
	'deepseek-v3-gpu-hours': { en: '2,788,000 GPU-hours', id: '2.788.000 jam-GPU' },
	'nvidia-h20-charge': { en: 'USD\u00a04.5\u00a0billion', id: 'US$4,5\u00a0miliar' },
	'deepseek-v3-assumed-gpu-price': { en: 'USD\u00a02 per GPU-hour', id: 'US$2 per jam-GPU' },
	'llama-3-405b-mfu': { en: '38–43%', id: '38–43%' },
	'qlora-finetuned-model-parameters': { en: '65\u00a0billion parameters', id: '65\u00a0miliar parameter' },
	'deepseek-v2-attention-ablation-tokens': { en: '1.33\u00a0trillion tokens', id: '1,33\u00a0triliun token' },
	'deepseek-v3-six-n-d-flops': { en: '3.29\u00a0×\u00a010²⁴\u00a0FLOPs', id: '3,29\u00a0×\u00a010²⁴\u00a0FLOP' },
	'usd-idr-ecb-2026-05-08': { en: 'IDR\u00a017,366 per USD', id: 'Rp17.366 per US$' },
	'deepseek-v2-max-throughput-gain': { en: '5.76×', id: '5,76×' },
	'llama-3-1-location-based-emissions': { en: '11,390 tonnes CO₂e', id: '11.390 ton CO₂e' },
	'llama-3-1-405b-kv-cache-per-token': { en: '516.1\u00a0KB', id: '516,1\u00a0KB' },
	'epoch-algorithmic-halving-ci': { en: '5–14 months', id: '5–14 bulan' },
	'deepseek-prefill-throughput-per-node': { en: '73,700 tokens per second', id: '73.700 token per detik' },
};

test('figures read as written by hand, in both languages', () => {
	const problems: string[] = [];
	for (const [id, expected] of Object.entries(goldenFigures)) {
		for (const lang of ['en', 'id'] as const) {
			const shown = new Set(shownFigures.filter((f) => f.id === id && f.lang === lang).map((f) => f.shown));
			if (shown.size === 0) problems.push(`${id}: on no ${lang} page (pick another figure for this format)`);
			else if (!shown.has(expected[lang]))
				problems.push(`${id} (${lang}): shows ${[...shown].join(' / ')}, expected ${expected[lang]}`);
		}
	}
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

/** RFC 4180 rows, parsed here rather than with the exporter under test. */
function csvRows(csv: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let cell = '';
	let quoted = false;
	for (let i = 0; i < csv.length; i++) {
		const c = csv[i]!;
		if (quoted) {
			if (c === '"' && csv[i + 1] === '"') ((cell += '"'), i++);
			else if (c === '"') quoted = false;
			else cell += c;
		} else if (c === '"') quoted = true;
		else if (c === ',') (row.push(cell), (cell = ''));
		else if (c === '\r' && csv[i + 1] === '\n') (row.push(cell), rows.push(row), (row = []), (cell = ''), i++);
		else cell += c;
	}
	assert.equal(cell + row.join(''), '', 'the CSV ends with a line break');
	return rows;
}

test('the CSV and JSON downloads hold every key number as the data files say', () => {
	const json = JSON.parse(readBuilt('data/key-numbers.json')) as Record<string, unknown>[];
	assert.deepEqual(
		json.find((r) => r.id === 'deepseek-v3-gpu-hours'),
		{
			id: 'deepseek-v3-gpu-hours',
			value: 2788000,
			value_high: null,
			unit: 'gpu-hours',
			measures_en: "H800 GPU-hours for DeepSeek-V3's full training (pre-training, context extension and post-training)",
			measures_id:
				'jam-GPU H800 untuk seluruh pelatihan DeepSeek-V3 (prapelatihan, perluasan konteks, dan pascapelatihan)',
			source_id: 'deepseek-v3',
			source_title: 'DeepSeek-V3 Technical Report',
			source_url: 'https://arxiv.org/abs/2412.19437',
			source_location: 'Table 1',
			as_of: '2024-12-27',
			estimate_en: null,
			estimate_id: null,
			last_changed: null,
			version: 1,
			history_url: null,
		},
	);
	assert.deepEqual(
		json.map((r) => r.id),
		[...data.numbers.keys()].sort((a, b) => a.localeCompare(b)),
		'one record per key number, sorted by id',
	);
	for (const r of json) {
		const n = data.numbers.get(r.id as string)!.data;
		assert.deepEqual(
			[r.value, r.value_high],
			typeof n.value === 'number' ? [n.value, null] : n.value,
			`${r.id}: value`,
		);
		assert.equal(r.source_id, n.source, `${r.id}: source`);
	}

	const csv = readBuilt('data/key-numbers.csv');
	assert.equal(csv.split('\r\n').length, csv.split('\n').length, 'every CSV line ends in CRLF');
	const [header, ...rows] = csvRows(csv);
	assert.equal(
		header!.join(','),
		'id,value,value_high,unit,measures_en,measures_id,source_id,source_title,source_url,source_location,as_of,estimate_en,estimate_id,last_changed,version,history_url',
	);
	assert.ok(
		csv.includes(
			'\r\ndeepseek-v3-gpu-hours,2788000,,gpu-hours,"H800 GPU-hours for DeepSeek-V3\'s full training (pre-training, context extension and post-training)","jam-GPU H800 untuk seluruh pelatihan DeepSeek-V3 (prapelatihan, perluasan konteks, dan pascapelatihan)",deepseek-v3,DeepSeek-V3 Technical Report,https://arxiv.org/abs/2412.19437,Table 1,2024-12-27,,,,1,\r\n',
		),
		'the DeepSeek-V3 GPU-hours row, as written by hand',
	);
	assert.equal(rows.length, json.length, 'one CSV row per JSON record');
	rows.forEach((row, i) => {
		const record = json[i]!;
		const expected = header!.map((column) => {
			const v = record[column];
			return v === null ? '' : v;
		});
		assert.deepEqual(
			row.map((cell, c) => (typeof expected[c] === 'number' ? Number(cell) : cell)),
			expected,
			`CSV row ${i + 2} (${record.id}) says what the JSON says`,
		);
	});
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

	const pageWithTerm = pages.find((f) => !f.startsWith('id/') && withClass(elementsIn(f), 'term-trigger').length > 0);

	test('a glossary term opens its definition from the keyboard and closes with Escape', { skip }, async () => {
		assert.ok(pageWithTerm, 'no English page has a glossary term (.term-trigger): <Term> renders nothing to test');
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
	});
}
