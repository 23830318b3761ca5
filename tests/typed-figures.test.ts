/**
 * Every cited figure on a page comes from content/numbers/ through `<Num id>`: a number typed into
 * the prose would escape the dataset, its source and its "as of" date. This test reads every page
 * (both languages, every page present and future) with the same MDX parser the build uses and
 * fails on a numeral in the text that is not one of the allowed kinds:
 *
 * - a year (1900–2099), a date ("17 September 2025", "Sep 2025", "2025-09-17"), a time of day;
 * - a locator: "§3.2", "Table 1", "Tabel 7", "Figure 2", "page 4", "step 6", "App. D";
 * - part of a name: digits joined to letters (H800, DeepSeek-V3, FP8, GPT-4, 6·N·D, 405B as a model
 *   name after "Llama 3.1") or a version after a model family name ("Llama 3.1", "Qwen 2.5");
 * - a single digit used as a count ("in 2 steps" is better written out, but it is not a figure).
 *
 * Anything else (worked-example arithmetic, an illustrative input the page states as an
 * assumption) must be listed, per page, in tests/typed-figures.allow.yaml with the reason. Code
 * blocks (Mermaid diagrams), JSX attributes and link targets are not prose and are not read.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { mdxToMdast } from 'satteri';
import { parse } from 'yaml';
import { projectRoot } from '../src/lib/project-root.ts';

const docsDir = join(projectRoot, 'content/docs');
const allowFile = join(projectRoot, 'tests/typed-figures.allow.yaml');

/** page file (content/docs/…) → reason → allowed strings, exactly as printed */
type AllowList = Record<string, Record<string, string[]>>;
const allowList: AllowList = parse(readFileSync(allowFile, 'utf8')) ?? {};

const months =
	'Jan(?:uary|uari)?|Feb(?:ruary|ruari)?|Mar(?:ch|et)?|Apr(?:il)?|May|Mei|Jun(?:e|i)?|Jul(?:y|i)?|Aug(?:ust)?|Agu(?:stus)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Okt(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|Des(?:ember)?';
/** Words after which a number is a place in a document, not a figure. */
const locatorWords =
	'§|Table|Tables|Tabel|Figure|Figures|Gambar|Fig\\.|page|pages|halaman|p\\.|pp\\.|step|steps|langkah|Section|Sections|Bagian|Appendix|Lampiran|App\\.|Chapter|Bab|paragraph|paragraf|Part|Rule|Day|Hari|No\\.|Nomor|Nomor|Pasal|Article|Art\\.|Version|Versi|v|issue|Article|ECCN|Category|Kategori|Supplementary Table|Tabel Tambahan|Gazette|Lembaran Negara|FR|Vol\\.';
/** Model and product families whose version numbers stand apart from the name. */
const families =
	'Llama|Qwen|Qwen2|Granite|Gemini|Claude|GPT|Mixtral|Mistral|Phi|Gemma|Kimi|GLM|DeepSeek|DeepSeek-V|R|V|o|Blackwell|Hopper|Grok|Switch|Chinchilla|Nemotron|UU|PP|Law|Undang-Undang|Regulation|Peraturan|RTX|BY|Attribution|Atribusi|CC|MIT|Apache|ISO';

const allowedPatterns: RegExp[] = [
	// years, alone or as a range (2022–2025)
	/^(?:19|20)\d\d(?:[–-](?:19|20)?\d\d)?$/,
	// ISO dates
	/^\d{4}-\d{2}(?:-\d{2})?$/,
];

interface Hit {
	line: number;
	figure: string;
	context: string;
}

const numeral = /\d[\d.,]*\d|\d/g;

/** Numerals in one text node that are figures by the rules above. */
function figuresIn(text: string): { figure: string; index: number }[] {
	const found: { figure: string; index: number }[] = [];
	for (const m of text.matchAll(numeral)) {
		const index = m.index!;
		let figure = m[0].replace(/[.,]$/, '');
		const before = text.slice(0, index);
		const after = text.slice(index + m[0].length);
		// joined to letters or name punctuation: H800, V3, FP8, GPT-4, 6·N·D, 10²⁴ (superscripts are not digits)
		if (/[\p{L}·_/-]$/u.test(before) && !/(?:USD|US\$|Rp|\$)$/.test(before) && !/[–-]$/.test(before)) continue;
		if (/^[\p{L}·]/u.test(after) && !/^(?:K|M|B|T|k|x|×|GB|TB|MW|GW|W|kW|kWh|GWh|MWh|t|bn|tn|m)\b/.test(after))
			continue;
		if (allowedPatterns.some((p) => p.test(figure))) {
			// a year followed by a unit is not a year (2048 GPUs)
			if (!/^\s*(?:%|×|GPU|H800|H100|A100|token|jam|hours|node)/.test(after)) continue;
		}
		// dates: "17 September 2025", "September 17", "16.00 UTC", "16:30"
		if (new RegExp(`^\\s*(?:${months})\\b`).test(after) && /^\d{1,2}$/.test(figure)) continue;
		if (new RegExp(`(?:${months})\\.?\\s*$`).test(before) && /^\d{1,2}$/.test(figure)) continue;
		if (/^\d{1,2}[.:]\d\d$/.test(figure) && /^\s*(?:UTC|WIB|GMT)/.test(after)) continue;
		if (/^\d{1,2}[.:]\d\d$/.test(figure) && /^[–-]\d{1,2}[.:]\d\d\s*(?:UTC|WIB|GMT)/.test(after)) continue;
		if (/^\d{1,2}[.:]\d\d$/.test(figure) && /\d{1,2}[.:]\d\d[–-]$/.test(before) && /^\s*(?:UTC|WIB|GMT)/.test(after))
			continue;
		// a time of day (16:30 UTC)
		if (/^:\d\d/.test(after) || /\d:$/.test(before)) continue;
		// the base of scientific notation (10²⁴) and licence versions (CC BY 4.0)
		if (figure === '10' && /^[⁰¹²³⁴⁵⁶⁷⁸⁹⁻]/.test(after)) continue;
		// a confidence level (95% confidence interval, selang kepercayaan 90%)
		if (/^(?:80|90|95|99)$/.test(figure) && /^%/.test(after)) {
			const near = `${before.slice(-40)} ${after.slice(0, 40)}`;
			if (/confidence|interval|\bCI\b|selang|kepercayaan/i.test(near)) continue;
		}
		// number formats (16-bit) and model sizes after a model name (PaLM 540B, GPT-3 175B, Llama 3.1 405B)
		if (/^-bit\b/.test(after)) continue;
		if (/(?:[A-Z][\p{L}\d.-]*|\p{L}+-\d[\d.]*)\s$/u.test(before) && /^[BM]\b/.test(after)) continue;
		// locators: §3.2, Table 1, App. D.1
		if (new RegExp(`(?:${locatorWords})\\s*$`).test(before)) continue;
		if (/(?:§|Table|Tabel|Figure)\s*[\dA-Z.]+\s*(?:,|and|dan|&|–|-)\s*$/.test(before)) continue;
		// versions after a family name: Llama 3.1, Qwen 2.5, Granite 4.0, and the model size after them (Llama 3.1 405B)
		if (new RegExp(`(?:^|[^\\p{L}])(?:${families})[\\s-]*$`, 'u').test(before)) continue;
		if (new RegExp(`(?:${families})\\s+\\d[\\d.]*\\s*$`).test(before) && /^[BM]\b/.test(after)) continue;
		// a single digit is a count or an ordinal, not a figure
		if (/^\d$/.test(figure) && !/^\s*(?:%|×|x\b)/.test(after) && !/(?:USD|US\$|Rp|\$)\s*$/.test(before)) continue;
		figure = figure.replace(/[.,]+$/, '');
		found.push({ figure, index });
	}
	return found;
}

interface MdNode {
	type: string;
	value?: string;
	children?: MdNode[];
	position?: { start: { line: number } };
}

const skipped = new Set([
	'code',
	'inlineCode',
	'yaml',
	'toml',
	'html',
	'mdxjsEsm',
	'mdxFlowExpression',
	'mdxTextExpression',
]);

function typedFigures(file: string): Hit[] {
	const source = readFileSync(file, 'utf8');
	const tree = mdxToMdast(source, { features: { headingAttributes: true } }) as unknown as MdNode;
	const hits: Hit[] = [];
	const visit = (node: MdNode, line: number) => {
		if (skipped.has(node.type)) return;
		const here = node.position?.start.line ?? line;
		if (node.type === 'text' && node.value) {
			for (const { figure, index } of figuresIn(node.value)) {
				hits.push({
					line: here,
					figure,
					context: node.value.slice(Math.max(0, index - 30), index + figure.length + 30),
				});
			}
		}
		for (const child of node.children ?? []) visit(child, here);
	};
	visit(tree, 1);
	return hits;
}

function mdxFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
		e.isDirectory() ? mdxFiles(join(dir, e.name)) : /\.mdx?$/.test(e.name) ? [join(dir, e.name)] : [],
	);
}

const files = mdxFiles(docsDir).sort();

test('the allow-list names only pages that exist', () => {
	const known = new Set(files.map((f) => relative(projectRoot, f)));
	assert.deepEqual(
		Object.keys(allowList).filter((page) => !known.has(page)),
		[],
		'tests/typed-figures.allow.yaml lists a page that does not exist',
	);
});

test('the checker tells figures from years, dates, locators and names', () => {
	const figures = (s: string) => figuresIn(s).map((f) => f.figure);
	assert.deepEqual(figures('In 2025, on 17 September 2025, §3.2.2 and Table 1 of the V3 report'), []);
	assert.deepEqual(figures('H800 GPUs, DeepSeek-V3, FP8, GPT-4 and Llama 3.1 405B, 6·N·D'), []);
	assert.deepEqual(figures('at 16.00–00.30 UTC, Tabel Tambahan 7, langkah 6'), []);
	assert.deepEqual(figures('costs USD 118.58 or about USD 600 billion'), ['118.58', '600']);
	assert.deepEqual(figures('700 W, 11,390 t CO₂, 73,700 tokens/s, 32K, 47–67%'), [
		'700',
		'11,390',
		'73,700',
		'32',
		'47',
		'67',
	]);
	assert.deepEqual(figures('2,048 GPUs'), ['2,048']);
});

for (const file of files) {
	const page = relative(projectRoot, file);
	test(`${page}: every cited figure is a <Num>`, () => {
		const allowed = new Set(
			Object.values(allowList[page] ?? {})
				.flat()
				.map(String),
		);
		const hits = typedFigures(file);
		const unlisted = hits.filter((h) => !allowed.has(h.figure));
		assert.deepEqual(
			unlisted.map((h) => `${page}:${h.line}: "${h.figure}" in “…${h.context}…”`),
			[],
			'figures typed into the page: use <Num id="…" /> from content/numbers/, or list the string in tests/typed-figures.allow.yaml with the reason (worked-example arithmetic, a stated assumption)',
		);
		const printed = new Set(hits.map((h) => h.figure));
		const stale = [...allowed].filter((a) => !printed.has(a));
		assert.deepEqual(stale, [], `tests/typed-figures.allow.yaml lists strings ${page} no longer prints: remove them`);
	});
}
