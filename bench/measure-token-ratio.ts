import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { encode } from 'gpt-tokenizer/encoding/o200k_base';
import { publishedPages, type Page } from '../src/content-index/page-index.ts';
import { projectRoot } from '../src/lib/project-root.ts';

/**
 * npm run measure:token-ratio
 *
 * How many tokens the same content takes in Indonesian and in English: reads the prose of every published
 * page and its Indonesian twin, strips the markup, and counts tokens with OpenAI's open o200k_base encoding
 * as shipped in the npm package gpt-tokenizer (no download). Prints totals per language and the ratio
 * Indonesian ÷ English, which content/numbers/cost/inference.yaml records as `indonesian-english-token-ratio`.
 */

const tokenizer = 'gpt-tokenizer o200k_base';
const tokenizerVersion = (
	JSON.parse(readFileSync(join(projectRoot, 'bench/node_modules/gpt-tokenizer/package.json'), 'utf8')) as {
		version: string;
	}
).version;

/** The readable prose of an .mdx page: no frontmatter, code, diagrams, imports, components' attributes, or URLs. */
export function prose(source: string): string {
	return (
		source
			.replace(/^---\n[\s\S]*?\n---\n/, '')
			// fenced blocks (Mermaid diagrams, code)
			.replace(/^[ \t]*(`{3,}|~{3,})[\s\S]*?^[ \t]*\1[ \t]*$/gm, '')
			.replace(/^(import|export)\s.*$/gm, '')
			.replace(/<!--[\s\S]*?-->/g, '')
			// self-closing components (<Num … />, <Cite … />) print figures and reference numbers, not prose
			.replace(/<[A-Z][A-Za-z]*\b[^>]*\/>/g, '')
			// paired components and HTML tags: keep the text between them
			.replace(/<\/?[A-Za-z][^>]*>/g, '')
			// heading ids { #id }
			.replace(/\{[ \t]*#[^}\s]+[ \t]*\}/g, '')
			// links and images: keep the link text
			.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
			.replace(/https?:\/\/\S+/g, '')
			// table rules and cell separators
			.replace(/^[ \t]*\|?[ \t:|-]+\|[ \t:|-]*$/gm, '')
			.replace(/\|/g, ' ')
			// Markdown markers: headings, list bullets, emphasis, inline code
			.replace(/^[ \t]*#{1,6}[ \t]+/gm, '')
			.replace(/^[ \t]*(?:[-*+]|\d+\.)[ \t]+/gm, '')
			.replace(/[*_`]+/g, '')
			.replace(/[ \t]+/g, ' ')
			.replace(/\n{2,}/g, '\n')
			.trim()
	);
}

export interface PageCount {
	path: string;
	en: number;
	id: number;
}

function tokensOf(page: Page): number {
	return encode(prose(readFileSync(join(projectRoot, page.file), 'utf8'))).length;
}

const pages = publishedPages();
const counts: PageCount[] = [];
for (const en of pages.filter((p) => p.lang === 'en')) {
	const id = pages.find((p) => p.lang === 'id' && p.path === en.path);
	if (!id) continue;
	counts.push({ path: en.path, en: tokensOf(en), id: tokensOf(id) });
}

const total = counts.reduce((t, c) => ({ en: t.en + c.en, id: t.id + c.id }), { en: 0, id: 0 });
const ratios = counts.map((c) => c.id / c.en).sort((a, b) => a - b);
const round = (x: number) => Math.round(x * 100) / 100;

console.log(`${tokenizer} (gpt-tokenizer ${tokenizerVersion}), ${counts.length} twin pages`);
for (const c of counts)
	console.log(
		`  ${c.path.padEnd(32)} en ${String(c.en).padStart(6)}  id ${String(c.id).padStart(6)}  ×${round(c.id / c.en)}`,
	);
console.log(`total: en ${total.en} tokens, id ${total.id} tokens`);
console.log(`ratio id ÷ en: ${round(total.id / total.en)} (pages range ${round(ratios[0]!)}–${round(ratios.at(-1)!)})`);
