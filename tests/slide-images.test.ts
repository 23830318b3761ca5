import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import jsQR from 'jsqr';
import QRCode from 'qrcode';
import { distDir, readBuilt } from '../scripts/lib/built-site.ts';
import { loadCharts, inLang, type Chart } from '../src/charts/data.ts';
import { listCharts } from '../src/charts/pages.ts';
import { chartSlideSvg } from '../src/charts/export.ts';
import { loadSiteData } from '../src/references/site-data.ts';
import { publishedPages } from '../src/content-index/index.ts';
import { readShortLinks } from '../src/links/index.ts';
import { figureFontFamily, figureFontFiles } from '../src/figures/fonts.ts';
import { slideFrameSvg } from '../src/figures/slide.ts';
import { formatDate } from '../src/lib/format-date.ts';
import { localeDir, localePrefix } from '../src/lib/locale.ts';
import { basePath, siteUrl, type Lang } from '../src/site.config.ts';

// Every chart as a 16:9 slide (src/charts/export.ts, frame in src/figures/slide.ts), read from the
// built dist/: size, footer, QR code, text inside the frame, and the download links on the page.

const charts = [...loadCharts().values()];
const langs: Lang[] = ['en', 'id'];
const slideFile = (lang: Lang, id: string, ext: 'png' | 'svg') =>
	join(distDir, `${localeDir(lang)}charts/${id}-slide.${ext}`);
const slideSvg = (lang: Lang, id: string) => readFileSync(slideFile(lang, id, 'svg'), 'utf8');

/** The short link a chart's images must print: the key content/shortlinks.yaml gives its section, else its link. */
function expectedLink(chart: Chart, lang: Lang): string {
	const page = publishedPages().find((p) => p.lang === 'en' && p.charts.includes(chart.id));
	const key =
		readShortLinks().find((l) => l.page === page?.path && l.section === chart.section?.split('#').at(-1))?.key ??
		chart.link;
	assert.ok(key, `chart ${chart.id} has no short-link key (link: in content/charts/)`);
	return new URL(`${basePath}${localePrefix(lang)}/go/${key}/`, siteUrl).href;
}

const unescape = (s: string) =>
	s
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&amp;/g, '&');
const group = (svg: string, name: string) =>
	new RegExp(`<g class="${name}"[^>]*>([\\s\\S]*?)</g>`).exec(svg)?.[1] ?? '';
const textsOf = (markup: string) => [...markup.matchAll(/<text[^>]*>[^<]*<\/text>/g)].map((m) => m[0]);
const textOf = (element: string) => unescape(/>([^<]*)</.exec(element)![1]!);

/** The box a line of text really covers when drawn with the figure font (resvg). */
function drawnBox(element: string, bold = false): { left: number; right: number; top: number; bottom: number } {
	const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1920" height="1080" font-family="${figureFontFamily}"${bold ? ' font-weight="bold"' : ''}>${element}</svg>`;
	const box = new Resvg(svg, {
		font: { fontFiles: figureFontFiles, loadSystemFonts: false, defaultFontFamily: figureFontFamily },
	}).getBBox();
	assert.ok(box, `nothing drawn for ${element}`);
	return { left: box.x, right: box.x + box.width, top: box.y, bottom: box.y + box.height };
}

/** Title, subtitle and footer lines of a slide SVG stay inside the frame, off the QR code and off each other. */
function assertTextInsideFrame(svg: string, what: string) {
	const qr = /<svg class="slide-qr" x="([\d.]+)" y="([\d.]+)" width="([\d.]+)"/.exec(svg);
	const rule = Number(/<path d="M80 ([\d.]+)H1840"/.exec(svg)?.[1]);
	const graphicTop = Number(/<g class="slide-graphic" transform="translate\([\d.]+,([\d.]+)\)/.exec(svg)?.[1]);
	assert.ok(rule > 0 && graphicTop > 0, `${what}: rule and graphic found`);
	const heading = [...textsOf(group(svg, 'slide-title')), ...textsOf(group(svg, 'slide-subtitle'))];
	const footer = textsOf(group(svg, 'slide-footer'));
	assert.ok(heading.length && footer.length, `${what}: title and footer lines found`);
	const boxes = [
		...heading.map((t) => ({ t, box: drawnBox(t, /font-weight="bold"/.test(t)), footer: false })),
		...footer.map((t) => ({ t, box: drawnBox(t, /font-weight="bold"/.test(t)), footer: true })),
	];
	const footerRight = qr ? Number(qr[1]) - 24 : 1840;
	for (const { t, box, footer } of boxes) {
		const line = `${what}: "${textOf(t)}"`;
		// a glyph may overhang its origin by a pixel or two (the tail of "j"); more is a line out of place
		assert.ok(box.left >= 80 - 4, `${line} starts at x=${box.left}, left of the margin`);
		assert.ok(box.right <= (footer ? footerRight : 1840), `${line} ends at x=${Math.round(box.right)}, past the frame`);
		if (footer) assert.ok(box.top > rule && box.bottom <= 1080, `${line} is not between the rule and the bottom edge`);
		else
			assert.ok(
				box.top >= 0 && box.bottom < graphicTop,
				`${line} runs into the graphic (y ${box.bottom} ≥ ${graphicTop})`,
			);
	}
	const sorted = boxes.map((b) => b.box).sort((a, b) => a.top - b.top);
	sorted.slice(1).forEach((b, i) => assert.ok(b.top >= sorted[i]!.bottom - 1, `${what}: two lines overlap`));
}

test('every chart has a 1920×1080 slide PNG and a slide SVG with viewBox 0 0 1920 1080, in both languages', () => {
	assert.ok(charts.length >= 9, `only ${charts.length} charts`);
	for (const chart of charts) {
		for (const lang of langs) {
			const png = readFileSync(slideFile(lang, chart.id, 'png'));
			assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG', `${lang} ${chart.id}-slide.png is not a PNG`);
			assert.deepEqual(
				{ width: png.readUInt32BE(16), height: png.readUInt32BE(20) },
				{ width: 1920, height: 1080 },
				`${lang} ${chart.id}-slide.png`,
			);
			const svg = slideSvg(lang, chart.id);
			assert.match(svg, /^<\?xml [^>]*\?>\n<svg [^>]*viewBox="0 0 1920 1080"/, `${lang} ${chart.id}-slide.svg viewBox`);
			assert.doesNotMatch(svg, /var\(--/, 'a slide carries its own colours');
			assert.match(
				svg,
				/^<svg[^>]*>(<title>[^<]*<\/title>)?<rect width="1920" height="1080" fill="#ffffff"\/>/m,
				'opaque white background',
			);
		}
	}
});

test('each slide is re-plotted for the slide, not the page drawing scaled: slide-size type, at most slightly scaled', () => {
	for (const chart of charts) {
		for (const lang of langs) {
			const svg = slideSvg(lang, chart.id);
			const scale = Number(/<g class="slide-graphic" transform="[^"]*scale\(([\d.]+)\)/.exec(svg)?.[1]);
			const fontSize = Number(/<g id="p" font-size="(\d+)"/.exec(svg)?.[1]);
			// labels drawn at 24 px or more on the 1920 px slide (the page drawing's 13 px scaled to fit would be ~30 px
			// only for a scale of 2.3, with hairline marks; the scale stays near 1)
			assert.ok(scale > 0.8 && scale <= 1.01, `${lang} ${chart.id}: graphic scaled by ${scale}`);
			assert.ok(fontSize * scale >= 24, `${lang} ${chart.id}: labels ${fontSize * scale} px on the slide`);
			assert.equal(inLang(chart.title, lang), unescape(/<title>([^<]*)<\/title>/.exec(svg)![1]!));
		}
	}
});

test('the footer names the source, the as-of date and the short link, which is also in bold', () => {
	const sources = loadSiteData().sources;
	for (const chart of charts) {
		for (const lang of langs) {
			const footer = textsOf(group(slideSvg(lang, chart.id), 'slide-footer'));
			const words = footer.map(textOf).join(' ');
			const what = `${lang} ${chart.id} footer "${words}"`;
			assert.match(words, lang === 'id' ? /^Sumber: / : /^Sources?: /, what);
			for (const id of new Set(chart.series.flatMap((s) => s.points.map((p) => p.source)))) {
				const title = sources.get(id)?.data.title;
				assert.ok(title && words.includes(title.replace(/\s+/g, ' ')), `${what} lacks source "${title}"`);
			}
			const asOf = chart.series
				.flatMap((s) => s.points.map((p) => p.asOf))
				.sort()
				.at(-1)!;
			assert.ok(
				words.includes(`${lang === 'id' ? 'per' : 'as of'} ${formatDate(asOf, lang)}`),
				`${what} lacks the date`,
			);
			const link = expectedLink(chart, lang)
				.replace(/^https:\/\//, '')
				.replace(/\/$/, '');
			const bold = footer.filter((t) => /font-weight="bold"/.test(t)).map(textOf);
			assert.deepEqual(bold, [link], `${what}: the short link in bold`);
		}
	}
});

test("the slide's QR code decodes to the short link printed beside it", () => {
	for (const chart of charts) {
		for (const lang of langs) {
			const svg = slideSvg(lang, chart.id);
			const image = new Resvg(svg, { font: { fontFiles: figureFontFiles, loadSystemFonts: false } }).render();
			const code = jsQR(new Uint8ClampedArray(image.pixels), image.width, image.height);
			assert.ok(code, `${lang} ${chart.id}: no QR code found in the slide`);
			const printed = textOf(textsOf(group(svg, 'slide-footer')).find((t) => /font-weight="bold"/.test(t))!);
			assert.equal(code.data, `https://${printed}/`, `${lang} ${chart.id}: QR code and printed link differ`);
			assert.equal(code.data, expectedLink(chart, lang));
		}
	}
});

test('no title, note or footer line of a chart slide runs past the frame, into the QR code or into the graphic', () => {
	for (const chart of charts)
		for (const lang of langs) assertTextInsideFrame(slideSvg(lang, chart.id), `${lang} ${chart.id}`);
});

test("a chart that names its section prints that section's short link and QR code, not its page's", () => {
	const chart = loadCharts().get('training-cost-over-time')!;
	assert.equal(chart.link, 'trends');
	assert.equal(expectedLink(chart, 'id'), new URL(`${basePath}/id/go/cost-chart/`, siteUrl).href);
	const svg = chartSlideSvg({ ...chart, section: 'frontier-cost-growth' } as Chart, 'id');
	const printed = textsOf(group(svg, 'slide-footer'))
		.filter((t) => /font-weight="bold"/.test(t))
		.map(textOf);
	assert.deepEqual(printed, [
		new URL(`${basePath}/id/go/frontier-cost-growth`, siteUrl).href.replace(/^https:\/\//, ''),
	]);
	const image = new Resvg(svg, { font: { fontFiles: figureFontFiles, loadSystemFonts: false } }).render();
	const code = jsQR(new Uint8ClampedArray(image.pixels), image.width, image.height);
	assert.equal(code?.data, new URL(`${basePath}/id/go/frontier-cost-growth/`, siteUrl).href);
});

test('the frame wraps very long titles and source lines at spaces and keeps them inside (made-up text)', async () => {
	const title =
		'Biaya pelatihan model bahasa terdepan menurut tahun rilis dengan skala logaritmik dan garis tren yang dicocokkan oleh situs ini sendiri terhadap titik-titik data Epoch AI, termasuk perkiraan untuk model-model yang belum dirilis secara publik';
	const source = `Sumber: ${'Epoch AI, Notable AI Models dataset (code and data for “The rising costs of training frontier AI models”); '.repeat(4)}Artificial Analysis`;
	const svg = slideFrameSvg(
		{
			lang: 'id',
			title,
			subtitle: 'Titik berada di tengah tahun rilis setiap model. '.repeat(5),
			source,
			asOf: '2026-11-28',
			link: {
				text: 'ai-cost-explainer.pages.dev/id/go/a-rather-long-section-key-for-testing',
				qr: { svg: await QRCode.toString('https://example.org/', { type: 'svg', margin: 4 }) },
			},
		},
		{ body: '<rect width="400" height="300"/>', width: 400, height: 300 },
	);
	assertTextInsideFrame(svg, 'made-up slide');
	const lines = (name: string) => textsOf(group(svg, name)).map(textOf);
	assert.equal(lines('slide-title').join(' '), title, 'the title wraps at spaces only, every word whole');
	assert.ok(lines('slide-footer').join(' ').startsWith(source.trim()), 'the source wraps at spaces only');
	assert.ok(lines('slide-footer').join(' ').includes('per 28 Nov 2026'));
});

test("each chart's download links offer the slide PNG first and the slide SVG, named with language and date", () => {
	const labels = {
		en: ['Download slide (16:9 PNG)', 'Download slide (16:9 SVG)'],
		id: ['Unduh slide (PNG 16:9)', 'Unduh slide (SVG 16:9)'],
	};
	const charts = loadCharts();
	const listed = listCharts();
	assert.ok(listed.some((c) => c.lang === 'id') && listed.some((c) => c.lang === 'en'));
	for (const c of listed) {
		const page = `${c.pageUrl.slice(basePath.length).replace(/^\//, '')}index.html`;
		const html = readBuilt(page);
		const start = html.indexOf(`id="${c.anchor}"`);
		const links = /<ul class="diagram__links"[^>]*>([\s\S]*?)<\/ul>/.exec(html.slice(start))?.[1] ?? '';
		const anchors = [...links.matchAll(/<a href="([^"]+)" download="([^"]+)">([^<]+)<\/a>/g)].map((m) => m.slice(1));
		const base = `${basePath}/${localeDir(c.lang)}charts/${c.id}-slide`;
		const chart = charts.get(c.id)!;
		const asOf = chart.series
			.flatMap((s) => s.points.map((p) => p.asOf))
			.sort()
			.at(-1)!;
		// saved as frontier-training-cost_id_2026-11-28-slide.png: the English and Indonesian files never collide
		const saved = `${c.id}_${c.lang}_${asOf}-slide`;
		assert.deepEqual(
			anchors.slice(0, 2),
			[
				[`${base}.png`, `${saved}.png`, labels[c.lang][0]],
				[`${base}.svg`, `${saved}.svg`, labels[c.lang][1]],
			],
			`${c.lang} ${c.id} on ${page}`,
		);
		assert.equal(anchors.length, 5, `${c.lang} ${c.id}: slide PNG and SVG, SVG, PNG and CSV`);
		assert.ok(existsSync(join(distDir, `${base.slice(basePath.length)}.png`)));
	}
});
