import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { eachInParallel, newSiteContext, type ViewportName, builtSiteInBrowser } from './support/browser.ts';
import { builtContentPages, urlPathOf } from '../scripts/lib/built-site.ts';

// What a keyboard user needs: search from the keyboard, a working skip link, and a visible focus
// indicator on everything Tab reaches.
const pages = builtContentPages();
const samplePages = ['index.html', 'id/index.html', ...pages.filter((p) => p.split('/').length > 2).slice(0, 2)].filter(
	(p) => pages.includes(p),
);

const web = builtSiteInBrowser();
const { skip } = web;
/** Browser pages per test that walk through the site side by side (each has its own keyboard focus). */
const tabs = 2;

async function searchReady(page: Page) {
	await page.waitForSelector('site-search button[data-open-modal]:not([disabled])', { timeout: 60_000 });
	await page.waitForSelector('#starlight__search input', { state: 'attached', timeout: 60_000 });
}

const searchIsOpenAndFocused = (page: Page) =>
	page.evaluate(() => {
		const dialog = document.querySelector<HTMLDialogElement>('site-search dialog');
		return (
			!!dialog?.open &&
			!!document.activeElement?.closest('#starlight__search') &&
			document.activeElement?.tagName === 'INPUT'
		);
	});

// The tests are independent (a browser context each) and run two at a time (a CI runner's two cores).
describe('the keyboard alone reaches everything', { concurrency: 2 }, () => {
	for (const [shortcut, keys] of [
		['/', ['Slash']],
		['Ctrl+K', ['Control+KeyK']],
	] as const) {
		test(`"${shortcut}" opens search with the cursor in the search field`, { skip }, async () => {
			const context = await newSiteContext(web.browser);
			const page = await context.newPage();
			for (const file of samplePages) {
				await page.goto(`${web.site.url}${urlPathOf(file)}`);
				await searchReady(page);
				for (const key of keys) await page.keyboard.press(key);
				assert.ok(
					await searchIsOpenAndFocused(page),
					`${urlPathOf(file)}: ${shortcut} did not open search with focus in the field`,
				);
				await page.keyboard.press('Escape');
				assert.equal(
					await page.evaluate(() => document.querySelector<HTMLDialogElement>('site-search dialog')?.open),
					false,
					'Escape closes search',
				);
			}
			await context.close();
		});
	}

	test('"/" typed inside the search field is text, not a shortcut', { skip }, async () => {
		const context = await newSiteContext(web.browser);
		const page = await context.newPage();
		await page.goto(`${web.site.url}/`);
		await searchReady(page);
		await page.keyboard.press('Control+KeyK');
		await page.keyboard.type('a/b');
		assert.equal(await page.inputValue('#starlight__search input'), 'a/b');
		await context.close();
	});

	test('the skip link is the first Tab stop, is visible, and Enter skips to the main content', { skip }, async () => {
		const context = await newSiteContext(web.browser);
		const browserPages = await Promise.all(Array.from({ length: tabs }, () => context.newPage()));
		await eachInParallel(pages, tabs, async (file, tab) => {
			const page = browserPages[tab]!;
			const path = urlPathOf(file);
			await page.goto(`${web.site.url}${path}`);
			await page.keyboard.press('Tab');
			const skipLink = await page.evaluate(() => {
				const el = document.activeElement as HTMLElement | null;
				const rect = el?.getBoundingClientRect();
				return {
					isSkipLink: !!el?.matches('.sl-skip-link'),
					visible:
						!!rect && rect.width > 1 && rect.height > 1 && getComputedStyle(el!).clip !== 'rect(0px, 0px, 0px, 0px)',
				};
			});
			assert.ok(skipLink.isSkipLink, `${path}: the first Tab does not focus the skip link`);
			assert.ok(skipLink.visible, `${path}: the focused skip link is not visible`);
			await page.keyboard.press('Enter');
			await page.keyboard.press('Tab');
			const landed = await page.evaluate(() => {
				const el = document.activeElement;
				const target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
				return {
					hash: location.hash,
					inMain: !!el?.closest('main'),
					afterTarget: !!target && !!el && !!(target.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING),
					inNavigation: !!el?.closest('header, nav.sidebar, #starlight__sidebar, .sidebar-pane'),
				};
			});
			assert.ok(landed.hash, `${path}: Enter on the skip link did not move to its target`);
			assert.ok(
				(landed.inMain || landed.afterTarget) && !landed.inNavigation,
				`${path}: after the skip link, Tab went back into the header or sidebar`,
			);
		});
		await context.close();
	});

	for (const viewport of ['desktop', 'phone'] as ViewportName[]) {
		test(`every element Tab reaches shows a visible focus indicator (${viewport})`, { skip }, async () => {
			const context = await newSiteContext(web.browser, { viewport });
			const browserPages = await Promise.all(Array.from({ length: tabs }, () => context.newPage()));
			const invisible: string[] = [];
			let checked = 0;
			await eachInParallel(pages, tabs, async (file, tab) => {
				const page = browserPages[tab]!;
				const path = urlPathOf(file);
				await page.goto(`${web.site.url}${path}`);
				const seen = new Set<string>();
				for (let step = 0; step < 400; step++) {
					await page.keyboard.press('Tab');
					const focus = await page.evaluate(() => {
						const el = document.activeElement as HTMLElement | null;
						if (!el || el === document.body) return undefined;
						const style = getComputedStyle(el);
						const rect = el.getBoundingClientRect();
						const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
						const shadow = style.boxShadow !== 'none';
						const describe = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
						const key = `${describe}@${Math.round(rect.x)},${Math.round(rect.y + scrollY)}`;
						return { key, describe, visible: (outline || shadow) && rect.width > 1 && rect.height > 1 };
					});
					if (!focus || seen.has(focus.key)) break; // wrapped around to the start
					seen.add(focus.key);
					checked++;
					if (!focus.visible) invisible.push(`${path}: ${focus.describe}`);
				}
			});
			await context.close();
			invisible.sort();
			assert.ok(checked >= pages.length, `Tab reached only ${checked} element(s) on ${pages.length} page(s)`);
			assert.deepEqual(
				invisible,
				[],
				`focused elements without a visible focus indicator (${viewport}):\n${invisible.join('\n')}`,
			);
		});
	}
});
