/**
 * Reading a long page on a phone and on a desktop: glossary and citation cards open next to what was
 * tapped without covering it and close with a visible ✕; a "back to top" link appears once the reader
 * is a few screens down; the phone's "On this page" bar names the section on screen after a jump;
 * heading icons stay on the heading's line.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { builtSiteInBrowser, newSiteContext, type ViewportName } from './support/browser.ts';

const web = builtSiteInBrowser();
const { skip } = web;

interface Box {
	top: number;
	bottom: number;
	left: number;
	right: number;
}

/** Opens the `index`th trigger matching `selector` (scrolled to mid-screen) and measures it and its card. */
async function openCard(page: Page, selector: string, index: number) {
	const trigger = page.locator(selector).nth(index);
	await trigger.evaluate((el) => el.scrollIntoView({ block: 'center' }));
	await trigger.click();
	const cardId = await trigger.getAttribute('popovertarget');
	const card = page.locator(`[id="${cardId}"]`);
	await card.waitFor({ state: 'visible' });
	const box = (el: Element): Box => {
		const r = el.getBoundingClientRect();
		return { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
	};
	return {
		card,
		trigger: await trigger.evaluate(box),
		box: await card.evaluate(box),
		viewport: page.viewportSize()!,
	};
}

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('reading comfort', { concurrency: 2 }, () => {
	const cards = [
		{ what: 'glossary card', path: '/id/efficiency/mixture-of-experts/', selector: 'button.term-trigger' },
		{ what: 'citation card', path: '/cost/inference/', selector: 'button.cite-ref' },
	];
	for (const viewport of ['phone', 'desktop'] as ViewportName[]) {
		for (const { what, path, selector } of cards) {
			test(
				`a ${what} opens next to what was tapped, on screen, and closes with its ✕ (${viewport})`,
				{ skip },
				async () => {
					const context = await newSiteContext(web.browser, { viewport });
					const page = await context.newPage();
					await page.goto(`${web.site.url}${path}`);
					const problems: string[] = [];
					const count = await page.locator(selector).count();
					assert.ok(count >= 3, `${path} has ${count} ${selector}`);
					for (const index of [0, Math.floor(count / 2), count - 1]) {
						const { card, trigger, box, viewport: size } = await openCard(page, selector, index);
						const where = `${path} ${selector} #${index}`;
						if (overlaps(trigger, box)) problems.push(`${where}: the card covers what was tapped`);
						const gap = Math.max(box.top - trigger.bottom, trigger.top - box.bottom);
						if (gap > 24) problems.push(`${where}: the card opens ${Math.round(gap)} px away from what was tapped`);
						if (box.left < 0 || box.right > size.width || box.top < 0 || box.bottom > size.height)
							problems.push(`${where}: the card is partly off screen`);
						const close = card.locator('.popover-close');
						if (!(await close.isVisible())) problems.push(`${where}: no visible close button`);
						else {
							await close.click();
							if (await card.isVisible()) problems.push(`${where}: the ✕ did not close the card`);
						}
					}
					await context.close();
					assert.deepEqual(problems, []);
				},
			);
		}
	}

	test('a "back to top" link appears a few screens down a long page, and takes the reader up', { skip }, async () => {
		const context = await newSiteContext(web.browser, { viewport: 'phone' });
		const page = await context.newPage();
		await page.goto(`${web.site.url}/id/cost/inference/`);
		const link = page.locator('a.back-to-top');
		assert.equal(await link.isVisible(), false, 'shown at the top of the page, where it is not needed');
		await page.evaluate(() => window.scrollTo(0, window.innerHeight * 4));
		await link.waitFor({ state: 'visible' });
		assert.match((await link.textContent()) ?? '', /Kembali ke atas/);
		const inView = await link.evaluate((el) => {
			const r = el.getBoundingClientRect();
			return r.top >= 0 && r.bottom <= window.innerHeight;
		});
		assert.ok(inView, 'the link is not on screen');
		await link.click();
		await page.waitForFunction(() => window.scrollY < 50);
		await context.close();
	});

	test('on a phone, the "On this page" bar names the section a short link opened', { skip }, async () => {
		const context = await newSiteContext(web.browser, { viewport: 'phone' });
		const page = await context.newPage();
		const wrong: string[] = [];
		for (const key of ['/id/go/price-decline/', '/id/go/break-even/', '/go/moe-routing/']) {
			await page.goto(`${web.site.url}${key}`);
			await page.waitForURL(/#/);
			const heading = await page.evaluate(() =>
				document.getElementById(decodeURIComponent(location.hash.slice(1)))?.textContent?.trim(),
			);
			await page.waitForTimeout(400);
			const bar = await page.locator('mobile-starlight-toc .display-current').textContent();
			if (bar?.trim() !== heading) wrong.push(`${key}: the bar says "${bar?.trim()}" on "${heading}"`);
		}
		await context.close();
		assert.deepEqual(wrong, []);
	});

	test("on a phone, heading link and copy icons stay on the heading's last line", { skip }, async () => {
		const context = await newSiteContext(web.browser, { viewport: 'phone' });
		const page = await context.newPage();
		const alone: string[] = [];
		for (const path of ['/id/efficiency/mixture-of-experts/', '/efficiency/mixture-of-experts/']) {
			await page.goto(`${web.site.url}${path}`);
			alone.push(
				...(await page.evaluate(() =>
					[...document.querySelectorAll('.sl-markdown-content .sl-heading-wrapper')].flatMap((wrapper) => {
						const heading = wrapper.firstElementChild!;
						const lines = heading.getClientRects();
						const last = lines[lines.length - 1]!;
						return [...wrapper.querySelectorAll('.sl-anchor-link, .copy-section-link:not([hidden])')]
							.filter((icon) => {
								const r = icon.getBoundingClientRect();
								return r.top >= last.bottom - 2 || r.bottom <= last.top + 2;
							})
							.map((icon) => `${location.pathname}: "${heading.textContent}" ${icon.className} on its own line`);
					}),
				)),
			);
		}
		await context.close();
		assert.deepEqual(alone, []);
	});
});
