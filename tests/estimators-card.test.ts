/**
 * Scenario cards: each estimator downloads a 1920 × 1080 card of the scenario on screen (PNG and
 * SVG) whose QR code, decoded from the PNG's pixels, opens the same scenario again; the QR encoder
 * loads only when the reader asks for a card.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Download, Page } from 'playwright-core';
import { builtSiteInBrowser, newSiteContext } from './support/browser.ts';

const web = builtSiteInBrowser();
const { skip } = web;
const jsqrPath = createRequire(import.meta.url).resolve('jsqr/dist/jsQR.js');

const saved = async (download: Download) => readFileSync((await download.path())!);

/** Width, height and the decoded QR code of a PNG, read by the browser's own decoder and jsQR. */
async function readPng(page: Page, png: Buffer) {
	await page.goto('about:blank');
	await page.addScriptTag({ path: jsqrPath });
	return page.evaluate(async (base64) => {
		const image = new Image();
		image.src = `data:image/png;base64,${base64}`;
		await image.decode();
		const canvas = document.createElement('canvas');
		canvas.width = image.naturalWidth;
		canvas.height = image.naturalHeight;
		const context = canvas.getContext('2d')!;
		context.drawImage(image, 0, 0);
		const decode = (
			window as unknown as { jsQR: (d: Uint8ClampedArray, w: number, h: number) => { data: string } | null }
		).jsQR;
		const pixels = context.getImageData(0, 0, canvas.width, canvas.height);
		return {
			width: image.naturalWidth,
			height: image.naturalHeight,
			qr: decode(pixels.data, pixels.width, pixels.height)?.data ?? null,
		};
	}, png.toString('base64'));
}

for (const lang of ['en', 'id'] as const) {
	const prefix = lang === 'id' ? '/id' : '';
	test(
		`the build-or-buy scenario card (${lang}) is 1920 × 1080 and its QR code reopens the scenario`,
		{ skip },
		async () => {
			const context = await newSiteContext(web.browser, { bypassCSP: true });
			const page = await context.newPage();
			const scripts: string[] = [];
			page.on('request', (request) => {
				if (request.resourceType() === 'script') scripts.push(request.url());
			});
			await page.goto(`${web.site.url}${prefix}/tools/`);
			await page.fill('#b-in', '20000');
			await page.selectOption('#b-preset', 'claude-haiku-5-5');
			await page.waitForFunction(() => new URL(location.href).searchParams.get('b.pin') === '0.1');
			const api = await page.locator('#build-or-buy-estimator [data-out="api"]').textContent();
			const loadedBefore = scripts.length;

			const [png] = await Promise.all([
				page.waitForEvent('download'),
				page.click('#build-or-buy-estimator [data-card="png"]'),
			]);
			assert.equal(png.suggestedFilename(), 'build-or-buy-scenario.png');
			assert.ok(scripts.length > loadedBefore, 'the card code loads on the click');
			const [svgDownload] = await Promise.all([
				page.waitForEvent('download'),
				page.click('#build-or-buy-estimator [data-card="svg"]'),
			]);
			const svg = (await saved(svgDownload)).toString('utf8');

			const image = await readPng(await context.newPage(), await saved(png));
			assert.deepEqual([image.width, image.height], [1920, 1080]);
			assert.ok(image.qr, 'the QR code does not decode');
			const url = new URL(image.qr);
			assert.equal(url.pathname, `${prefix}/tools/`);
			assert.equal(url.hash, '#build-or-buy-estimator');
			assert.deepEqual(
				[...url.searchParams.keys()].filter((k) => !k.startsWith('b.')),
				[],
				'the QR carries this estimator only',
			);

			// The SVG holds the inputs, the result (in rupiah too on Indonesian pages) and what is left out.
			const unescape = (s: string) =>
				s
					.replace(/&amp;/g, '&')
					.replace(/&apos;/g, "'")
					.replace(/&quot;/g, '"');
			const svgText = unescape(svg).replace(/\u00a0/g, ' ');
			assert.match(svgText, /viewBox="0 0 1920 1080"/);
			assert.ok(svgText.includes(api!.replace(/\u00a0/g, ' ')), `the card lacks the API bill ${api}`);
			assert.ok(svgText.includes(lang === 'id' ? '20.000' : '20,000'), 'the card lacks the input volume');
			assert.ok(svgText.includes(lang === 'id' ? 'Batas perkiraan ini' : 'Limits of this estimate'));
			if (lang === 'id') assert.match(svgText, /\(Rp[\d,]+ (juta|miliar)\)/);

			// Scanning the code opens the same scenario.
			const phone = await newSiteContext(web.browser, { viewport: 'phone' });
			const reopened = await phone.newPage();
			await reopened.goto(`${web.site.url}${url.pathname}${url.search}${url.hash}`);
			assert.equal(await reopened.inputValue('#b-in'), '20000');
			assert.equal(await reopened.inputValue('#b-preset'), 'claude-haiku-5-5');
			assert.equal(await reopened.locator('#build-or-buy-estimator [data-out="api"]').textContent(), api);
			await phone.close();
			await context.close();
		},
	);
}

test('each estimator offers its card, and the QR encoder is not loaded before a click', { skip }, async () => {
	const context = await newSiteContext(web.browser);
	const page = await context.newPage();
	const scripts: string[] = [];
	page.on('request', (request) => {
		if (request.resourceType() === 'script') scripts.push(request.url());
	});
	await page.goto(`${web.site.url}/tools/`);
	await page.waitForLoadState('networkidle');
	for (const name of ['training-cost', 'model-memory', 'build-or-buy']) {
		assert.ok(await page.locator(`#${name}-estimator [data-card="png"]`).isVisible(), `${name}: no card button`);
	}
	// qrcode's encoder keeps the name of its BCH helper (a property, so minifying keeps it).
	const holdsEncoder = async (urls: string[]) => {
		const bodies = await Promise.all(urls.map(async (u) => (await fetch(u)).text()));
		return urls.filter((_, i) => bodies[i]!.includes('getBCHDigit'));
	};
	const onLoad = [...scripts];
	assert.ok(onLoad.length > 0, 'no scripts seen');
	assert.deepEqual(await holdsEncoder(onLoad), [], 'the QR encoder loads with the page');
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.click('#model-memory-estimator [data-card="png"]'),
	]);
	assert.equal(download.suggestedFilename(), 'model-memory-scenario.png');
	assert.equal((await holdsEncoder(scripts.slice(onLoad.length))).length, 1, 'the click loads the QR encoder');
	await context.close();
});
