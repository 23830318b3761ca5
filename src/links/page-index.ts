import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { projectRoot } from '../lib/project-root.ts';
import type { Lang } from '../site.config.ts';
import { langOfDir, localeDir } from '../i18n/locale.ts';

/**
 * Every page and its section ids, read straight from content/docs/ (no build needed), so link checks,
 * short links, the link manifest and the slide kit all agree on what a page offers to link to.
 */

const docsDir = join(projectRoot, 'content/docs');

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
}

const headingPattern = /^(#{2,3})[ \t]+(.+?)[ \t]*\{[ \t]*#([^\s}]+)[ \t]*\}[ \t]*$/;
const fencePattern = /^[ \t]*(`{3,}|~{3,})/;

/** Reads one .mdx page. `file` is relative to content/docs/. */
export function readPage(docsRelative: string, root = docsDir): Page {
	const source = readFileSync(join(root, docsRelative), 'utf8');
	const lang = langOfDir(docsRelative);
	const inLang = docsRelative.slice(localeDir(lang).length);
	const slug = inLang.replace(/\.mdx$/, '').replace(/(^|\/)index$/, '');
	const { frontmatter, bodyStartLine, body } = splitFrontmatter(source);
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
		sections: readSections(body, bodyStartLine),
	};
}

/** Every page under content/docs/, sorted by file, drafts included (filter with `published`). */
export function readPages(root = docsDir): Page[] {
	if (!existsSync(root)) return [];
	return (readdirSync(root, { recursive: true }) as string[])
		.map((f) => f.split(sep).join('/'))
		.filter((f) => f.endsWith('.mdx') && !f.split('/').some((part) => part.startsWith('_')))
		.sort()
		.map((f) => readPage(f, root));
}

/** Pages a production build publishes (Starlight leaves drafts out). */
export function publishedPages(root = docsDir): Page[] {
	return readPages(root).filter((p) => !p.draft);
}

/** The page at a language-neutral path in one language, if it exists. */
export function findPage(pages: readonly Page[], path: string, lang: Lang): Page | undefined {
	return pages.find((p) => p.path === path && p.lang === lang);
}

function splitFrontmatter(source: string): {
	frontmatter: Record<string, unknown>;
	body: string;
	bodyStartLine: number;
} {
	const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
	if (!match) return { frontmatter: {}, body: source, bodyStartLine: 1 };
	const frontmatter = (parseYaml(match[1]!) ?? {}) as Record<string, unknown>;
	const bodyStartLine = match[0].split('\n').length - (match[0].endsWith('\n') ? 1 : 0) + 1;
	return { frontmatter, body: source.slice(match[0].length), bodyStartLine };
}

function readSections(body: string, firstLine: number): Section[] {
	const sections: Section[] = [];
	let fence: string | undefined;
	body.split(/\r?\n/).forEach((line, index) => {
		const fenceMatch = fencePattern.exec(line);
		if (fenceMatch) {
			const marker = fenceMatch[1]!;
			if (!fence) fence = marker;
			else if (marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
			return;
		}
		if (fence) return;
		const heading = headingPattern.exec(line);
		if (!heading) return;
		sections.push({
			id: heading[3]!,
			level: heading[1]!.length as 2 | 3,
			text: plainText(heading[2]!),
			line: firstLine + index,
		});
	});
	return sections;
}

/** "The <Term id="moe">MoE</Term> `router`" → "The MoE router" */
function plainText(markdown: string): string {
	return markdown
		.replace(/<[^>]+>/g, '')
		.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/[*_`]/g, '')
		.replace(/\s+/g, ' ')
		.trim();
}

function isoDate(value: unknown): string {
	return value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
}
