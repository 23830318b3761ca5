import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { builtSiteInBrowser } from './support/browser.ts';
import { publishedPages, findPage, type Page } from '../src/content-index/page-index.ts';
import { siteUrl } from '../src/site.config.ts';

// On a page: the language switch keeps #section, "copy link" puts the section's published URL on the
// clipboard (keyboard too) and says so to screen readers, and the section a link opened is marked.
const pages = publishedPages();
/** A page with sections in both languages, deep enough that scrolling matters. */
const sample: Page =
	pages.find((p) => p.lang === 'en' && p.path === '/cost/training-compute/' && findPage(pages, p.path, 'id')) ??
	pages.find((p) => p.lang === 'en' && p.sections.length >= 3 && findPage(pages, p.path, 'id'))!;
const section = sample.sections[Math.min(2, sample.sections.length - 1)]!.id;

const web = builtSiteInBrowser();
const { skip } = web;

// The tests are independent (a browser context or page each) and run two at a time (a CI runner's two cores).
describe('links to sections on a page', { concurrency: 2 }, () => {
	test('switching language keeps the #section, both ways', { skip }, async () => {
		const context = await web.browser.newContext({ viewport: { width: 1280, height: 800 } });
		const page = await context.newPage();
		await page.goto(`${web.site.url}${sample.path}#${section}`);
		await page.locator('starlight-lang-select select').first().selectOption({ label: 'Bahasa Indonesia' });
		await page.waitForURL((url) => url.pathname === `/id${sample.path}`);
		assert.equal(new URL(page.url()).hash, `#${section}`);
		assert.equal(await page.getAttribute('html', 'lang'), 'id');
		await page.locator('starlight-lang-select select').first().selectOption({ label: 'English' });
		await page.waitForURL((url) => url.pathname === sample.path);
		assert.equal(new URL(page.url()).hash, `#${section}`);
		await context.close();
	});

	for (const lang of ['en', 'id'] as const) {
		test(
			`copy link writes the section's published URL to the clipboard, from the keyboard (${lang})`,
			{ skip },
			async () => {
				const context = await web.browser.newContext({ viewport: { width: 1280, height: 800 } });
				await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: web.site.origin });
				const page = await context.newPage();
				const prefix = lang === 'id' ? '/id' : '';
				await page.goto(`${web.site.url}${prefix}${sample.path}`);
				const button = page.locator(`button[data-copy-link="${section}"]`);
				await button.waitFor({ state: 'visible' });
				await button.focus();
				await page.keyboard.press('Enter');
				const status = page.locator('[data-copy-link-status]');
				await assert.doesNotReject(() =>
					status.filter({ hasText: lang === 'id' ? 'Tautan disalin' : 'Link copied' }).waitFor({ timeout: 3000 }),
				);
				assert.equal(await status.getAttribute('role'), 'status');
				const copied = await page.evaluate(() => navigator.clipboard.readText());
				assert.equal(copied, new URL(`${prefix}${sample.path}#${section}`, siteUrl).href);
				// The button names its section for screen readers.
				assert.match((await button.textContent()) ?? '', new RegExp(lang === 'id' ? 'Salin tautan' : 'Copy link'));
				await context.close();
			},
		);
	}

	test('without JavaScript the copy buttons stay hidden', { skip }, async () => {
		const context = await web.browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${web.site.url}${sample.path}`);
		assert.ok((await page.locator('button[data-copy-link]').count()) > 0);
		assert.equal(await page.locator('button[data-copy-link]:visible').count(), 0);
		await context.close();
	});

	for (const reducedMotion of ['no-preference', 'reduce'] as const) {
		test(
			`a page opened at #section marks it, below the sticky header (motion: ${reducedMotion})`,
			{ skip },
			async () => {
				for (const viewport of [
					{ width: 1280, height: 800 },
					{ width: 360, height: 740 },
				]) {
					const context = await web.browser.newContext({ viewport, reducedMotion });
					const page = await context.newPage();
					await page.goto(`${web.site.url}${sample.path}#${section}`);
					const state = await page.evaluate((id) => {
						const heading = document.getElementById(id)!;
						const wrapper = heading.parentElement!;
						const style = getComputedStyle(wrapper);
						// The sticky bars: the header, and on narrow screens the "On this page" bar below it.
						const bars = [document.querySelector('header.header'), document.querySelector('mobile-starlight-toc nav')]
							.filter((el): el is Element => !!el && getComputedStyle(el).display !== 'none')
							.map((el) => el.getBoundingClientRect().bottom);
						return {
							targeted: heading.matches(':target'),
							animation: style.animationName,
							marker: style.boxShadow,
							top: heading.getBoundingClientRect().top,
							headerBottom: Math.max(...bars),
						};
					}, section);
					assert.ok(state.targeted, 'the heading is the :target');
					if (reducedMotion === 'reduce') {
						assert.equal(state.animation, 'none');
						assert.notEqual(state.marker, 'none', 'a static marker replaces the animation');
					} else {
						assert.equal(state.animation, 'section-target');
					}
					assert.ok(
						state.top >= state.headerBottom,
						`${viewport.width}px: heading at ${state.top}, header ends at ${state.headerBottom}`,
					);
					await context.close();
				}
			},
		);
	}
});
