import { join } from 'node:path';
import { z } from 'astro/zod';
import { kebabCaseId, readYamlMap, validateYamlEntry, YamlDataError } from '../lib/yaml-data.ts';
import { projectRoot } from '../lib/project-root.ts';
import { findPage, type Page } from '../content-index/index.ts';
import { sectionHref, shortLinkHref } from '../lib/site-urls.ts';

/**
 * content/shortlinks.yaml: the keys behind /go/<key>/ (English) and /id/go/<key>/ (Indonesian).
 *   six-n-d: { page: /cost/training-compute/, section: six-n-d }
 *   training-compute: { page: /cost/training-compute/ }
 */
export const shortLinksFile = 'content/shortlinks.yaml';

export interface ShortLink {
	key: string;
	/** language-neutral page path, e.g. /cost/training-compute/ */
	page: string;
	section?: string | undefined;
	line: number;
}

/** A language-neutral site path with slashes: /cost/training-compute/. */
export const pagePath = /^\/([a-z0-9-]+\/)*$/;

const shortLinkSchema = z.strictObject(
	{
		page: z.string().regex(pagePath, 'must be a language-neutral site path with slashes, like /cost/training-compute/'),
		section: z.string().regex(kebabCaseId, 'must be a section id (the {#id} of an h2 or h3 on the page)').optional(),
	},
	{
		error: (issue) =>
			issue.code === 'invalid_type'
				? 'write it as key: { page: /track/page/, section: section-id } (section is optional)'
				: undefined,
	},
);

/** Reads and shape-checks the file; a malformed entry throws with file, line, key and field. */
export function readShortLinks(root = projectRoot): ShortLink[] {
	const yaml = readYamlMap(join(root, shortLinksFile), shortLinksFile);
	return yaml.entries.map((entry) => {
		const { key, line } = entry;
		if (!kebabCaseId.test(key)) {
			throw new YamlDataError(
				`${shortLinksFile}:${line}: short link "${key}": keys are lower-case kebab-case (a-z, 0-9, hyphens), short enough to type.`,
			);
		}
		const { page, section } = validateYamlEntry(shortLinkSchema, entry, yaml, `short link "${key}"`);
		return { key, page, section, line };
	});
}

/** Targets that do not exist (page missing in English, or section id not on the page), one message each. */
export function shortLinkProblems(links: readonly ShortLink[], pages: readonly Page[]): string[] {
	const problems: string[] = [];
	for (const link of links) {
		const where = `${shortLinksFile}:${link.line}: short link "${link.key}"`;
		const page = findPage(pages, link.page, 'en');
		if (!page) {
			problems.push(
				`${where} points to page ${link.page}, which does not exist (no content/docs${link.page === '/' ? '/index' : link.page.replace(/\/$/, '')}.mdx). Fix the page path or remove the key.`,
			);
			continue;
		}
		if (link.section && !page.sections.some((s) => s.id === link.section)) {
			problems.push(
				`${where} points to section "#${link.section}", which is not on ${link.page} (${page.file}). Section ids there: ${page.sections.map((s) => s.id).join(', ') || 'none'}.`,
			);
		}
	}
	return problems;
}

/** The page a short link opens in `lang`: the Indonesian twin when it exists, else the English page. */
export function shortLinkTarget(link: ShortLink, pages: readonly Page[], lang: Page['lang']): Page | undefined {
	return findPage(pages, link.page, lang) ?? findPage(pages, link.page, 'en');
}

export interface ResolvedShortLink {
	key: string;
	lang: Page['lang'];
	/** the page that opens (the Indonesian twin, or the English page when there is none yet) */
	page: Page;
	section: Page['sections'][number] | undefined;
	/** site-relative href with base path and #section */
	href: string;
	/** the short link's own site-relative href: /go/<key>/ or /id/go/<key>/ */
	shortHref: string;
}

/** A short link's destination in one language, or undefined when its target is missing. */
export function resolveShortLink(
	link: ShortLink,
	pages: readonly Page[],
	lang: Page['lang'],
): ResolvedShortLink | undefined {
	const page = shortLinkTarget(link, pages, lang);
	if (!page) return undefined;
	const section = link.section ? page.sections.find((s) => s.id === link.section) : undefined;
	if (link.section && !section) return undefined;
	return {
		key: link.key,
		lang,
		page,
		section,
		href: sectionHref(page.path, page.lang, link.section),
		shortHref: shortLinkHref(link.key, lang),
	};
}
