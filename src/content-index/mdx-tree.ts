import { readFileSync, statSync } from 'node:fs';
import { mdxToMdast, type MdastNode, type MdxJsxFlowElement, type MdxJsxTextElement } from 'satteri';
import { readJsxAttributes } from '../lib/mdx-attributes.ts';

/**
 * A page's MDX read by the parser the build uses (Sätteri, with explicit heading ids), not by
 * patterns over the raw text: `<Cite id='x'>` counts however it is quoted, and a component shown
 * inside a code fence does not count at all.
 */
const cache = new Map<string, { mtimeMs: number; tree: MdastNode }>();

/** Parses `path` (absolute), once per file version; a syntax error names `file` and the line. */
export function pageTree(path: string, file: string): MdastNode {
	const { mtimeMs } = statSync(path);
	const cached = cache.get(path);
	if (cached?.mtimeMs === mtimeMs) return cached.tree;
	const tree = parsePageMdx(readFileSync(path, 'utf8'), file);
	cache.set(path, { mtimeMs, tree });
	return tree;
}

export function parsePageMdx(source: string, file: string): MdastNode {
	try {
		return mdxToMdast(source, { features: { headingAttributes: true } });
	} catch (error) {
		throw new Error(`${file}:${error instanceof Error ? error.message : String(error)}`, { cause: error });
	}
}

/** Calls `visit` on `node` and every node below it, in document order. */
export function walk(node: MdastNode, visit: (node: MdastNode) => void): void {
	visit(node);
	if ('children' in node && Array.isArray(node.children)) {
		for (const child of node.children) walk(child as MdastNode, visit);
	}
}

export interface JsxUse {
	name: string;
	/** attribute values (id="x", id='x' and id={"x"} all read "x") */
	values: Record<string, string | boolean | number>;
	line: number;
}

/** Every use of the named components on the page, in document order. */
export function jsxUses(tree: MdastNode, names: readonly string[]): JsxUse[] {
	const uses: JsxUse[] = [];
	walk(tree, (node) => {
		if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
		const element = node as MdxJsxFlowElement | MdxJsxTextElement;
		if (!element.name || !names.includes(element.name)) return;
		uses.push({
			name: element.name,
			values: readJsxAttributes(element).values,
			line: node.position?.start.line ?? 0,
		});
	});
	return uses;
}

export interface CodeFence {
	meta: string | null | undefined;
	value: string;
	line: number;
}

/** Every fenced code block in one language (```mermaid …), in document order. */
export function codeFences(tree: MdastNode, lang: string): CodeFence[] {
	const fences: CodeFence[] = [];
	walk(tree, (node) => {
		if (node.type === 'code' && node.lang === lang) {
			fences.push({ meta: node.meta, value: node.value, line: node.position?.start.line ?? 0 });
		}
	});
	return fences;
}

/** The text a reader sees in a node: markup, links and components reduced to their words. */
export function plainTextOf(node: MdastNode): string {
	let text = '';
	walk(node, (n) => {
		if ((n.type === 'text' || n.type === 'inlineCode') && 'value' in n) text += String(n.value);
	});
	return text.replace(/\s+/g, ' ').trim();
}

/** `id="x"`, `id='x'` or `id=x` in a fence's meta string. */
export function fenceId(meta: string | null | undefined): string | undefined {
	const match = /(?:^|\s)id=(?:"([^"]*)"|'([^']*)'|([^\s"']+))/.exec(meta ?? '');
	return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}
