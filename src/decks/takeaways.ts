import { join } from 'node:path';
import type { MdastNode } from 'satteri';
import { pageTree, walk, type Page } from '../content-index/index.ts';
import { loadSiteData } from '../references/index.ts';
import { formatFigure } from '../lib/format-number.ts';
import { readJsxAttributes } from '../lib/mdx-attributes.ts';
import { projectRoot } from '../lib/project-root.ts';
import type { Lang } from '../site.config.ts';

/**
 * What a page itself says is the point of a section, as plain text for speaker notes: the section's
 * first paragraph, or for a key number quoted under "Key takeaways" the takeaway that quotes it.
 * Nothing is written here; every word comes from the page (figures formatted as the page shows them).
 */

type Node = MdastNode & { children?: Node[]; depth?: number; value?: string; name?: string };

const takeawaysSection = 'key-takeaways';

function topLevel(page: Page): Node[] {
	return ((pageTree(join(projectRoot, page.file), page.file) as Node).children ?? []) as Node[];
}

const lineOf = (node: Node) => node.position?.start.line ?? 0;

/** The top-level nodes of a section (its heading excluded), or the page's introduction when `section` is undefined. */
function sectionNodes(page: Page, section: string | undefined): Node[] {
	const nodes = topLevel(page).filter((n) => n.type !== 'yaml' && n.type !== 'mdxjsEsm');
	const start = section ? page.sections.find((s) => s.id === section) : undefined;
	if (section && !start) return [];
	const from = start ? nodes.findIndex((n) => n.type === 'heading' && lineOf(n) === start.line) + 1 : 0;
	const level = start?.level ?? 1;
	const end = nodes.findIndex((n, i) => i >= from && n.type === 'heading' && (n.depth ?? 6) <= Math.max(level, 2));
	return nodes.slice(from, end === -1 ? undefined : end);
}

/** The paragraph's text as the page shows it: <Num> as its formatted figure, <Cite> left out, other markup as its text. */
export function textOf(node: Node, lang: Lang): string {
	const numbers = loadSiteData().numbers;
	let text = '';
	const visit = (n: Node): void => {
		if (n.type === 'text' || n.type === 'inlineCode') {
			text += n.value ?? '';
			return;
		}
		if (n.type === 'mdxJsxTextElement' || n.type === 'mdxJsxFlowElement') {
			const values = readJsxAttributes(n as Parameters<typeof readJsxAttributes>[0]).values;
			if (n.name === 'Cite') return;
			if (n.name === 'Num') {
				const figure = numbers.get(String(values.id))?.data;
				if (figure) text += formatFigure(figure.value, figure.unit, lang, { withUnit: values.unit !== false });
				return;
			}
		}
		for (const child of n.children ?? []) visit(child);
	};
	visit(node);
	return text
		.replace(/\s+/g, ' ')
		.replace(/\s+([.,;:)])/g, '$1')
		.trim();
}

/**
 * The first paragraph of a section that states something (one that ends in a colon introduces a
 * list, a quotation or a figure), else of the enclosing h2 section, else of the page's introduction.
 */
export function sectionPoint(page: Page, section: string | undefined, lang: Lang): string {
	const candidates: (string | undefined)[] = [section];
	const own = page.sections.find((s) => s.id === section);
	if (own?.level === 3) candidates.push(page.sections.findLast((s) => s.level === 2 && s.line < own.line)?.id);
	candidates.push(undefined);
	for (const candidate of candidates) {
		const paragraphs = sectionNodes(page, candidate)
			.filter((n) => n.type === 'paragraph')
			.map((n) => textOf(n, lang))
			.filter(Boolean);
		const point = paragraphs.find((p) => !p.endsWith(':')) ?? paragraphs[0];
		if (point) return point;
	}
	return page.description;
}

/** The page's "Key takeaways" section, its heading and items as the page writes them, if it has one. */
export function pageTakeaways(page: Page, lang: Lang): { heading: string; items: string[] } | undefined {
	const heading = page.sections.find((s) => s.id === takeawaysSection)?.text;
	const list = sectionNodes(page, takeawaysSection).find((n) => n.type === 'list');
	if (!heading || !list) return undefined;
	return { heading, items: ((list.children ?? []) as Node[]).map((item) => textOf(item, lang)) };
}

/** Ids of the key numbers quoted in the page's "Key takeaways", in page order: the page's headline figures. */
export function headlineNumbers(page: Page): { id: string; line: number }[] {
	const found: { id: string; line: number }[] = [];
	for (const node of sectionNodes(page, takeawaysSection)) {
		walk(node, (visited) => {
			const n = visited as Node;
			if (n.type !== 'mdxJsxTextElement' || n.name !== 'Num') return;
			const id = String(readJsxAttributes(n as Parameters<typeof readJsxAttributes>[0]).values.id);
			if (!found.some((f) => f.id === id)) found.push({ id, line: lineOf(n) });
		});
	}
	return found;
}

/** The "Key takeaways" item that quotes a key number, if the page lists it there. */
export function takeawayQuoting(page: Page, numberId: string, lang: Lang): string | undefined {
	for (const node of sectionNodes(page, takeawaysSection)) {
		if (node.type !== 'list') continue;
		for (const item of node.children ?? []) {
			let quotes = false;
			walk(item, (visited) => {
				const n = visited as Node;
				if (n.type === 'mdxJsxTextElement' && n.name === 'Num') {
					quotes ||= readJsxAttributes(n as Parameters<typeof readJsxAttributes>[0]).values.id === numberId;
				}
			});
			if (quotes) return textOf(item, lang);
		}
	}
	return undefined;
}
