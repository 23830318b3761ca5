import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { builtContentPages, distDir, readBuilt } from '../scripts/lib/built-site.ts';
import { loadSiteData } from '../src/references/site-data.ts';
import { figuresWithHistory, lastChanged, recentChange } from '../src/references/figure-history.ts';
import { formatFigure } from '../src/lib/format-number.ts';
import { formatDate } from '../src/lib/format-date.ts';
import { attributeOf, elementsOf, hasToken, parseHtmlDocument } from '../src/lib/html-document.ts';
import type { Element, ElementContent } from 'hast';
import { parseAtom } from './support/atom-feed.ts';
import { builtSiteInBrowser, newSiteContext } from './support/browser.ts';

// A figure that changed says so: on the changes page (its value now and before, under its id), in
// both Atom feeds, in the CSV and JSON (last_changed, version), on the Key numbers page and, for a
// recent change, in the citation card of every page that quotes it.

const data = loadSiteData();
const changed = figuresWithHistory(data);
const langs = ['en', 'id'] as const;
const prefix = (lang: 'en' | 'id') => (lang === 'id' ? 'id/' : '');
const squash = (s: string) => s.replace(/\s+/g, ' ');
/** All the text inside an element, as a reader sees it. */
const textOf = (node: Element | ElementContent): string =>
	node.type === 'text' ? node.value : node.type === 'element' ? node.children.map(textOf).join('') : '';

test('the history the site starts with: five figures whose values changed', () => {
	assert.deepEqual(
		changed.map(
			(n) => `${n.id}: ${n.data.history!.map((h) => `${h.previous} (${h.date})`).join(', ')} → ${n.data.value}`,
		),
		[
			'break-even-monthly-output-tokens: 6860000000 (2026-12-07) → 9600000000',
			'break-even-output-throughput: 2650 (2026-12-07) → 3700',
			'break-even-share-of-deepseek-throughput: 18 (2026-12-07) → 25',
			'indonesian-english-token-ratio: 1.25 (2026-12-07) → 1.26',
			'r1-zero-aime-end: 71 (2026-12-07) → 77.9',
		],
	);
});

for (const lang of langs) {
	test(`${lang}: the changes page gives each changed figure an anchor with its value now and every earlier one`, () => {
		const doc = parseHtmlDocument(readBuilt(`${prefix(lang)}reference/changes/index.html`));
		const items = new Map(
			elementsOf(doc)
				.filter((e) => e.tagName === 'li')
				.map((e) => [attributeOf(e, 'id'), e]),
		);
		for (const { id, data: n } of changed) {
			const item = items.get(id);
			assert.ok(item, `no <li id="${id}"> on the changes page`);
			const text = squash(textOf(item));
			assert.ok(
				text.includes(squash(formatFigure(n.value, n.unit, lang))),
				`${id}: current value missing in "${text}"`,
			);
			for (const h of n.history!) {
				assert.ok(
					text.includes(squash(formatFigure(h.previous, n.unit, lang))),
					`${id}: earlier value missing in "${text}"`,
				);
				assert.ok(text.includes(formatDate(h.date, lang)), `${id}: date of the change missing`);
				assert.ok(text.includes(squash(h.note[lang])), `${id}: the reason missing`);
			}
		}
	});

	test(`${lang}: the log is newest first and links each changed figure to the section that explains it`, () => {
		const doc = parseHtmlDocument(readBuilt(`${prefix(lang)}reference/changes/index.html`));
		const log = elementsOf(doc).find((e) => e.tagName === 'ul' && hasToken(e, 'className', 'change-log'));
		assert.ok(log, 'no change log on the page');
		const entries = elementsOf(log).filter((e) => e.tagName === 'li');
		const dates = entries.map((li) =>
			attributeOf(
				elementsOf(li).find((e) => e.tagName === 'time')!,
				'dateTime',
			),
		);
		assert.deepEqual(dates, [...dates].sort().reverse(), 'entries newest first');
		for (const { id } of changed) {
			const entry = entries.find((li) => elementsOf(li).some((a) => attributeOf(a, 'href') === `#${id}`));
			assert.ok(entry, `${id}: no log entry linking to its history`);
			const explained = elementsOf(entry)
				.filter((a) => a.tagName === 'a')
				.at(-1)!;
			const [path, section] = attributeOf(explained, 'href')!.split('#');
			assert.ok(section, `${id}: the link ${path} names no section`);
			const html = readBuilt(join(path!.replace(/^\//, ''), 'index.html'));
			assert.ok(html.includes(`id="${section}"`), `${id}: ${path} has no section #${section}`);
			assert.ok(html.includes(`data-num="${id}"`), `${id}: ${path} does not quote the figure`);
		}
	});

	test(`${lang}: the Atom feed is valid and carries the same entries as the page`, () => {
		const path = `${prefix(lang)}changes.xml`;
		assert.ok(existsSync(join(distDir, path)), `no ${path}`);
		const feed = parseAtom(readBuilt(path), path);
		const page = parseHtmlDocument(readBuilt(`${prefix(lang)}reference/changes/index.html`));
		const log = elementsOf(page).find((e) => e.tagName === 'ul' && hasToken(e, 'className', 'change-log'))!;
		assert.equal(
			feed.entries.length,
			elementsOf(log).filter((e) => e.tagName === 'li').length,
			'one entry per line of the log',
		);
		for (const { id, data: n } of changed) {
			const entry = feed.entries.find((e) => e.title.includes(n.measures[lang]));
			assert.ok(entry, `${path}: no entry for ${id}`);
			assert.ok(
				entry.summary.includes(formatFigure(n.history!.at(-1)!.previous, n.unit, lang)),
				`${path}: ${id} lacks its earlier value`,
			);
			assert.ok(entry.updated.startsWith(lastChanged(n)!), `${path}: ${id} dated ${entry.updated}`);
		}
	});
}

test('the CSV and JSON give each figure the date it last changed and its version', () => {
	const json = JSON.parse(readBuilt('data/key-numbers.json')) as Record<string, unknown>[];
	const byId = new Map(json.map((r) => [r.id as string, r]));
	assert.deepEqual(
		[
			byId.get('r1-zero-aime-end')!.last_changed,
			byId.get('r1-zero-aime-end')!.version,
			byId.get('deepseek-v3-gpu-hours')!.version,
		],
		['2026-12-07', 2, 1],
		'the R1-Zero figure changed once on 7 Dec 2026; DeepSeek-V3 GPU-hours never',
	);
	for (const [id, n] of data.numbers) {
		const r = byId.get(id)!;
		assert.equal(r.last_changed, lastChanged(n.data), `${id}: last_changed`);
		assert.equal(r.version, (n.data.history?.length ?? 0) + 1, `${id}: version`);
		assert.equal(r.history_url === null, !n.data.history, `${id}: history_url`);
	}
	const csv = readBuilt('data/key-numbers.csv');
	assert.match(csv.split('\r\n')[0]!, /,last_changed,version,history_url$/);
	const row = csv.split('\r\n').find((line) => line.startsWith('r1-zero-aime-end,')) ?? '';
	assert.match(
		row,
		/^r1-zero-aime-end,77\.9,.*,2026-12-07,2,https?:\/\/[^,]*\/reference\/changes\/#r1-zero-aime-end$/,
		'the CSV row',
	);
});

test('the Key numbers page links each changed figure to its history', () => {
	for (const lang of langs) {
		const html = readBuilt(`${prefix(lang)}reference/key-numbers/index.html`);
		for (const { id } of changed) {
			assert.match(html, new RegExp(`href="[^"]*/${prefix(lang)}reference/changes/#${id}"`), `${lang}: ${id}`);
		}
	}
});

test('a recent change is told in the citation card of every page that quotes the figure, with the earlier value', () => {
	let cards = 0;
	for (const lang of langs) {
		for (const { id, data: n } of changed) {
			const recent = recentChange(n);
			for (const file of pagesQuoting(id, lang)) {
				const page = readBuilt(file);
				for (const at of indexesOf(page, `data-num="${id}"`)) {
					const card = page.slice(at, page.indexOf('</sup>', at));
					if (!recent) {
						assert.ok(!card.includes('cite-change'), `${file}: ${id}'s card reports a change older than 90 days`);
						continue;
					}
					cards++;
					const text = squash(card.replace(/<[^>]+>/g, ''));
					assert.ok(text.includes(formatDate(recent.date, lang)), `${file}: ${id}'s card lacks the date of the change`);
					assert.ok(
						text.includes(squash(formatFigure(recent.previous, n.unit, lang))),
						`${file}: ${id}'s card lacks the earlier value`,
					);
					assert.match(
						card,
						new RegExp(`href="[^"]*reference/changes/#${id}"`),
						`${file}: ${id}'s card lacks the link to its history`,
					);
				}
			}
		}
	}
	if (changed.some((n) => recentChange(n.data))) assert.ok(cards > 0, 'no citation card reports a recent change');
});

const builtPages = builtContentPages();
function pagesQuoting(id: string, lang: 'en' | 'id'): string[] {
	return builtPages.filter((f) => (lang === 'id') === f.startsWith('id/') && readBuilt(f).includes(`data-num="${id}"`));
}
function indexesOf(text: string, needle: string): number[] {
	const found: number[] = [];
	for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) found.push(i);
	return found;
}

describeCardOnPhone();

function describeCardOnPhone() {
	const web = builtSiteInBrowser();
	test(
		'on a phone, the card of a recently changed figure shows the earlier value and leads to its history',
		{ skip: web.skip },
		async (t) => {
			const figure = changed.find((n) => n.id === 'r1-zero-aime-end')!;
			if (!recentChange(figure.data)) return t.skip('the change is older than 90 days: no card to show');
			const context = await newSiteContext(web.browser, { viewport: 'phone' });
			const page = await context.newPage();
			await page.goto(`${web.site.url}/id/efficiency/reasoning-rl/`);
			const marker = page.locator('span.num[data-num="r1-zero-aime-end"] + sup.cite .cite-ref').first();
			await marker.scrollIntoViewIfNeeded();
			await marker.tap();
			const card = page.locator('.cite-tip:popover-open');
			await card.waitFor({ state: 'visible', timeout: 5_000 });
			const text = await card.innerText();
			assert.match(text, /Diubah pada 7 Des 2026: sebelumnya 71% \(sumber baru\)/, text);
			await card.getByRole('link', { name: 'Riwayat angka ini' }).tap();
			await page.waitForURL(/\/id\/reference\/changes\/#r1-zero-aime-end$/);
			const target = page.locator('li#r1-zero-aime-end');
			assert.ok(await target.isVisible(), 'the figure is on screen');
			assert.match(await target.innerText(), /77,9%[\s\S]*71%/);
			await context.close();
		},
	);
}
