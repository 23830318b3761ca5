import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { eachInParallel, newSiteContext, type ViewportName, builtSiteInBrowser } from './support/browser.ts';
import { builtContentPages, urlPathOf } from '../scripts/lib/built-site.ts';
import { pagesWithEveryElementKind } from './support/element-kinds.ts';

// What a keyboard user needs: search from the keyboard, a working skip link, and a visible focus
// indicator on everything Tab reaches.
const pages = builtContentPages();
const samplePages = ['index.html', 'id/index.html', ...pages.filter((p) => p.split('/').length > 2).slice(0, 2)].filter(
	(p) => pages.includes(p),
);

/**
 * A focus ring belongs to a kind of element (a link in the sidebar, a copy button, a glossary term),
 * styled the same on every page, and the skip link to the layout: Tab goes through the pages that
 * together hold every kind (tests/support/element-kinds.ts), all the way round each.
 */
const everyKind = pagesWithEveryElementKind(pages);

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

interface TabStop {
	/** what the element is, for the failure message */
	describe: string;
	/** the element and where it sits on the page: a repeat means Tab went all the way round */
	key: string;
	/** an outline or a box shadow, on a box larger than a pixel */
	visible: boolean;
}

/**
 * Presses Tab through the page (at most 1,000 times) and returns every element focus reached, in
 * order, until it comes round to one already seen. The page notes each element as focus arrives
 * (a focusin listener), so presses go in batches and the notes are read once per batch, not after
 * each press.
 */
async function tabStops(page: Page): Promise<TabStop[]> {
	await page.evaluate(() => {
		const notes: unknown[] = [];
		(window as unknown as { tabStops: unknown[] }).tabStops = notes;
		document.addEventListener('focusin', (event) => {
			const el = event.target as HTMLElement;
			const style = getComputedStyle(el);
			const rect = el.getBoundingClientRect();
			const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
			const shadow = style.boxShadow !== 'none';
			const describe = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
			const key = `${describe}@${Math.round(rect.x)},${Math.round(rect.y + scrollY)}`;
			notes.push({ key, describe, visible: (outline || shadow) && rect.width > 1 && rect.height > 1 });
		});
	});
	// Key events sent together reach the page in order, each handled (focus moved) before the next.
	const cdp = await page.context().newCDPSession(page);
	const tab = { key: 'Tab', code: 'Tab', windowsVirtualKeyCode: 9 };
	const pressTab = () => [
		cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...tab }),
		cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...tab }),
	];
	const stops: TabStop[] = [];
	const seen = new Set<string>();
	const batch = 20;
	try {
		for (let pressed = 0; pressed < 1000; pressed += batch) {
			await Promise.all(Array.from({ length: batch }, pressTab).flat());
			const arrived = await page.evaluate(() => (window as unknown as { tabStops: TabStop[] }).tabStops.splice(0));
			if (arrived.length === 0) return stops; // focus left the page and stayed out
			for (const stop of arrived) {
				if (seen.has(stop.key)) return stops; // wrapped around to the start
				seen.add(stop.key);
				stops.push(stop);
			}
		}
		return stops;
	} finally {
		await cdp.detach();
	}
}

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
		await eachInParallel(everyKind, tabs, async (file, tab) => {
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
		test(
			`every element Tab reaches shows a visible focus indicator (${viewport}, pages with every kind of element)`,
			{ skip },
			async () => {
				const context = await newSiteContext(web.browser, { viewport });
				const browserPages = await Promise.all(Array.from({ length: tabs }, () => context.newPage()));
				const invisible: string[] = [];
				let checked = 0;
				await eachInParallel(everyKind, tabs, async (file, tab) => {
					const page = browserPages[tab]!;
					const path = urlPathOf(file);
					await page.goto(`${web.site.url}${path}`);
					for (const focus of await tabStops(page)) {
						checked++;
						if (!focus.visible) invisible.push(`${path}: ${focus.describe}`);
					}
				});
				await context.close();
				invisible.sort();
				assert.ok(checked >= everyKind.length, `Tab reached only ${checked} element(s) on ${everyKind.length} page(s)`);
				assert.deepEqual(
					invisible,
					[],
					`focused elements without a visible focus indicator (${viewport}):\n${invisible.join('\n')}`,
				);
			},
		);
	}
});
