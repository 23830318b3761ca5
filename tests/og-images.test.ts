import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { builtContentPages, distDir, projectRoot, readBuilt } from '../scripts/lib/built-site.ts';
import { ogCardOf, ogTitleSize, type OgCard } from '../src/og/card.ts';
import { ogCardSvg, renderOgCardPng } from '../src/og/render-card.ts';
import { publishedPages } from '../src/content-index/page-index.ts';
import { siteUrl } from '../src/site.config.ts';

// A link pasted into chat or a slide tool shows a card: every page names a 1200×630 PNG made for it.
const pages = builtContentPages().filter((f) => !/^(id\/)?404/.test(f));
const meta = (html: string, key: string) =>
	new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html)?.[1];
const builtCard = (path: string, lang: OgCard['lang']) =>
	join(distDir, 'og', lang, `${path === '/' ? 'index' : path.slice(1, -1)}.png`);

const card = (lang: OgCard['lang'], title: string): OgCard => ({
	lang,
	site: lang === 'en' ? 'What AI Costs' : 'Berapa Biaya AI',
	track: lang === 'en' ? 'What it costs' : 'Berapa biayanya',
	title,
	domain: 'ai-cost-explainer.pages.dev',
});
const punctuated = 'Mengapa inferensi — bukan pelatihan — mendominasi “biaya kepemilikan total”';

test('every page has og:title, og:description, og:image and a large-image Twitter card', () => {
	assert.ok(pages.length > 0);
	for (const file of pages) {
		const html = readBuilt(file);
		for (const key of ['og:title', 'og:description', 'og:image', 'twitter:card'])
			assert.ok(meta(html, key), `${file}: ${key}`);
		assert.equal(meta(html, 'twitter:card'), 'summary_large_image', file);
		const image = meta(html, 'og:image')!;
		assert.ok(image.startsWith(new URL('/', siteUrl).href), `${file}: og:image must be an absolute URL on the site`);
		const png = join(distDir, new URL(image).pathname.slice(1));
		assert.ok(existsSync(png), `${file}: ${image} not built`);
		const bytes = readFileSync(png);
		assert.equal(bytes.subarray(1, 4).toString(), 'PNG', `${image} is not a PNG`);
		assert.deepEqual([bytes.readUInt32BE(16), bytes.readUInt32BE(20)], [1200, 630], `${image} size`);
	}
});

test('the built card is the rendering of its page, byte for byte', async (t) => {
	const all = publishedPages();
	const samples = [all.find((p) => p.lang === 'en' && p.track), all.find((p) => p.lang === 'id' && p.path === '/')];
	for (const page of samples) {
		assert.ok(page);
		const built = readFileSync(builtCard(page.path, page.lang));
		assert.ok(built.equals(await renderOgCardPng(ogCardOf(page))), `${page.file}: built card differs`);
	}
	const kb = all.reduce((sum, p) => sum + readFileSync(builtCard(p.path, p.lang)).length, 0) / 1024;
	t.diagnostic(`${all.length} cards, ${kb.toFixed(0)} KB in total`);
});

test('rendering is deterministic, and a different title gives a different image', async () => {
	const first = await renderOgCardPng(card('en', 'From parameters to dollars'));
	const again = await renderOgCardPng(card('en', 'From parameters to dollars'));
	assert.ok(first.equals(again), 'the same card rendered twice differs');
	assert.ok(!first.equals(await renderOgCardPng(card('en', 'From tokens to dollars'))));
});

test('an Indonesian title with typographic quotes and dashes is drawn with the pinned fonts', async () => {
	const drawing = await ogCardSvg(card('id', punctuated));
	assert.deepEqual(drawing.missingGlyphs, [], 'DejaVu Sans lacks glyphs for part of the title');
	const withTitle = await renderOgCardPng(card('id', punctuated));
	assert.ok(!withTitle.equals(await renderOgCardPng(card('id', ''))), 'the title left no mark on the card');
	// The check itself works: text outside DejaVu Sans is reported.
	assert.deepEqual((await ogCardSvg(card('id', 'Biaya AI 💸'))).missingGlyphs, ['💸']);
});

test('the title size steps down with its length', () => {
	assert.deepEqual(
		[1, 34, 35, 48, 49, 90, 120].map((n) => ogTitleSize('x'.repeat(n))),
		[92, 92, 76, 76, 48, 48, 48],
	);
});

test('a long title still fits in three lines, in both languages, at every size step', async () => {
	const titles = [
		// the longest title of each size step (34, 48 and about 90 characters), long words first
		'Memperkirakan kebutuhan memori GPU',
		'Kemampuan yang sama, harga sepersepuluhnya saja!',
		'What it really costs to train, fine-tune and serve a frontier model in 2026, step by step',
		'Berapa biaya sebenarnya untuk melatih, menyetel, dan menjalankan model AI terdepan di 2026',
		`${punctuated} bagi perusahaan`,
		...publishedPages().map((p) => p.title),
	];
	for (const title of titles) {
		const { titleLines } = await ogCardSvg(card('id', title));
		assert.ok(titleLines >= 1 && titleLines <= 3, `"${title}" (${title.length} characters) takes ${titleLines} lines`);
	}
	// Past that the card cuts the title, and the build warns (src/og/integration.ts).
	assert.ok((await ogCardSvg(card('en', `${titles[2]}, with every assumption listed`))).titleLines > 3);
});

test("a page's card differs by language (title, section of the site and language are on it)", () => {
	const english = publishedPages().find((p) => p.lang === 'en' && p.track);
	const indonesian = english && publishedPages().find((p) => p.lang === 'id' && p.path === english.path);
	assert.ok(english && indonesian);
	assert.notDeepEqual(ogCardOf(english), ogCardOf(indonesian));
	assert.match(readBuilt(`id${english.path}index.html`), new RegExp(`og/id${english.path.slice(0, -1)}\\.png`));
});

test('a missing font file fails with its name and how to restore it', () => {
	// The fonts are looked up from the project root (the working directory); this one has none.
	const script = `import(${JSON.stringify(join(projectRoot, 'src/figures/fonts.ts'))}).then((m) => m.figureFonts())`;
	const run = spawnSync(process.execPath, ['-e', script], {
		cwd: mkdtempSync(join(tmpdir(), 'og-fonts-')),
		encoding: 'utf8',
	});
	assert.notEqual(run.status, 0);
	assert.match(run.stderr, /font file src\/fonts\/DejaVuSans\.ttf is missing/);
	assert.match(run.stderr, /git checkout -- src\/fonts\/DejaVuSans\.ttf/);
});
