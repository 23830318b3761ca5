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
import { trainingOutputs, formatRupiah } from '../src/estimators/outputs.ts';
import { formatFigure } from '../src/lib/format-number.ts';
import { loadSiteData } from '../src/references/site-data.ts';

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
		loadSiteData().numbers.get('usd-idr-ecb-2026-05-08')!.data.value as number,
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

for (const viewport of ['phone', 'desktop'] as const) {
	test(
		`at ${viewport === 'phone' ? '360' : '1280'} px the result bar stays on screen, clear of the field being typed in`,
		{ skip },
		async () => {
			const context = await newSiteContext(web.browser, { viewport });
			const page = await context.newPage();
			for (const lang of ['en', 'id'] as const) {
				await page.goto(`${web.site.url}${lang === 'id' ? '/id' : ''}/tools/`);
				const fields = [
					['training-cost', 't-n', '74'],
					['training-cost', 't-gpus', '4096'],
					['model-memory', 'm-total', '70'],
					['model-memory', 'm-batch', '8'],
					['build-or-buy', 'b-in', '20000'],
					['build-or-buy', 'b-gpus', '16'],
				] as const;
				for (const [estimator, id, value] of fields) {
					const bar = page.locator(`#${estimator}-estimator [data-bar]`);
					const before = await bar.textContent();
					await page.focus(`#${id}`);
					await page.keyboard.press('Control+A');
					await page.keyboard.type(value);
					await page.waitForFunction(([selector, old]) => document.querySelector(selector)?.textContent !== old, [
						`#${estimator}-estimator [data-bar]`,
						before,
					] as const);
					const viewport = page.viewportSize()!;
					const barBox = (await bar.boundingBox())!;
					const fieldBox = (await page.locator(`#${id}`).boundingBox())!;
					const where = `${lang} #${id}`;
					assert.ok(barBox.y >= 0 && barBox.y + barBox.height <= viewport.height, `${where}: the bar is off screen`);
					assert.ok(fieldBox.y >= 0 && fieldBox.y + fieldBox.height <= barBox.y + 1, `${where}: the field is hidden`);
					assert.equal(await page.evaluate(() => document.activeElement?.id), id);
				}
				// The bar repeats the main results as they stand.
				const cost = await out(page, 'training-cost', 'cost');
				assert.ok((await page.locator('#training-cost-estimator [data-bar]').textContent())!.includes(cost!));
			}
			await context.close();
		},
	);
}

test('a decimal mark of the other language is flagged beside the field and never read tenfold', { skip }, async () => {
	const context = await newSiteContext(web.browser);
	const page = await context.newPage();
	await page.goto(`${web.site.url}/tools/`);
	const cost = await out(page, 'training-cost', 'cost');
	await page.fill('#t-d', '14,8');
	await page.waitForFunction(() => document.querySelector('#t-d')?.getAttribute('aria-invalid') === 'true');
	assert.equal(
		await page.textContent('#t-d-error'),
		'Use a point for decimals: 14.8. A comma here separates thousands (1,000).',
	);
	assert.match((await page.getAttribute('#t-d', 'aria-describedby')) ?? '', /\bt-d-error\b/);
	assert.equal(await page.getAttribute('#t-d-error', 'aria-live'), 'polite');
	assert.equal(await out(page, 'training-cost', 'cost'), cost, 'the result is that of the last valid input');
	assert.notEqual(new URL(page.url()).searchParams.get('t.d'), '148');

	await page.goto(`${web.site.url}/id/tools/`);
	await page.fill('#t-d', '14.8');
	await page.waitForFunction(() => document.querySelector('#t-d')?.getAttribute('aria-invalid') === 'true');
	assert.equal(
		await page.textContent('#t-d-error'),
		'Pakai koma untuk desimal: 14,8. Titik di sini memisahkan ribuan (1.000).',
	);
	// On the Indonesian page a point groups thousands.
	await page.fill('#t-d', '1.000');
	await page.waitForFunction(() => new URL(location.href).searchParams.get('t.d') === '1000');
	assert.equal(await page.textContent('#t-d-error'), '');
	await context.close();
});

test(
	'Indonesian pages give rupiah beside dollars at the ECB rate the content uses, with its date',
	{ skip },
	async () => {
		const rate = loadSiteData().numbers.get('usd-idr-ecb-2026-05-08')!.data.value as number;
		const context = await newSiteContext(web.browser);
		const page = await context.newPage();
		await page.goto(`${web.site.url}/id/tools/`);
		await page.fill('#t-n', '74');
		await page.waitForFunction(() => new URL(location.href).searchParams.get('t.n') === '74');
		const training = estimateTraining({
			paramsBillions: 74,
			tokensTrillions: 14.8,
			peakTflops: 989.5,
			mfuPercent: 41,
			pricePerGpuHour: 2,
			gpus: 2048,
		});
		// USD 9.0 million × 17,366 = Rp156 billion
		const usd = formatFigure(Number(training.costUsd.toPrecision(3)), 'usd', 'id');
		const idr = formatRupiah(training.costUsd * rate, 'id');
		assert.equal(await out(page, 'training-cost', 'cost'), `${usd} (${idr})`);

		await page.fill('#b-in', '20000');
		await page.waitForFunction(() => new URL(location.href).searchParams.get('b.in') === '20000');
		const api = (await out(page, 'build-or-buy', 'api'))!;
		const [, dollars, rupiah] = api.match(/^US\$([\d.,]+) \(Rp(.+)\)$/) ?? [];
		assert.ok(dollars && rupiah, `no dollars and rupiah in "${api}"`);
		const dollarValue = Number(dollars.replace(/\./g, '').replace(',', '.'));
		assert.equal(`Rp${rupiah}`, formatRupiah(dollarValue * rate, 'id'));
		const note = await page.locator('#build-or-buy-estimator .estimator-rupiah').textContent();
		assert.match(note ?? '', /8 Mei 2026/);
		assert.match(note ?? '', /Rp17\.366 per US\$/);

		await page.goto(`${web.site.url}/tools/`);
		assert.doesNotMatch((await page.textContent('#build-or-buy-estimator [data-results]')) ?? '', /Rp|IDR/);
		await context.close();
	},
);

test('the build-or-buy chart has values on both axes that follow the inputs', { skip }, async () => {
	const context = await newSiteContext(web.browser);
	const page = await context.newPage();
	const labels = (axis: 'x' | 'y') =>
		page.locator(`#build-or-buy-estimator [data-ticks="${axis}"] text`).allTextContents();
	for (const [path, pattern] of [
		['/tools/', /^\d+(\.\d)?[KMBT]?$/],
		['/id/tools/', /^\d+(,\d)?(\u00a0(rb|jt|M|T))?$/],
	] as const) {
		await page.goto(`${web.site.url}${path}`);
		for (const axis of ['x', 'y'] as const) {
			const texts = await labels(axis);
			assert.ok(texts.length >= 3, `${path}: ${axis} axis has ${texts.length} values`);
			for (const text of texts) assert.match(text, pattern, `${path}: ${axis} tick "${text}"`);
		}
		const before = await labels('x');
		await page.fill('#b-in', '200000');
		await page.waitForFunction(() => new URL(location.href).searchParams.get('b.in') === '200000');
		assert.notDeepEqual(await labels('x'), before, `${path}: the volume axis did not follow the input`);
	}
	assert.ok(
		await page.getByText('Token per bulan', { exact: true }).isVisible(),
		'the volume axis is named in the page language',
	);
	await context.close();
});

test('an untouched page keeps its address; the address takes the inputs once the reader edits', { skip }, async () => {
	const context = await newSiteContext(web.browser);
	const page = await context.newPage();
	await page.goto(`${web.site.url}/id/tools/`);
	await page.locator('#training-cost-estimator [data-card="png"]').waitFor();
	assert.equal(new URL(page.url()).search, '');
	await page.fill('#m-batch', '4');
	await page.waitForFunction(() => new URL(location.href).searchParams.get('m.batch') === '4');
	assert.ok(![...new URL(page.url()).searchParams.keys()].some((k) => !k.startsWith('m.')), page.url());
	await context.close();
});
