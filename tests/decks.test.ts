import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { distDir, projectRoot, readBuilt } from '../scripts/lib/built-site.ts';
import { pngSize, readPptx, type Pptx } from './support/pptx.ts';

// The PowerPoint decks in dist/ (/decks/, /id/decks/), opened as a presentation program opens them:
// the package holds together, each slide shows its figure with source, short link and QR code, and
// carries speaker notes; the slide kit lists them with their sizes; LibreOffice renders them.

const langs = [
	{ lang: 'en', dir: 'decks', source: /^Sources?: /, point: 'Key point:', cite: 'Cite as:', page: 'slides/index.html' },
	{
		lang: 'id',
		dir: 'id/decks',
		source: /^Sumber: /,
		point: 'Poin utama:',
		cite: 'Kutip sebagai:',
		page: 'id/slides/index.html',
	},
] as const;
const tracks = ['start', 'cost', 'efficiency', 'enterprise', 'landscape', 'tools', 'reference'];
const board = Object.entries(
	parseYaml(readFileSync(join(projectRoot, 'content/decks/board-briefing.yaml'), 'utf8')) as Record<
		string,
		{ kind: string }
	>,
).map(([id, { kind }]) => ({ id, kind }));
const domain = /(^|\s)[a-z0-9.-]+\.[a-z]{2,}(\/[a-z]+)?\/(id\/)?(go\/[a-z0-9-]+|[a-z0-9/-]+#?[a-z0-9-]*)$/;

const decksOf = (dir: string) =>
	existsSync(join(distDir, dir)) ? readdirSync(join(distDir, dir)).filter((f) => f.endsWith('.pptx')) : [];
const opened = new Map<string, Pptx>();
const open = (file: string) =>
	opened.get(file) ?? opened.set(file, readPptx(readFileSync(join(distDir, file)))).get(file)!;

/** The figure a slide shows, from its picture's name (ppt/media/<kind>-<id>-<n>.png); key numbers have the QR only. */
const figureOf = (slide: Pptx['slides'][number]) =>
	/media\/(chart|diagram|number)-(.+)-\d+\.png$/
		.exec(slide.pictures[0]?.target ?? '')
		?.slice(1, 3)
		.join(':');

describe('decks', () => {
	for (const { lang, dir, source, point, cite } of langs) {
		test(`${lang}: a board briefing and a deck per track with figures, each a valid package`, () => {
			const files = decksOf(dir);
			assert.ok(
				files.includes(`board-briefing-${lang}.pptx`),
				`dist/${dir}/board-briefing-${lang}.pptx missing (run npm run build)`,
			);
			const trackDecks = files.filter((f) => f !== `board-briefing-${lang}.pptx`);
			assert.ok(trackDecks.length >= 5, `expected a deck for each track with figures, found ${trackDecks.join(', ')}`);
			for (const file of trackDecks)
				assert.ok(tracks.includes(file.replace(`-${lang}.pptx`, '')), `${file}: not a track`);
			for (const file of files) {
				const deck = open(`${dir}/${file}`);
				assert.deepEqual(deck.problems, [], `${file}: broken package`);
				assert.ok(deck.slides.length > 0, `${file}: no slides`);
				assert.match(
					readFileSync(join(distDir, dir, file))
						.subarray(0, 2)
						.toString(),
					/PK/,
				);
			}
		});

		test(`${lang}: the board briefing has the ${board.length} figures of content/decks/board-briefing.yaml, in order`, () => {
			const deck = open(`${dir}/board-briefing-${lang}.pptx`);
			assert.deepEqual(
				deck.slides.map(figureOf),
				board.map((f) => `${f.kind}:${f.id}`),
			);
		});

		test(`${lang}: every slide has a title, its figure, the source, the short link, a QR code and notes`, () => {
			for (const file of decksOf(dir)) {
				const deck = open(`${dir}/${file}`);
				deck.slides.forEach((slide, i) => {
					const where = `${file} slide ${i + 1}`;
					const kind = figureOf(slide)?.split(':')[0];
					assert.ok(kind, `${where}: no figure picture named after its figure`);
					assert.ok(slide.texts[0] && slide.texts[0].length > 3, `${where}: no title`);
					if (kind === 'number') {
						// the number, large (72 pt), and what it measures
						assert.ok(slide.sizes.includes(7200), `${where}: no key number in large type`);
						assert.equal(slide.pictures.length, 1, `${where}: a key-number slide shows its QR code only`);
					} else {
						assert.equal(slide.pictures.length, 2, `${where}: the figure and the QR code`);
						const { width } = pngSize(slide.pictures[0]!.bytes);
						assert.ok(width >= 300, `${where}: the figure's picture is ${width} px wide`);
					}
					assert.ok(
						slide.texts.some((t) => source.test(t)),
						`${where}: no ${source} line`,
					);
					const link = slide.texts.find((t) => domain.test(t));
					assert.ok(link, `${where}: no short link in ${JSON.stringify(slide.texts)}`);
					const qr = slide.pictures.at(-1)!;
					const { width, height } = pngSize(qr.bytes);
					assert.equal(width, height, `${where}: the last picture is the square QR code`);
					assert.ok(qr.cx >= 914400, `${where}: the QR code is under an inch wide`);
					assert.ok(slide.notes, `${where}: no speaker notes`);
					assert.ok(
						slide.notes!.some((p) => p.startsWith(point) && p.length > point.length + 20),
						`${where}: notes lack the section's point`,
					);
					assert.ok(
						slide.notes!.some((p) => source.test(p)),
						`${where}: notes lack the source`,
					);
					assert.ok(
						slide.notes!.some((p) => p.startsWith(cite) && p.includes('CC BY 4.0')),
						`${where}: notes lack the citation`,
					);
				});
			}
		});
	}

	test('speaker notes quote the page: the DeepSeek cost slide gives the takeaway that quotes the figure', () => {
		const deck = open('id/decks/board-briefing-id.pptx');
		const slide = deck.slides.find((s) => figureOf(s) === 'number:deepseek-v3-training-cost')!;
		const plain = (t: string) => t.replace(/\u00a0|&nbsp;|&#160;/g, ' ').replace(/\s+/g, ' ');
		const page = plain(
			readBuilt('id/start/deepseek-moment/index.html')
				.replace(/<sup class="cite"[\s\S]*?<\/sup>/g, '')
				.replace(/<[^>]+>/g, ''),
		);
		const point = plain(slide.notes![0]!.replace('Poin utama: ', ''));
		// the page shows the same sentence (its figures in the same format)
		assert.ok(page.includes(point), `not on the page: ${point}`);
		assert.ok(slide.texts.map(plain).includes('US$5,576 juta'), `slide texts: ${slide.texts.join(' | ')}`);
	});

	test("speaker notes carry the page's key takeaways, as the page writes them", () => {
		const plain = (t: string) => t.replace(/\u00a0|&nbsp;|&#160;/g, ' ').replace(/\s+/g, ' ');
		const deck = open('id/decks/board-briefing-id.pptx');
		const slide = deck.slides.find((s) => figureOf(s) === 'diagram:build-or-buy-ladder')!;
		const page = plain(
			readBuilt('id/enterprise/build-or-buy/index.html')
				.replace(/<sup class="cite"[\s\S]*?<\/sup>/g, '')
				.replace(/<[^>]+>/g, ''),
		);
		const from = slide.notes!.indexOf('Poin penting:');
		assert.ok(from > 0, `no "Poin penting:" in the notes: ${slide.notes!.join(' | ')}`);
		const items = slide.notes!.slice(from + 1).filter((p) => p.startsWith('• '));
		assert.ok(items.length >= 3, `${items.length} takeaways`);
		for (const item of items) assert.ok(page.includes(plain(item.slice(2))), `not on the page: ${item}`);
	});

	test("the slide kit lists its language's decks, board briefing first, with slide counts and true sizes", () => {
		for (const { lang, dir, page } of langs) {
			const html = readBuilt(page);
			const section = /<section class="deck-downloads[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
			const items = [
				...section.matchAll(
					/<a href="([^"]+\.pptx)" download="([^"]+)"[^>]*>([^<]+)<\/a>\s*<span[^>]*>([^<]+)<\/span>/g,
				),
			];
			assert.ok(items.length >= 6, `${page}: ${items.length} decks listed`);
			assert.match(
				items[0]![1]!,
				new RegExp(`/${dir}/board-briefing-${lang}\\.pptx$`),
				`${page}: board briefing first`,
			);
			for (const [, href, download, , meta] of items) {
				const file = href!.replace(/^.*?\/((?:id\/)?decks\/)/, '$1');
				assert.ok(
					download!.endsWith(`_${lang}_${download!.slice(-15, -5)}.pptx`),
					`${download}: language and date in the name`,
				);
				const bytes = statSync(join(distDir, file)).size;
				const mb = (bytes / 1e6).toFixed(1);
				const shown = lang === 'id' ? mb.replace('.', ',') : mb;
				assert.ok(meta!.includes(`${shown} MB`), `${page}: ${file} is ${mb} MB, listed as "${meta!.trim()}"`);
				const slides = open(file).slides.length;
				assert.ok(
					meta!.includes(`${slides} slide`),
					`${page}: ${file} has ${slides} slides, listed as "${meta!.trim()}"`,
				);
			}
		}
	});

	test('LibreOffice renders the Indonesian board briefing, one PDF page per slide', (t) => {
		let soffice = '';
		try {
			soffice = execFileSync('which', ['soffice'], { encoding: 'utf8' }).trim();
		} catch {}
		if (!soffice) {
			t.skip('no LibreOffice (apt-get install libreoffice-impress) to render the deck');
			return;
		}
		const out = mkdtempSync(join(tmpdir(), 'decks-pdf-'));
		execFileSync(
			soffice,
			[
				`-env:UserInstallation=file://${out}/profile`,
				'--headless',
				'--convert-to',
				'pdf',
				'--outdir',
				out,
				join(distDir, 'id/decks/board-briefing-id.pptx'),
			],
			{ stdio: 'ignore', timeout: 180_000 },
		);
		const pdf = readFileSync(join(out, 'board-briefing-id.pdf')).toString('latin1');
		const pages = pdf.match(/\/Type\s*\/Page\b/g)?.length ?? 0;
		assert.equal(pages, board.length, 'one page per slide');
		const images = pdf.match(/\/Subtype\s*\/Image\b/g)?.length ?? 0;
		// every chart and diagram picture and every QR code reaches the page
		assert.ok(images >= board.length + board.filter((f) => f.kind !== 'number').length, `${images} images in the PDF`);
	});

	// The licence decision path is one long chain of questions that Mermaid cannot fold into rows; its
	// labels still draw at 10.7 px or more on a 1920 px slide (tests/diagrams-slides.test.ts), at 0.65×.
	const longChains: Record<string, number> = { 'diagram:licence-decision-path': 0.65 };

	test('every picture reads at slide size: drawn at least at 3/4 of its own size on a 1920 × 1080 slide', () => {
		const small: string[] = [];
		for (const { dir } of langs) {
			for (const file of decksOf(dir)) {
				for (const slide of open(`${dir}/${file}`).slides) {
					const picture = slide.pictures.length === 2 ? slide.pictures[0]! : undefined;
					if (!picture) continue;
					const { height } = pngSize(picture.bytes);
					// pictures are 2× renders: their own size is half their pixels; a slide is 6,858,000 EMU tall
					const scale = ((picture.cy / 6_858_000) * 1080) / (height / 2);
					const least = longChains[figureOf(slide) ?? ''] ?? 0.75;
					if (scale < least) small.push(`${file}: ${figureOf(slide)} at ${scale.toFixed(2)}×`);
				}
			}
		}
		assert.deepEqual(small, []);
	});
});
