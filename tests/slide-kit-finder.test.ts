import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { builtSiteInBrowser, newSiteContext } from './support/browser.ts';
import { boardBriefingFigures } from '../src/slide-kit/board-briefing.ts';
import { siteUrl } from '../src/site.config.ts';
import { readBuilt } from '../scripts/lib/built-site.ts';

// The slide kit as a presenter uses it: find a figure with the filter, the board briefing's
// headline figures first, copy a short link, read it on a 360 px phone, and print it.
const headline = boardBriefingFigures().map((f) => `${f.kind}:${f.id}`);

describe('finding and taking figures from the slide kit', { concurrency: 2 }, () => {
	const web = builtSiteInBrowser();
	const { skip } = web;

	for (const path of ['/slides/', '/id/slides/']) {
		test(
			`${path}: words and kind narrow the kit to the matching cards, and the count is announced`,
			{ skip },
			async () => {
				const context = await newSiteContext(web.browser);
				const page = await context.newPage();
				await page.goto(`${web.site.url}${path}`);
				await page.locator('#sk-kind').selectOption('chart');
				await page.locator('#sk-words').fill('DeepSeek');
				// Enter filters at once (typing filters after a short pause).
				await page.locator('#sk-words').press('Enter');
				const status = page.locator('.sk-finder [role="status"]');
				const shown = await page.$$eval('[data-kind]', (cards) =>
					cards
						.filter((card) => card.getClientRects().length > 0)
						.map((card) => ({ id: card.id, kind: card.getAttribute('data-kind'), text: card.textContent ?? '' })),
				);
				assert.ok(
					shown.some((c) => c.id === 'chart-deepseek-api-price-history'),
					'the DeepSeek price chart is shown',
				);
				assert.deepEqual(
					shown.filter((c) => c.kind !== 'chart' || !/deepseek/i.test(c.text)).map((c) => c.id),
					[],
					'only DeepSeek charts are shown',
				);
				const total = await page.locator('[data-kind]').count();
				assert.match((await status.textContent()) ?? '', new RegExp(`\\b${shown.length}\\b.*\\b${total}\\b`));
				// Emptying the words brings back every chart, and no key number.
				await page.locator('#sk-words').fill('');
				await page.waitForFunction(() => !document.querySelector<HTMLElement>('#chart-frontier-training-cost')?.hidden);
				assert.equal(await page.locator('#number-deepseek-v3-training-cost').isVisible(), false);
				await context.close();
			},
		);
	}

	test('the board briefing’s 12 headline figures come first, in talk order', { skip }, async () => {
		assert.equal(headline.length, 12);
		for (const path of ['/slides/', '/id/slides/']) {
			const page = await web.browser.newPage();
			await page.goto(`${web.site.url}${path}`);
			const picks = await page.$$eval('input[name="deck-figure"]', (boxes) =>
				boxes.map((box) => ({
					value: (box as HTMLInputElement).value,
					label: box.closest('label')?.textContent?.trim(),
				})),
			);
			assert.deepEqual(
				picks.slice(0, 12).map((p) => p.value),
				headline,
				`${path}: the first figures are the board briefing's`,
			);
			assert.equal(new Set(picks.map((p) => p.value)).size, picks.length, `${path}: each figure listed once`);
			assert.ok(picks.length > 400, `${path}: every chart, diagram and key number has a card (${picks.length})`);
			assert.deepEqual(
				picks.filter((p) => !p.label),
				[],
				`${path}: every checkbox has a visible label`,
			);
			await page.close();
		}
	});

	test('copy puts the short link, and the figure with its source, on the clipboard', { skip }, async () => {
		const context = await newSiteContext(web.browser);
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: web.site.origin });
		const page = await context.newPage();
		await page.goto(`${web.site.url}/id/slides/`);
		const card = page.locator('#number-deepseek-v3-training-cost');
		// Copy buttons come with the cards as they scroll near the screen.
		await card.scrollIntoViewIfNeeded();
		const copyLink = card.locator('button.sk-copy[data-copy="link"]');
		await copyLink.click();
		const short = await card.locator('a.sk-short').getAttribute('href');
		assert.ok(short?.startsWith(`${new URL(siteUrl).origin}/id/go/`), `short link ${short}`);
		assert.equal(await page.evaluate(() => navigator.clipboard.readText()), short);
		assert.match((await copyLink.textContent()) ?? '', /✓ Tersalin/, 'a visible confirmation');
		await card.locator('button.sk-copy[data-copy="cite"]').click();
		const citation = await page.evaluate(() => navigator.clipboard.readText());
		assert.match(citation, /US\$5,576\sjuta/);
		assert.match(citation, /Sumber: DeepSeek-V3 Technical Report/);
		assert.ok(citation.includes(short!), 'the citation ends with the short link');
		// Short-link entries have a copy button too.
		const entry = page.locator('#go-six-n-d');
		await entry.scrollIntoViewIfNeeded();
		await entry.locator('button.sk-copy').click();
		assert.equal(
			await page.evaluate(() => navigator.clipboard.readText()),
			`${new URL(siteUrl).origin}/id/go/six-n-d/`,
		);
		await context.close();
	});

	test('without clipboard access, copy selects the text for copying by hand', { skip }, async () => {
		const context = await newSiteContext(web.browser);
		const page = await context.newPage();
		await page.goto(`${web.site.url}/slides/`);
		await page.evaluate(() =>
			Object.defineProperty(navigator, 'clipboard', {
				value: { writeText: () => Promise.reject(new DOMException('blocked', 'NotAllowedError')) },
			}),
		);
		const card = page.locator('#chart-frontier-training-cost');
		await card.scrollIntoViewIfNeeded();
		await card.locator('button.sk-copy[data-copy="link"]').click();
		const field = card.locator('textarea.sk-copy-field');
		assert.equal(await field.inputValue(), await card.locator('a.sk-short').getAttribute('href'));
		assert.ok(
			await field.evaluate((el: HTMLTextAreaElement) => el.selectionEnd - el.selectionStart === el.value.length),
		);
		await context.close();
	});

	for (const path of ['/slides/', '/id/slides/']) {
		test(`${path} at 360 px: no sideways scroll, key numbers as cards`, { skip }, async () => {
			const context = await newSiteContext(web.browser, { viewport: 'phone' });
			const page = await context.newPage();
			await page.goto(`${web.site.url}${path}`);
			const layout = await page.evaluate(() => {
				const cards = [...document.querySelectorAll<HTMLElement>('.sk-numbers [data-kind="number"]')].slice(0, 40);
				for (const card of cards) card.scrollIntoView();
				return {
					scrollWidth: document.documentElement.scrollWidth,
					tables: document.querySelectorAll('.slide-kit table').length,
					cards: cards.map((card) => {
						const box = card.getBoundingClientRect();
						const title = card.querySelector('.sk-title')!.getBoundingClientRect();
						const text = card.querySelector('.sk-text')!.getBoundingClientRect();
						return {
							id: card.id,
							left: box.left,
							right: box.right,
							width: box.width,
							stacked: text.top >= title.bottom - 1,
						};
					}),
				};
			});
			assert.ok(layout.scrollWidth <= 360, `page is ${layout.scrollWidth} px wide`);
			assert.equal(layout.tables, 0, 'no table of key numbers');
			assert.ok(layout.cards.length >= 40);
			const squeezed = layout.cards.filter((c) => c.width < 300 || c.left < 0 || c.right > 360 || !c.stacked);
			assert.deepEqual(squeezed, [], 'each key number is a full-width card, its text under the figure');
			await context.close();
		});
	}

	test('printed, every figure has its short link and source, charts and diagrams a thumbnail', { skip }, async () => {
		const page = await web.browser.newPage();
		await page.goto(`${web.site.url}/id/slides/`);
		// What printing does: print media, then the page (thumbnails load for it) goes to paper.
		await page.emulateMedia({ media: 'print' });
		await page.waitForFunction(() => [...document.images].every((img) => img.complete));
		const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
		assert.ok(pdf.length > 10_000);
		const cards = await page.$$eval('[data-kind]:not([data-kind="link"])', (all) =>
			all.map((card) => {
				const shown = (selector: string) => {
					const el = card.querySelector<HTMLElement>(selector);
					return Boolean(el && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden');
				};
				const img = card.querySelector<HTMLImageElement>('.sk-preview');
				return {
					id: card.id,
					kind: card.getAttribute('data-kind'),
					shown: card.getClientRects().length > 0,
					short: shown('.sk-short'),
					source: shown('.sk-src'),
					thumbnail: Boolean(img && shown('.sk-preview') && img.complete && img.naturalWidth > 0),
					thumbWidth: img?.getBoundingClientRect().width ?? 0,
				};
			}),
		);
		await page.close();
		assert.ok(cards.length > 400);
		assert.deepEqual(
			cards.filter((c) => !c.shown).map((c) => c.id),
			[],
			'every figure prints',
		);
		const images = cards.filter((c) => c.kind !== 'number');
		assert.deepEqual(
			images.filter((c) => !c.thumbnail || c.thumbWidth < 100).map((c) => c.id),
			[],
			'thumbnails printed',
		);
		// Figures without a short link print the page they are on; key numbers all name their source.
		assert.deepEqual(
			cards.filter((c) => c.kind === 'number' && !c.source).map((c) => c.id),
			[],
			'sources printed',
		);
		const withoutLink = cards.filter((c) => !c.short).map((c) => c.id);
		assert.ok(withoutLink.length < cards.length / 10, `short links printed (${withoutLink.length} figures have none)`);
	});
});

test('the home page sends presenters to the slide kit, in the hero and under “For presenters”', () => {
	for (const [file, kit] of [
		['index.html', '/slides/'],
		['id/index.html', '/id/slides/'],
	] as const) {
		const html = readBuilt(file);
		const hero = /<div class="sl-flex actions[^"]*">([\s\S]*?)<\/div>/.exec(html)?.[1] ?? '';
		assert.ok(hero.includes(`href="${kit}"`), `${file}: the hero links to ${kit}`);
		const presenters = /id="presenters"[\s\S]*?<\/h2>([\s\S]*?)(<h2|<\/main>)/.exec(html)?.[1] ?? '';
		assert.ok(presenters.includes(`href="${kit}"`), `${file}: “For presenters” links to ${kit}`);
	}
});
