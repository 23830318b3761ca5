/**
 * Checks Indonesian text against content/i18n/terminology.yaml: avoided variants of a term, and bound
 * forms written with a hyphen (pra-pelatihan, antar-node, dipra-latih; antar-GPU and non-MoE are
 * right, since a capital follows, and so is non-*embedding*, where an italic foreign word follows).
 * Text inside quotation marks and inline code is not checked; an English term that is the avoided
 * form (gloss: true) may stand as the English gloss, in italics or in parentheses after the
 * Indonesian term.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { MdastNode } from 'satteri';
import { projectRoot } from '../../src/lib/project-root.ts';

export interface Terminology {
	terms: {
		concept: string;
		preferred: string;
		avoid: string[];
		gloss?: boolean;
		caseSensitive?: boolean;
		pattern?: boolean;
	}[];
	boundForms: { prefixes: string[] };
	allow: string[];
}

export interface TermHit {
	file: string;
	line: number;
	found: string;
	/** what to write instead */
	preferred: string;
}

export function loadTerminology(root = projectRoot): Terminology {
	const doc = parseDocument(readFileSync(join(root, 'content/i18n/terminology.yaml'), 'utf8'));
	return doc.toJSON() as Terminology;
}

interface Rule {
	regex: RegExp;
	preferred: string;
	gloss: boolean;
	/** the variant itself contains quotation marks, so it is looked for before quotations are masked */
	quoted: boolean;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function rules(t: Terminology): Rule[] {
	const out: Rule[] = t.terms.flatMap((term) =>
		term.avoid.map((variant) => ({
			regex: new RegExp(
				`(?<![\\p{L}\\p{N}-])${term.pattern ? variant : escapeRegExp(variant)}(?![\\p{L}\\p{N}]|-[\\p{L}])`,
				term.caseSensitive ? 'gu' : 'giu',
			),
			preferred: term.preferred,
			gloss: term.gloss ?? false,
			quoted: /[“”"]/.test(variant),
		})),
	);
	const bothCases = (words: string[]) =>
		words
			.flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1)])
			.map(escapeRegExp)
			.join('|');
	const prefixes = bothCases(t.boundForms.prefixes);
	const affixes = bothCases(['di', 'ter', 'me', 'ber', 'ke', 'pe']);
	out.push({
		// a bound form, alone or after an affix (dipra-latih), then a hyphen and a lower-case letter
		// (case-sensitive: with the i flag, \p{Ll} would match capitals too)
		regex: new RegExp(
			`(?<![\\p{L}\\p{N}-])(?:(?:${affixes})(?:${t.boundForms.prefixes.map(escapeRegExp).join('|')})|(?:${prefixes}))-\\p{Ll}[\\p{L}-]*`,
			'gu',
		),
		preferred: 'the bound form joined to the word (prapelatihan, antarnode, nonpenalaran, subtugas)',
		gloss: false,
		quoted: false,
	});
	return out;
}

/** A span of Indonesian text and where it starts; `italic` marks an English gloss in italics. */
export interface Span {
	text: string;
	line: number;
	italic?: boolean;
}

/** Replaces quotations and inline code by spaces (offsets, and so lines, stay put). */
function maskQuoted(text: string): string {
	return text.replace(/“[^“”]*”|"[^"\n]*"|`[^`\n]*`/g, (m) => m.replace(/[^\n]/g, ' '));
}

/** Replaces *italic* and _italic_ runs (in plain data strings) by spaces. */
function maskItalic(text: string): string {
	return text.replace(/\*[^*\n]+\*|(?<![\p{L}\p{N}])_[^_\n]+_(?![\p{L}\p{N}])/gu, (m) => m.replace(/[^\n]/g, ' '));
}

export function checkSpans(spans: readonly Span[], file: string, t: Terminology): TermHit[] {
	const hits: TermHit[] = [];
	const all = rules(t);
	for (const span of spans) {
		let text = span.text;
		for (const allowed of t.allow) text = text.split(allowed).join(' '.repeat(allowed.length));
		const masked = maskQuoted(text);
		const seen = new Set<number>();
		for (const rule of all) {
			if (rule.gloss && span.italic) continue;
			const subject = rule.quoted ? text : rule.gloss ? maskItalic(masked) : masked;
			for (const m of subject.matchAll(rule.regex)) {
				// one hit per place, even where a named variant is also a hyphenated bound form
				if (seen.has(m.index)) continue;
				// the English term as a gloss in parentheses right after the Indonesian one: “tolok ukur (benchmark)”
				if (rule.gloss && /\(\*?$/.test(subject.slice(Math.max(0, m.index - 2), m.index))) continue;
				seen.add(m.index);
				const line = span.line + (subject.slice(0, m.index).match(/\n/g)?.length ?? 0);
				hits.push({ file, line, found: m[0], preferred: rule.preferred });
			}
		}
	}
	return hits;
}

/** The text spans of a page's syntax tree (frontmatter, prose, table cells, link texts, Cite loc). */
export function pageSpans(tree: MdastNode): Span[] {
	const spans: Span[] = [];
	const visit = (node: MdastNode, italic: boolean) => {
		const line = node.position?.start.line ?? 0;
		if (node.type === 'code' || node.type === 'inlineCode') return;
		if (node.type === 'text') {
			spans.push({ text: String((node as { value: string }).value), line, italic });
			return;
		}
		if (node.type === 'yaml' || node.type === 'toml') {
			spans.push(...yamlSpans(String((node as { value: string }).value)).map((s) => ({ ...s, line: s.line + line })));
			return;
		}
		if (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') {
			for (const attr of (node as { attributes?: { type: string; name?: string; value?: unknown }[] }).attributes ??
				[]) {
				if (attr.type === 'mdxJsxAttribute' && attr.name === 'loc' && typeof attr.value === 'string') {
					spans.push({ text: attr.value, line });
				}
			}
		}
		const nowItalic = italic || node.type === 'emphasis';
		if ('children' in node && Array.isArray(node.children))
			for (const child of node.children) visit(child as MdastNode, nowItalic);
	};
	visit(tree, false);
	return spans;
}

/** Every string in a YAML text (frontmatter: title, description…), 0-based lines. */
function yamlSpans(text: string): Span[] {
	const lineCounter = new LineCounter();
	const doc = parseDocument(text, { lineCounter });
	const spans: Span[] = [];
	const visit = (node: unknown) => {
		if (isScalar(node) && typeof node.value === 'string' && node.range) {
			spans.push({ text: node.value, line: lineCounter.linePos(node.range[0]).line });
		} else if (isMap(node)) for (const pair of node.items) visit(pair.value);
		else if (isSeq(node)) for (const item of node.items) visit(item);
	};
	visit(doc.contents);
	return spans;
}

/**
 * The Indonesian strings of a data file: the `id` value of every map that has both `en` and `id`
 * (numbers' measures, estimate and loc; chart titles, labels and notes; glossary entries, whose `id`
 * holds term and definition). A chart series' own `id:` (its kebab-case name) has no `en` beside it.
 */
export function dataFileSpans(text: string): Span[] {
	const lineCounter = new LineCounter();
	const doc = parseDocument(text, { lineCounter });
	const spans: Span[] = [];
	const strings = (node: Node | null | undefined) => {
		if (isScalar(node) && typeof node.value === 'string' && node.range) {
			spans.push({ text: node.value, line: lineCounter.linePos(node.range[0]).line });
		} else if (isMap(node)) for (const pair of node.items) strings(pair.value as Node);
		else if (isSeq(node)) for (const item of node.items) strings(item as Node);
	};
	const visit = (node: unknown) => {
		if (isMap(node)) {
			const keys = node.items.map((p) => (isScalar(p.key) ? p.key.value : p.key));
			if (keys.includes('en') && keys.includes('id')) {
				strings(node.items.find((p) => isScalar(p.key) && p.key.value === 'id')!.value as Node);
			}
			for (const pair of node.items) visit(pair.value);
		} else if (isSeq(node)) for (const item of node.items) visit(item);
	};
	visit(doc.contents);
	return spans;
}

/** Every string of a JSON file of UI strings, with the line of its key. */
export function jsonSpans(text: string): Span[] {
	const spans: Span[] = [];
	text.split('\n').forEach((raw, i) => {
		const m = /^\s*"[^"]+"\s*:\s*"((?:[^"\\]|\\.)*)"/.exec(raw);
		if (m) spans.push({ text: JSON.parse(`"${m[1]}"`) as string, line: i + 1 });
	});
	return spans;
}

/** YAML files under a content folder, project-relative, sorted. */
export function yamlFilesUnder(dir: string, root = projectRoot): string[] {
	return (readdirSync(join(root, dir), { recursive: true }) as string[])
		.filter((f) => f.endsWith('.yaml'))
		.map((f) =>
			relative(root, join(root, dir, f))
				.split(sep)
				.join('/'),
		)
		.sort();
}
