import { join } from 'node:path';
import { codeFences, fenceId, findPage, pageTree, type Page } from '../content-index/index.ts';
import { projectRoot } from '../lib/project-root.ts';
import { readShortLinks, type ShortLink } from './shortlinks.ts';

/**
 * Every figure names the section that explains it, so its short link opens there: a key number's
 * `section` (content/numbers/), a chart's `section` (content/charts/), and for a diagram the heading
 * above its fence. A `section` is a heading id on the figure's home page (`six-n-d`), or a page and
 * heading id (`/cost/inference/#price-decline`) where the data file mirrors no page.
 */

export type FigureKind = 'number' | 'chart' | 'diagram';

/** A figure's `section` as written in its data file, for the build-start check. */
export interface FigureSectionEntry {
	kind: 'number' | 'chart';
	id: string;
	/** project-relative data file and the line of the entry */
	file: string;
	line: number;
	section?: string | undefined;
}

export interface FigurePlace {
	kind: FigureKind;
	id: string;
	/** language-neutral page path, e.g. /cost/inference/ */
	page: string;
	/** heading id on that page */
	section: string;
}

/** content/numbers/cost/inference.yaml → /cost/inference/; shared files (shared.yaml, tools.yaml, …) mirror no page. */
export function pageOfNumbersFile(file: string): string | undefined {
	const match = /^content\/numbers\/([a-z0-9-]+\/[a-z0-9-]+)\.ya?ml$/.exec(file);
	return match ? `/${match[1]}/` : undefined;
}

/** English pages that place `<Chart id>`. */
function pagesPlacingChart(id: string, pages: readonly Page[]): string[] {
	return pages.filter((p) => p.lang === 'en' && p.charts.includes(id)).map((p) => p.path);
}

/** Where a figure's `section` points, or the one problem that stops it pointing anywhere. */
export function resolveFigureSection(
	entry: FigureSectionEntry,
	pages: readonly Page[],
): { place: FigurePlace } | { problem: string } {
	const where = `${entry.file}:${entry.line}: ${entry.kind} "${entry.id}"`;
	const homes =
		entry.kind === 'number'
			? [pageOfNumbersFile(entry.file)].flatMap((p) => p ?? [])
			: pagesPlacingChart(entry.id, pages);
	const example = (page: Page) =>
		`Sections of ${page.path} (${page.file}): ${page.sections.map((s) => s.id).join(', ') || 'none'}.`;
	if (!entry.section) {
		const hint = homes.length === 1 ? findPage(pages, homes[0]!, 'en') : undefined;
		return {
			problem: `${where} has no section: add \`section:\` with the id of the heading under which the site explains it${homes.length === 1 ? '' : ', with its page (section: /track/page/#heading-id)'}.${hint ? ` ${example(hint)}` : ''}`,
		};
	}
	const hash = entry.section.indexOf('#');
	const written = hash >= 0 ? entry.section.slice(0, hash) : undefined;
	const sectionId = hash >= 0 ? entry.section.slice(hash + 1) : entry.section;
	let path = written;
	if (!path) {
		if (homes.length !== 1) {
			return {
				problem: `${where}: section "${entry.section}" names no page, and ${entry.kind === 'number' ? `${entry.file} mirrors no page` : homes.length ? `the chart is placed on ${homes.join(', ')}` : 'no page places the chart'}: write it as /track/page/#${sectionId}.`,
			};
		}
		path = homes[0]!;
	} else if (entry.kind === 'number' && homes.length === 1 && written !== homes[0]) {
		return {
			problem: `${where}: section "${entry.section}" is on another page than ${homes[0]}, which ${entry.file} holds figures for: write just the heading id, or move the figure to the file of the page that explains it (or shared.yaml).`,
		};
	}
	const page = findPage(pages, path, 'en');
	if (!page) return { problem: `${where}: section "${entry.section}" is on page ${path}, which does not exist.` };
	if (entry.kind === 'chart' && !page.charts.includes(entry.id)) {
		return {
			problem: `${where}: section "${entry.section}" is on ${path}, which does not place the chart (<Chart id="${entry.id}" />); it is on ${homes.join(', ') || 'no page'}.`,
		};
	}
	if (!page.sections.some((s) => s.id === sectionId)) {
		return { problem: `${where}: section "#${sectionId}" is not on ${path}. ${example(page)}` };
	}
	return { place: { kind: entry.kind, id: entry.id, page: path, section: sectionId } };
}

/** One message per figure whose `section` is missing or points to nothing (file, line, the valid ids). */
export function figureSectionProblems(entries: readonly FigureSectionEntry[], pages: readonly Page[]): string[] {
	return entries.flatMap((entry) => {
		const result = resolveFigureSection(entry, pages);
		return 'problem' in result ? [result.problem] : [];
	});
}

/** Each diagram's section: the h2/h3 heading above its fence on the English page. */
export function diagramPlaces(pages: readonly Page[]): Map<string, FigurePlace> {
	const places = new Map<string, FigurePlace>();
	for (const page of pages) {
		if (page.lang !== 'en') continue;
		for (const fence of codeFences(pageTree(join(projectRoot, page.file), page.file), 'mermaid')) {
			const id = fenceId(fence.meta);
			const section = page.sections.findLast((s) => s.line <= fence.line);
			if (id && section && !places.has(id))
				places.set(id, { kind: 'diagram', id, page: page.path, section: section.id });
		}
	}
	return places;
}

/**
 * The short-link key for a place: the section's own key, else the page's key, else undefined.
 * Figure downloads (charts, diagrams) print it: shortLinkHref(key, lang) in src/lib/site-urls.ts.
 */
export function sectionShortLink(
	pagePath: string,
	sectionId?: string,
	shortLinks: readonly ShortLink[] = readShortLinks(),
): string | undefined {
	return (
		(sectionId ? shortLinks.find((l) => l.page === pagePath && l.section === sectionId) : undefined) ??
		shortLinks.find((l) => l.page === pagePath && !l.section)
	)?.key;
}
