/**
 * Finds prose that puts a speaker of the seed article in quotation marks outside `<Quote>`: a quoted
 * string in a sentence that names the speaker ("Hu points out that “…”"), or in a sentence whose
 * speech verb or pronoun ("“…,” he says", "Menurutnya, “…”") points back to a speaker named in the
 * sentence before. Pages are read with the build's MDX parser (the content index), so `<Quote>`
 * output, attribute values and code samples never count; only the text a reader sees.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MdastNode } from 'satteri';
import { parse } from 'yaml';
import { walk } from '../../src/content-index/index.ts';
import { projectRoot } from '../../src/lib/project-root.ts';

export interface Speaker {
	/** the name as the quotes file writes it ("Xia “Ben” Hu", "Cox") */
	name: string;
	/** the surname pages use for the speaker */
	surname: string;
	/** the speaker's quotations in the quotes file, by language */
	quotes: { en: string[]; id: string[] };
}

export interface SpeakerQuoteHit {
	line: number;
	speaker: string;
	quoted: string;
}

/** The speakers of content/quotes/seed-article.yaml. */
export function seedSpeakers(root = projectRoot): Speaker[] {
	const data = parse(readFileSync(join(root, 'content/quotes/seed-article.yaml'), 'utf8')) as Record<
		string,
		{ speaker: string; en: string; id: string }
	>;
	const entries = Object.values(data);
	const names = [...new Set(entries.map((q) => q.speaker))];
	return names.map((name) => {
		const own = entries.filter((q) => q.speaker === name);
		return { name, surname: name.split(/\s+/).at(-1)!, quotes: { en: own.map((q) => q.en), id: own.map((q) => q.id) } };
	});
}

/** Block-level nodes whose text forms sentences. */
const blockTypes = new Set(['paragraph', 'heading', 'tableCell']);
/** Stands for a `<Quote>` (a quotation done right) in the text of a block. */
const QUOTE_MARK = '\u2063';

interface BlockText {
	text: string;
	/** line of each character of `text` */
	lines: number[];
}

function blockText(block: MdastNode): BlockText {
	let text = '';
	const lines: number[] = [];
	const push = (value: string, line: number) => {
		for (const ch of value) {
			text += ch;
			lines.push(line);
			if (ch === '\n') line += 1;
		}
	};
	const visit = (node: MdastNode) => {
		const line = node.position?.start.line ?? 0;
		if (node.type === 'text' || node.type === 'inlineCode') {
			push(String((node as { value: string }).value), line);
			return;
		}
		if (node.type === 'break') {
			push('\n', line);
			return;
		}
		if (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') {
			const name = (node as { name?: string | null }).name;
			if (name === 'Quote') return push(` ${QUOTE_MARK} `, line);
			if (name === 'Cite' || name === 'Num' || name === 'Chart') return push(' ', line);
		}
		if ('children' in node && Array.isArray(node.children))
			for (const child of node.children) visit(child as MdastNode);
	};
	if ('children' in block && Array.isArray(block.children))
		for (const child of block.children) visit(child as MdastNode);
	return { text, lines };
}

/** Quoted strings: “…” and "…" (the straight form only within one line). */
const quotedPattern = /“([^“”]*)”|"([^"\n]*)"/g;
/**
 * A sentence ends at . ! ? followed by space (outside quotations, which are masked first), and after a
 * `<Quote>`, which prints its own closing full stop.
 */
const sentenceEnd = /[.!?](?=\s)|\u2063/g;
/** Words that hand a quotation to someone named just before (English and Indonesian). */
const pointsBack =
	/\b(he|she|his|him|her)\b|\b(says|said|adds|added|argues|argued|notes|noted|puts it|warns|explains)\b|\b(ujarnya|katanya|menurutnya|tambahnya|tuturnya|jelasnya|ia|dia|beliau)\b/i;

/** A quoted fragment this short, word for word from the speaker's quotation, names a phrase rather than quoting. */
const MAX_FRAGMENT_WORDS = 4;

const normalise = (s: string) =>
	s
		.toLowerCase()
		.replace(/[’‘]/g, "'")
		.replace(/\s*[—–]\s*/g, '—')
		.replace(/\s+/g, ' ')
		.trim();

/** “tens of thousands”, “ABCD”: a few words exactly as the speaker's quotation has them (page language). */
function isExactFragment(quoted: string, speaker: Speaker, lang: 'en' | 'id'): boolean {
	if (quoted.split(/\s+/).length > MAX_FRAGMENT_WORDS) return false;
	const fragment = normalise(quoted.replace(/[.,;:]$/, ''));
	return speaker.quotes[lang].some((q) => normalise(q).includes(fragment));
}

function escapeRegExp(s: string): string {
	return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Every quoted string the page attributes to a speaker outside `<Quote>`, with its line. */
export function speakerQuotes(tree: MdastNode, speakers: readonly Speaker[], lang: 'en' | 'id'): SpeakerQuoteHit[] {
	const hits: SpeakerQuoteHit[] = [];
	// The speaker's name as written, nickname included ("Xia “Ben” Hu", "Xia "Ben" Hu"), is not a quotation.
	const nameForms = speakers.flatMap((s) => [s.name, s.name.replace(/[“”]/g, '"')]).filter((n) => /[“”"]/.test(n));
	const surnames = speakers.map((s) => ({
		speaker: s,
		// "Hu et al." and "Hu and colleagues" are other authors (LoRA's Edward Hu), not the seed's speaker
		pattern: new RegExp(`\\b${escapeRegExp(s.surname)}\\b(?!\\s+(et al|and colleagues|dan rekan))`),
	}));
	walk(tree, (node) => {
		if (!blockTypes.has(node.type)) return;
		const { text, lines } = blockText(node);
		let masked = text;
		for (const form of nameForms) masked = masked.split(form).join(form.replace(/[“”"]/g, "'"));
		// Mask each quotation (same length, so offsets still match `lines`) before splitting sentences.
		const quotes: { start: number; end: number; quoted: string }[] = [];
		masked = masked.replace(
			quotedPattern,
			(match, curly: string | undefined, straight: string | undefined, offset: number) => {
				quotes.push({ start: offset, end: offset + match.length, quoted: (curly ?? straight ?? '').trim() });
				return 'Q'.repeat(match.length);
			},
		);
		if (quotes.length === 0) return;
		const bounds = [0];
		for (const m of masked.matchAll(sentenceEnd)) bounds.push(m.index + 1);
		bounds.push(masked.length);
		const sentenceAt = (offset: number) => {
			let i = 0;
			while (i + 1 < bounds.length - 1 && bounds[i + 1]! <= offset) i += 1;
			return i;
		};
		const sentence = (i: number) => (i < 0 ? '' : masked.slice(bounds[i], bounds[i + 1]));
		for (const q of quotes) {
			if (!q.quoted) continue;
			const i = sentenceAt(q.start);
			const here = sentence(i);
			let speaker = surnames.find((s) => s.pattern.test(here))?.speaker;
			if (!speaker && pointsBack.test(here)) speaker = surnames.find((s) => s.pattern.test(sentence(i - 1)))?.speaker;
			if (speaker && !isExactFragment(q.quoted, speaker, lang))
				hits.push({ line: lines[q.start] ?? 0, speaker: speaker.name, quoted: q.quoted });
		}
	});
	return hits;
}
