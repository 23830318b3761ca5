/**
 * The estimators in a browser: inputs drive the results and the URL, a URL restores a scenario,
 * without JavaScript the worked example shows, invalid input gets a message (never NaN), axe finds
 * nothing with results shown, and a 360 px phone shows everything without sideways scrolling.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { builtSiteInBrowser, newSiteContext, type Theme } from './support/browser.ts';
import { estimateTraining } from '../src/estimators/training-cost.ts';
import { trainingOutputs } from '../src/estimators/outputs.ts';

const web = builtSiteInBrowser();
const { skip } = web;
const axeSource = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

const out = (page: Page, root: string, key: string) =>
	page.locator(`#${root}-estimator [data-out="${key}"]`).first().textContent();

test('changing an input updates the result and the URL', { skip }, async () => {
	const context = await newSiteContext(web.browser);
	const page = await context.newPage();
	await page.goto(`${web.site.url}/tools/`);
	const before = await out(page, 'training-cost', 'gpuHours');
	await page.fill('#t-n', '74');
	await page.waitForFunction(() => new URL(location.href).searchParams.get('t.n') === '74');
	const after = await out(page, 'training-cost', 'gpuHours');
	assert.notEqual(after, before);
	assert.equal(await page.inputValue('#t-preset'), 'custom', 'editing an input leaves the preset');
	const url = new URL(page.url());
	assert.equal(url.searchParams.get('t.d'), '14.8');
	// 74 billion is twice DeepSeek-V3's 37 billion: twice the GPU-hours
	assert.equal(after, '4,500,000 GPU-hours');

	await page.fill('#m-ctx', '131072');
	await page.waitForFunction(() => new URL(location.href).searchParams.get('m.ctx') === '131072');
	assert.equal(await out(page, 'model-memory', 'cache'), '67.6\u00a0GB');

	await page.selectOption('#b-preset', 'claude-haiku-5-5');
	await page.waitForFunction(() => new URL(location.href).searchParams.get('b.pin') === '0.1');
	assert.equal(await page.inputValue('#b-pout'), '0.5');
	await context.close();
});

test('loading a URL with inputs restores them (Indonesian page, Indonesian number format)', { skip }, async () => {
	const context = await newSiteContext(web.browser);
	const page = await context.newPage();
	const query = 't.n=70&t.d=1.4&t.gpu=a100&t.prec=bf16&t.mfu=50&t.price=1.5&t.gpus=1024';
	await page.goto(`${web.site.url}/id/tools/?${query}`);
	assert.equal(await page.inputValue('#t-n'), '70');
	assert.equal(await page.inputValue('#t-d'), '1,4');
	assert.equal(await page.inputValue('#t-gpu'), 'a100');
	assert.equal(await page.inputValue('#t-preset'), 'custom');
	const expected = trainingOutputs(
		estimateTraining({
			paramsBillions: 70,
			tokensTrillions: 1.4,
			peakTflops: 312,
			mfuPercent: 50,
			pricePerGpuHour: 1.5,
			gpus: 1024,
		}),
		'id',
	);
	assert.equal(await out(page, 'training-cost', 'gpuHours'), expected.gpuHours);
	assert.equal(await out(page, 'training-cost', 'cost'), expected.cost);
	await context.close();
});

test('invalid input shows a message in place and never NaN or Infinity', { skip }, async () => {
	const context = await newSiteContext(web.browser);
	const page = await context.newPage();
	await page.goto(`${web.site.url}/tools/`);
	for (const value of ['-3', '', 'abc', '1e400']) {
		await page.fill('#t-gpus', value);
		await page.waitForFunction(() => document.querySelector('#t-gpus')?.getAttribute('aria-invalid') === 'true');
		assert.ok(((await page.textContent('#t-gpus-error')) ?? '').length > 0, `no message for "${value}"`);
		assert.doesNotMatch((await page.textContent('#training-cost-estimator')) ?? '', /NaN|Infinity/);
	}
	await page.fill('#t-gpus', '2048');
	await page.waitForFunction(() => !document.querySelector('#t-gpus')?.hasAttribute('aria-invalid'));
	assert.equal(await page.textContent('#t-gpus-error'), '');
	await context.close();
});

test('without JavaScript the page shows the worked example with its inputs', { skip }, async () => {
	const context = await web.browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(`${web.site.url}/cost/training-compute/`);
	assert.equal(await page.inputValue('#t-n'), '37');
	assert.equal(await page.inputValue('#t-d'), '14.8');
	assert.equal(await out(page, 'training-cost', 'gpuHours'), '2,250,000 GPU-hours');
	assert.ok(
		await page.locator('#training-cost-estimator [data-no-js]').isVisible(),
		'the worked-example note is shown',
	);
	assert.ok(!(await page.locator('[data-copy-scenario]').first().isVisible()), 'no copy button without JavaScript');
	await context.close();
});

for (const theme of ['light', 'dark'] as Theme[]) {
	test(`axe finds no WCAG A/AA violation on /tools/ with results shown (${theme})`, { skip }, async () => {
		const context = await newSiteContext(web.browser, { theme, bypassCSP: true });
		const page = await context.newPage();
		await page.goto(`${web.site.url}/tools/?t.n=100`);
		await page.fill('#b-in', '-1'); // an inline error shown too
		await page.waitForFunction(() => document.querySelector('#b-in')?.getAttribute('aria-invalid') === 'true');
		await page.addScriptTag({ path: axeSource });
		const violations = await page.evaluate(async () => {
			const axe = (
				window as unknown as {
					axe: {
						run: (ctx: Document, o: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
					};
				}
			).axe;
			const r = await axe.run(document, {
				runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
			});
			return r.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
		});
		assert.deepEqual(violations, []);
		await context.close();
	});
}

test('usable on a 360 px phone: no sideways scrolling, inputs reachable by keyboard', { skip }, async () => {
	const context = await newSiteContext(web.browser, { viewport: 'phone' });
	const page = await context.newPage();
	await page.goto(`${web.site.url}/id/tools/`);
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
	assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow} px`);
	for (const id of ['t-n', 'm-total', 'b-in']) {
		const box = await page.locator(`#${id}`).boundingBox();
		assert.ok(box && box.x >= 0 && box.x + box.width <= 360, `#${id} is cut off`);
	}
	await page.focus('#t-preset');
	await page.keyboard.press('Tab');
	assert.equal(await page.evaluate(() => document.activeElement?.id), 't-n');
	await page.keyboard.press('End');
	await page.keyboard.type('0');
	await page.waitForFunction(() => new URL(location.href).searchParams.get('t.n') === '370');
	await context.close();
});
