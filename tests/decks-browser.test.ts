import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { builtSiteInBrowser, newSiteContext } from './support/browser.ts';
import { readPptx } from './support/pptx.ts';

// The slide kit's deck builder in Chromium: tick figures, click, and the file the browser saves is a
// PowerPoint package with those slides in that order, with their notes.

const web = builtSiteInBrowser();
const { skip } = web;
const chosen = ['chart:frontier-training-cost', 'number:deepseek-v3-training-cost', 'diagram:build-or-buy-ladder'];

describe('deck builder', () => {
	for (const path of ['/slides/', '/id/slides/']) {
		test(`${path}: three ticked figures download as one .pptx of three slides`, { skip }, async () => {
			const context = await newSiteContext(web.browser);
			try {
				const page = await context.newPage();
				const errors: string[] = [];
				page.on('pageerror', (e) => errors.push(e.message));
				const builder = page.locator('[data-deck-builder]');
				await page.goto(`${web.site.url}${path}`);
				if ((await page.locator('input[name="deck-figure"]').count()) === 0) {
					// Until the slide kit's figure cards carry their tick boxes, the builder stays hidden;
					// the page is then served with the boxes those cards will carry (same name and values).
					assert.equal(await builder.isHidden(), true, 'the builder shows with nothing to tick');
					const boxes = chosen
						.map((v) => `<label><input type="checkbox" name="deck-figure" value="${v}"> ${v}</label>`)
						.join('');
					await page.route(`**${path}`, async (route) => {
						const response = await route.fetch();
						route.fulfill({ response, body: (await response.text()).replace('</main>', `${boxes}</main>`) });
					});
					await page.goto(`${web.site.url}${path}`);
				}
				await builder.waitFor({ state: 'visible' });
				const button = builder.locator('button');
				await button.click();
				await assert.doesNotReject(
					builder.locator('[role="status"]').filter({ hasText: /\S/ }).waitFor(),
					'clicking with nothing ticked says so',
				);
				for (const value of chosen) await page.locator(`input[name="deck-figure"][value="${value}"]`).check();
				assert.match((await builder.locator('[data-deck-count]').textContent()) ?? '', /3/);
				const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
				assert.match(download.suggestedFilename(), /\.pptx$/);
				const deck = readPptx(readFileSync((await download.path())!));
				assert.deepEqual(deck.problems, []);
				assert.equal(deck.slides.length, 3);
				assert.deepEqual(
					deck.slides.map((s) =>
						/media\/(\w+)-(.+)-\d+\.png$/
							.exec(s.pictures[0]?.target ?? '')
							?.slice(1, 3)
							.join(':'),
					),
					chosen,
					'the slides, in the order of the page',
				);
				for (const slide of deck.slides) assert.ok(slide.notes && slide.notes.length >= 3, 'notes on every slide');
				assert.deepEqual(errors, []);
			} finally {
				await context.close();
			}
		});
	}
});
