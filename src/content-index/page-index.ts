import { join } from 'node:path';
import type { MdastNode } from 'satteri';
import { codeFences, fenceId, jsxUses, pageTree, plainTextOf, walk } from './mdx-tree.ts';
import { listPageFiles } from './page-files.ts';
import { parse as parseYaml } from 'yaml';
import { docsDir } from '../lib/content-files.ts';
import type { Lang } from '../site.config.ts';
import { langOfDir, localeDir } from '../lib/locale.ts';

/**
 * Every page and its section ids, read straight from content/docs/ (no build needed), so link checks,
 * short links, the link manifest and the slide kit all agree on what a page offers to link to.
 */

export interface Section {
	id: string;
	level: 2 | 3;
	/** heading text with Markdown and JSX markup removed */
	text: string;
	/** 1-based line in the source file */
	line: number;
}

export interface Page {
	/** project-relative file, e.g. content/docs/id/cost/inference.mdx */
	file: string;
	lang: Lang;
	/** language-neutral site path with trailing slash, e.g. /cost/inference/ ("/" for the home page) */
	path: string;
	/** first folder of the path (start, cost, …), or '' for top-level pages */
	track: string;
	title: string;
	description: string;
	lastReviewed: string | undefined;
	draft: boolean;
	/** frontmatter sidebar.order (pages without one sort last) */
	order: number;
	sections: Section[];
	/** what the page shows, by id, in document order: Mermaid diagrams, data charts, key-number figures */
	diagrams: string[];
	charts: string[];
	figures: string[];
	/** each <Chart id> and <Num id> with its line, for messages to authors */
	uses: { component: 'Chart' | 'Num'; id: string; line: number }[];
}

/** Reads one .mdx page. `file` is relative to content/docs/. */
export function readPage(docsRelative: string, root = docsDir): Page {
	const tree = pageTree(join(root, docsRelative), `content/docs/${docsRelative}`);
	const lang = langOfDir(docsRelative);
	const inLang = docsRelative.slice(localeDir(lang).length);
	const slug = inLang.replace(/\.mdx$/, '').replace(/(^|\/)index$/, '');
	const frontmatter = frontmatterOf(tree);
	return {
		file: `content/docs/${docsRelative}`,
		lang,
		path: slug ? `/${slug}/` : '/',
		// The folder, so a track's own index page (tools/index.mdx → /tools/) belongs to the track.
		track: inLang.includes('/') ? inLang.split('/')[0]! : '',
		title: String(frontmatter.title ?? ''),
		description: String(frontmatter.description ?? ''),
		lastReviewed: frontmatter.lastReviewed ? isoDate(frontmatter.lastReviewed) : undefined,
		draft: frontmatter.draft === true,
		order: Number((frontmatter.sidebar as { order?: unknown } | undefined)?.order ?? Number.MAX_SAFE_INTEGER),
		sections: sectionsOf(tree),
		// fences without an id are reported by the diagram catalog
		diagrams: codeFences(tree, 'mermaid').flatMap((fence) => fenceId(fence.meta) ?? []),
		charts: jsxUses(tree, ['Chart']).map((use) => String(use.values.id)),
		figures: jsxUses(tree, ['Num']).map((use) => String(use.values.id)),
		uses: jsxUses(tree, ['Chart', 'Num']).map((use) => ({
			component: use.name as 'Chart' | 'Num',
			id: String(use.values.id),
			line: use.line,
		})),
	};
}

/** Every page under content/docs/, sorted by file, drafts included (filter with `published`). */
export function readPages(root = docsDir): Page[] {
	return listPageFiles(root).map((f) => readPage(f, root));
}

/** Pages a production build publishes (Starlight leaves drafts out). */
export function publishedPages(root = docsDir): Page[] {
	return readPages(root).filter((p) => !p.draft);
}

/** The page at a language-neutral path in one language, if it exists. */
export function findPage(pages: readonly Page[], path: string, lang: Lang): Page | undefined {
	return pages.find((p) => p.path === path && p.lang === lang);
}

function frontmatterOf(tree: MdastNode): Record<string, unknown> {
	const yaml = (tree as { children?: MdastNode[] }).children?.find((node) => node.type === 'yaml');
	return yaml && 'value' in yaml ? ((parseYaml(String(yaml.value)) ?? {}) as Record<string, unknown>) : {};
}

/** h2 and h3 headings with an explicit id ({ #id }), in order; a code fence is never a heading. */
function sectionsOf(tree: MdastNode): Section[] {
	const sections: Section[] = [];
	walk(tree, (node) => {
		if (node.type !== 'heading') return;
		const { depth, data, position } = node as MdastNode & { depth: number; data?: { hProperties?: { id?: unknown } } };
		const id = data?.hProperties?.id;
		if ((depth !== 2 && depth !== 3) || typeof id !== 'string') return;
		sections.push({ id, level: depth, text: plainTextOf(node), line: position?.start.line ?? 0 });
	});
	return sections;
}

function isoDate(value: unknown): string {
	return value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
}
