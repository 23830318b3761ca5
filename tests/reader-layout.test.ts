/**
 * What a reader sees, in a real browser: blocks of text have space between them, a phone reader can
 * always switch language, and tables on a phone show every column or say that they scroll.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { builtSiteInBrowser, newSiteContext, type Theme, type ViewportName } from './support/browser.ts';

const web = builtSiteInBrowser();
const { skip } = web;

const explainers = ['/start/deepseek-moment/', '/id/start/deepseek-moment/', '/cost/inference/', '/id/cost/inference/'];

// The tests are independent (a browser context each) and run side by side, on every core.
describe('what a reader sees', { concurrency: 4 }, () => {
	test('at 1280 px the header selects show their whole label, in both languages', { skip }, async () => {
		const context = await newSiteContext(web.browser, { viewport: 'desktop' });
		const page = await context.newPage();
		const cut: string[] = [];
		for (const path of ['/', '/id/']) {
			await page.goto(`${web.site.url}${path}`);
			cut.push(
				...(await page.evaluate(() => {
					const measure = document.createElement('canvas').getContext('2d')!;
					return [...document.querySelectorAll<HTMLSelectElement>('header select')]
						.filter((select) => select.offsetParent !== null)
						.flatMap((select) => {
							const style = getComputedStyle(select);
							measure.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
							const label = select.selectedOptions[0]?.textContent?.trim() ?? '';
							const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
							return measure.measureText(label).width > room ? [`${location.pathname}: "${label}"`] : [];
						});
				})),
			);
		}
		await context.close();
		assert.deepEqual(cut, [], 'header selects that cut their label');
	});

	for (const viewport of ['phone', 'desktop'] as ViewportName[]) {
		for (const theme of ['light', 'dark'] as Theme[]) {
			test(`paragraphs and headings have room to breathe (${viewport}, ${theme})`, { skip }, async () => {
				const context = await newSiteContext(web.browser, { viewport, theme });
				const page = await context.newPage();
				for (const path of explainers.slice(0, 2)) {
					await page.goto(`${web.site.url}${path}`);
					const gaps = await page.evaluate(() => {
						const content = document.querySelector('.sl-markdown-content')!;
						const fontSize = parseFloat(getComputedStyle(content).fontSize);
						const blocks = [...content.children].filter((el) => (el as HTMLElement).offsetParent !== null);
						const tight: string[] = [];
						let paragraphs = 0;
						let headings = 0;
						for (let i = 1; i < blocks.length; i++) {
							const [a, b] = [blocks[i - 1]!, blocks[i]!];
							const isPair = a.tagName === 'P' && b.tagName === 'P';
							const isHeading = b.matches('.sl-heading-wrapper.level-h2');
							if (!isPair && !isHeading) continue;
							const gap = b.getBoundingClientRect().top - a.getBoundingClientRect().bottom;
							if (isPair) paragraphs++;
							if (isHeading) headings++;
							if (gap < 0.75 * fontSize)
								tight.push(
									`${b.tagName}${isHeading ? ' (h2)' : ''} "${b.textContent!.slice(0, 40)}": ${gap.toFixed(1)} px`,
								);
						}
						return { tight, paragraphs, headings };
					});
					assert.ok(
						gaps.paragraphs > 1 && gaps.headings > 3,
						`${path}: found too few blocks to measure (${gaps.paragraphs} paragraph pairs, ${gaps.headings} h2)`,
					);
					assert.deepEqual(gaps.tight, [], `${path}: blocks closer than 0.75 em`);
				}
				await context.close();
			});
		}
	}

	for (const path of ['/', '/id/', '/cost/inference/', '/id/cost/inference/']) {
		test(`at 360 px a visible control on ${path} leads to the other language`, { skip }, async () => {
			const context = await newSiteContext(web.browser, { viewport: 'phone' });
			const page = await context.newPage();
			await page.goto(`${web.site.url}${path}`);
			const other = path.startsWith('/id/') ? path.replace(/^\/id/, '') : `/id${path}`;
			const select = page.locator('starlight-lang-select select:visible');
			if ((await select.count()) === 0) {
				const menu = page.locator('button.sl-menu-button:visible, starlight-menu-button button:visible').first();
				assert.ok(await menu.isVisible(), 'neither a language switch nor a menu is visible');
				await menu.tap();
			}
			const visibleSelect = page.locator('starlight-lang-select select:visible').first();
			await visibleSelect.waitFor({ state: 'visible', timeout: 5_000 });
			const base = new URL(web.site.url).pathname.replace(/\/$/, '');
			await Promise.all([
				page.waitForURL((u) => u.pathname === `${base}${other}`),
				visibleSelect.selectOption({ index: path.startsWith('/id/') ? 0 : 1 }),
			]);
			await context.close();
		});
	}

	for (const path of explainers.concat([
		'/start/abcd/',
		'/id/start/abcd/',
		'/cost/trends/',
		'/cost/training-compute/',
	])) {
		test(`at 360 px every table on ${path} shows all its columns or shows that it scrolls`, { skip }, async () => {
			const context = await newSiteContext(web.browser, { viewport: 'phone' });
			const page = await context.newPage();
			await page.goto(`${web.site.url}${path}`);
			const tables = await page.$$eval('.sl-markdown-content table', (all) =>
				all.map((table) => {
					const style = getComputedStyle(table);
					const overflows = table.scrollWidth > table.clientWidth + 1;
					const hidden = [...table.querySelectorAll('td')].filter((td) => {
						const r = td.getBoundingClientRect();
						return r.width > 0 && r.left >= innerWidth;
					}).length;
					return {
						first: table.querySelector('th,td')?.textContent?.slice(0, 30),
						overflows,
						hidden,
						scrollHint: style.backgroundImage.includes('gradient') && style.backgroundAttachment.includes('local'),
						stacked: table.classList.contains('stack-narrow'),
						labelled: [...table.querySelectorAll('tbody td')].every((td) => td.hasAttribute('data-label')),
					};
				}),
			);
			assert.ok(tables.length > 0, 'no tables on the page');
			for (const t of tables) {
				if (t.stacked) {
					assert.ok(!t.overflows && t.hidden === 0, `stacked table "${t.first}" still hides cells`);
					assert.ok(t.labelled, `stacked table "${t.first}" has cells without their column label`);
				} else if (t.overflows) {
					assert.ok(t.scrollHint, `table "${t.first}" scrolls with no visible hint`);
				}
			}
			await context.close();
		});
	}
});
