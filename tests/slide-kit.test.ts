import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { builtSiteInBrowser, newSiteContext } from './support/browser.ts';
import { distDir, readBuilt } from '../scripts/lib/built-site.ts';
import { measurePage } from '../scripts/lib/page-weight.ts';
import { readShortLinks } from '../src/links/shortlinks.ts';
import { siteUrl } from '../src/site.config.ts';

// The slide kit: every short link with its full link, QR code and citation, in both languages; QR
// codes that scan back to the short link; findable text; and an A4 print without navigation.
const links = readShortLinks();
const kits = { en: 'slides/index.html', id: 'id/slides/index.html' } as const;
const jsqrPath = createRequire(import.meta.url).resolve('jsqr/dist/jsQR.js');

// The tests are independent (a browser context or page each) and run two at a time (a CI runner's two cores).
describe('the slide kit', { concurrency: 2 }, () => {
	for (const [lang, file] of Object.entries(kits)) {
		test(`the ${lang} slide kit lists every short link with full link, QR code and citation`, (t) => {
			const html = readBuilt(file);
			const prefix = lang === 'id' ? '/id' : '';
			for (const link of links) {
				const short = new URL(`${prefix}/go/${link.key}/`, siteUrl).href;
				const entry = new RegExp(`<li class="slide-link" id="go-${link.key}"[^>]*>([\\s\\S]*?)</li>`).exec(html)?.[1];
				assert.ok(entry, `${file}: no entry for ${link.key}`);
				assert.ok(entry.includes(`href="${short}"`), `${link.key}: short link`);
				assert.ok(entry.includes(`src="${prefix}/qr/${link.key}.svg"`), `${link.key}: QR code`);
				assert.ok(entry.includes(`${link.page}${link.section ? `#${link.section}` : ''}"`), `${link.key}: full link`);
				assert.match(entry, lang === 'id' ? /Berapa Biaya AI/ : /What AI Costs/, `${link.key}: citation`);
			}
			// Text is rendered up front, for find and print; only images (previews, QR codes) load lazily.
			assert.doesNotMatch(
				html.replace(/<img [^>]*>|<script[\s\S]*?<\/script>/g, ''),
				/loading="lazy"/,
				'everything but the images is rendered up front, for find and print',
			);
			const weight = measurePage(distDir, file);
			t.diagnostic(
				`${file}: HTML ${(weight.html.gzip / 1024).toFixed(1)} KB + CSS ${(weight.css.gzip / 1024).toFixed(1)} KB gzip`,
			);
		});
	}

	const web = builtSiteInBrowser();
	const { skip } = web;

	for (const [lang, file] of Object.entries(kits)) {
		test(`every QR code in the ${lang} slide kit decodes to its short link`, { skip }, async (t) => {
			// The site's CSP (rightly) refuses injected scripts; the decoder is test tooling.
			const context = await web.browser.newContext({ bypassCSP: true });
			const page = await context.newPage();
			await page.goto(`${web.site.url}/${file.replace('index.html', '')}`);
			await page.addScriptTag({ path: jsqrPath });
			// QR codes load lazily as they scroll into view; here all of them are wanted at once.
			await page.$$eval('.slide-link img', (imgs) =>
				imgs.forEach((img) => ((img as HTMLImageElement).loading = 'eager')),
			);
			// Draw each SVG as the browser renders it onto a canvas and decode the pixels with jsQR.
			const results = await page.evaluate(async () => {
				const decode = (
					window as unknown as { jsQR: (d: Uint8ClampedArray, w: number, h: number) => { data: string } | null }
				).jsQR;
				const out: { src: string; decoded: string | null }[] = [];
				for (const img of document.querySelectorAll<HTMLImageElement>('.slide-link img')) {
					await img.decode();
					const canvas = document.createElement('canvas');
					canvas.width = canvas.height = 300;
					const ctx = canvas.getContext('2d')!;
					ctx.drawImage(img, 0, 0, 300, 300);
					out.push({
						src: img.getAttribute('src')!,
						decoded: decode(ctx.getImageData(0, 0, 300, 300).data, 300, 300)?.data ?? null,
					});
				}
				return out;
			});
			await context.close();
			const prefix = lang === 'id' ? '/id' : '';
			assert.equal(results.length, links.length);
			const wrong = results.filter(({ src, decoded }) => {
				const key = /\/qr\/([^/]+)\.svg$/.exec(src)![1];
				return decoded !== new URL(`${prefix}/go/${key}/`, siteUrl).href;
			});
			t.diagnostic(`${results.length - wrong.length}/${results.length} QR codes decoded to their short links`);
			assert.deepEqual(wrong, []);
		});
	}

	// The printed kit grows with the key numbers it lists: 374 figures printed on 12 pages, the 448 of
	// 7 December 2026 on 13 without their sources. With each figure's source, and a thumbnail for each
	// chart and diagram (A9 of the 7 December review), the same kit prints on 16 pages in English and
	// 17 in Indonesian; with a short link for every section that explains a figure (145 links), 18 in
	// Indonesian. The limit keeps the print a handout, not a book.
	const maxPrintedPages = 18;
	for (const path of ['/slides/', '/id/slides/']) {
		test(`${path} prints on at most ${maxPrintedPages} A4 pages`, { skip }, async (t) => {
			const page = await web.browser.newPage();
			await page.goto(`${web.site.url}${path}`);
			await page.emulateMedia({ media: 'print' });
			await page.waitForFunction(() => [...document.images].every((img) => img.complete));
			const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
			const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
			t.diagnostic(`${path}: ${pages} A4 pages`);
			assert.ok(pages > 0 && pages <= maxPrintedPages, `${pages} pages`);
			await page.close();
		});
	}

	test('figures in the slide kit never repeat their unit', () => {
		for (const file of ['slides/index.html', 'id/slides/index.html']) {
			const html = readBuilt(file);
			const repeats = [
				...html.matchAll(/<strong class="sk-title">([^<]*?)\s(\S+)<\/strong><\/label><p class="sk-text">\2\b/g),
			].map((m) => m[0]);
			assert.ok(html.includes('<strong class="sk-title">'), `${file}: no figures found`);
			assert.deepEqual(repeats, [], `${file}: a unit printed twice`);
		}
	});

	test('short links on the slide kit never break across lines', { skip }, async () => {
		const context = await newSiteContext(web.browser, { viewport: 'phone' });
		const page = await context.newPage();
		await page.goto(`${web.site.url}/slides/`);
		const paths = await page.$$eval('.slide-link-path', (spans) =>
			spans.map((span) => ({
				text: span.textContent,
				lines: span.getClientRects().length,
				right: span.getBoundingClientRect().right,
			})),
		);
		assert.ok(paths.length > 10, 'no short links found');
		const broken = paths.filter((p) => p.lines > 1 || p.right > 360).map((p) => p.text);
		assert.deepEqual(broken, [], 'short links broken across lines or running off the screen');
		await context.close();
	});

	test('the slide kit prints on A4 without navigation, and find sees every short link', { skip }, async () => {
		const page = await web.browser.newPage();
		await page.goto(`${web.site.url}/slides/`);
		await page.emulateMedia({ media: 'print' });
		const visible = await page.evaluate(() =>
			[
				'header.header',
				'nav.sidebar',
				'.right-sidebar-container',
				'mobile-starlight-toc',
				'.pagination-links',
				'.main-frame footer',
			].filter((selector) => [...document.querySelectorAll(selector)].some((el) => el.getClientRects().length > 0)),
		);
		assert.deepEqual(visible, [], 'navigation chrome still printed');
		const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
		assert.ok(pdf.length > 10_000);
		await page.emulateMedia({ media: 'screen' });
		// window.find is what Ctrl+F uses: the short links are real text, not images or lazy content.
		const last = links.at(-1)!;
		assert.ok(
			await page.evaluate(
				(text) => (window as unknown as { find: (s: string) => boolean }).find(text),
				`/go/${last.key}`,
			),
		);
		await page.close();
	});
});
