import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readYamlMap } from '../lib/yaml-map.ts';
import { projectRoot } from '../lib/project-root.ts';
import { findPage, type Page } from './page-index.ts';
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

const keyPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const pathPattern = /^\/([a-z0-9-]+\/)*$/;

/** Reads and shape-checks the file; a malformed entry throws with file, line and key. */
export function readShortLinks(root = projectRoot): ShortLink[] {
	const file = join(root, shortLinksFile);
	if (!existsSync(file)) return [];
	return readYamlMap(file, shortLinksFile).map(({ key, value, line }) => {
		const where = `${shortLinksFile}:${line}: short link "${key}"`;
		if (!keyPattern.test(key))
			throw new Error(`${where}: keys are lower-case kebab-case (a-z, 0-9, hyphens), short enough to type.`);
		const entry = value as Record<string, unknown> | null;
		if (!entry || typeof entry !== 'object' || typeof entry.page !== 'string') {
			throw new Error(
				`${where}: write it as ${key}: { page: /track/page/, section: section-id } (section is optional).`,
			);
		}
		const unknownFields = Object.keys(entry).filter((k) => k !== 'page' && k !== 'section');
		if (unknownFields.length)
			throw new Error(`${where}: unknown field(s) ${unknownFields.join(', ')}; use page and section.`);
		if (!pathPattern.test(entry.page)) {
			throw new Error(
				`${where}: page "${entry.page}" must be a language-neutral site path with slashes, like /cost/training-compute/.`,
			);
		}
		if (entry.section !== undefined && typeof entry.section !== 'string') {
			throw new Error(`${where}: section must be a section id (the {#id} of an h2 or h3 on the page).`);
		}
		return { key, page: entry.page, section: entry.section as string | undefined, line };
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
