import { test } from 'node:test';
import assert from 'node:assert/strict';
import { listDiagrams, diagramDownloadFile, type DiagramInfo } from '../src/diagrams/catalog.ts';
import { basePath } from '../src/site.config.ts';
import { readBuilt } from '../scripts/lib/built-site.ts';

// No diagram label breaks inside a word ("menguntungk / an"), in any layout a reader or a presenter
// gets: the page and phone drawings inlined in the built page, the SVG download and the slide SVG.
// Each Mermaid label is a <text> with one tspan.text-outer-tspan per line; joined back with spaces
// (or with nothing after a line that ends in a hyphen), its lines must give text the source contains.

const diagrams = listDiagrams();

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'" };
const decode = (s: string) => s.replace(/&(#?\w+);/g, (m, e: string) => entities[e] ?? m);
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The source as one line of label text: line breaks, <br/> and quotes out, spaces collapsed. */
function sourceText(d: DiagramInfo): string {
	return squash(decode(d.source.replace(/<br\s*\/?>/gi, ' ').replace(/"/g, ' ')));
}

/** Every Mermaid label in an SVG, as its list of lines. */
export function labelLines(svg: string): string[][] {
	const labels: string[][] = [];
	for (const [, inner] of svg.matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g)) {
		if (!inner!.includes('text-outer-tspan')) continue;
		const lines = inner!
			.split(/<tspan\b[^>]*class="text-outer-tspan\b[^"]*"[^>]*>/)
			.slice(1)
			.map((line) => squash(decode(line.replace(/<[^>]+>/g, ''))));
		labels.push(lines.filter(Boolean));
	}
	return labels;
}

/** Labels whose lines, joined back, are not in the source: a word was cut. */
export function brokenLabels(svg: string, source: string): string[] {
	return labelLines(svg)
		.filter((lines) => lines.length > 1)
		.map((lines) => lines.reduce((joined, line) => (joined.endsWith('-') ? joined + line : `${joined} ${line}`)))
		.filter((joined) => !source.includes(joined))
		.map((joined) => joined);
}

function inlineSvgs(d: DiagramInfo): string[] {
	const html = readBuilt(`${d.page.url.slice(basePath.length + 1)}index.html`);
	const figure = new RegExp(`<figure class="diagram[^"]*" id="${d.anchor}">([\\s\\S]*?)</figure>`).exec(html)?.[1];
	assert.ok(figure, `${d.page.url}: no figure #${d.anchor}`);
	return [...figure.matchAll(/<svg\b[\s\S]*?<\/svg>/g)].map((m) => m[0]);
}

test('the check sees a word cut across two lines', () => {
	const svg =
		'<svg><text><tspan class="text-outer-tspan row"><tspan>Masih</tspan><tspan> menguntungk</tspan></tspan>' +
		'<tspan class="text-outer-tspan row"><tspan>an pemain lama</tspan></tspan></text></svg>';
	assert.deepEqual(brokenLabels(svg, 'I[Masih menguntungkan pemain lama]'), ['Masih menguntungk an pemain lama']);
	assert.deepEqual(
		brokenLabels(
			svg.replace('menguntungk</tspan></tspan>', 'menguntungkan</tspan></tspan>').replace('>an pemain', '>pemain'),
			'I[Masih menguntungkan pemain lama]',
		),
		[],
	);
});

for (const d of diagrams) {
	test(`${d.lang} "${d.id}": labels break only between words, on the page, on phones, in the downloads and on the slide`, () => {
		const source = sourceText(d);
		const drawings = [
			...inlineSvgs(d).map((svg, i) => ({ where: i ? 'phone layout' : 'page', svg })),
			{ where: 'SVG download', svg: readBuilt(diagramDownloadFile(d.lang, d.id, 'svg')) },
			{ where: 'slide SVG', svg: readBuilt(diagramDownloadFile(d.lang, d.id, 'slide.svg')) },
		];
		const problems: string[] = [];
		for (const { where, svg } of drawings) {
			assert.ok(labelLines(svg).flat().length > 0, `${where}: no label lines found`);
			for (const label of brokenLabels(svg, source)) problems.push(`${where}: "${label}"`);
		}
		assert.deepEqual(problems, [], `${d.page.file}:${d.page.line}: a label breaks inside a word`);
	});
}
