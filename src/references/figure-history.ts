import { publishedPages, type Page } from '../content-index/index.ts';
import { absoluteUrl, pageHref, sectionHref } from '../lib/site-urls.ts';
import type { Lang } from '../site.config.ts';
import type { DataEntry } from './read-data-folder.ts';
import type { FigureChange, KeyNumber } from './schemas.ts';
import type { SiteData } from './site-data.ts';

/** A change to a figure counts as recent for this many days after it: its citation card says so. */
export const recentChangeDays = 90;

/** The page that lists every change, with an anchor per figure id (content/docs/reference/changes.mdx). */
export const changesPagePath = '/reference/changes/';

/** The date a figure's value last changed on this site, or null when it never has. */
export function lastChanged(figure: KeyNumber): string | null {
	return figure.history?.at(-1)?.date ?? null;
}

/** 1 for a figure as first published, plus one for each change of its value. */
export function figureVersion(figure: KeyNumber): number {
	return (figure.history?.length ?? 0) + 1;
}

/** Today as YYYY-MM-DD, or the day of SOURCE_DATE_EPOCH when a build sets it (reproducible builds). */
export function buildDate(): string {
	const epoch = Number(process.env.SOURCE_DATE_EPOCH);
	return new Date(Number.isFinite(epoch) && epoch > 0 ? epoch * 1000 : Date.now()).toISOString().slice(0, 10);
}

/** The figure's last change when it is at most recentChangeDays old on `today`. */
export function recentChange(figure: KeyNumber, today = buildDate()): FigureChange | undefined {
	const last = figure.history?.at(-1);
	if (!last) return undefined;
	const days = (Date.parse(today) - Date.parse(last.date)) / 86_400_000;
	return days <= recentChangeDays ? last : undefined;
}

/** One change of one figure: what it was before and what it became. */
export interface FigureChangeRecord {
	id: string;
	figure: KeyNumber;
	change: FigureChange;
	/** the value that replaced `change.previous` (the next change's previous value, or the current value) */
	next: KeyNumber['value'];
}

/** Every change of every figure, newest first (then by id). */
export function figureChanges(data: SiteData): FigureChangeRecord[] {
	return figuresWithHistory(data)
		.flatMap(({ id, data: figure }) =>
			(figure.history ?? []).map((change, i, history) => ({
				id,
				figure,
				change,
				next: history[i + 1]?.previous ?? figure.value,
			})),
		)
		.sort((a, b) => b.change.date.localeCompare(a.change.date) || a.id.localeCompare(b.id));
}

/** The figures that have changed at least once, by id. */
export function figuresWithHistory(data: SiteData): DataEntry<KeyNumber>[] {
	return [...data.numbers.values()].filter((n) => n.data.history).sort((a, b) => a.id.localeCompare(b.id));
}

/** A figure's entry on the changes page: its current value and its history. */
export function figureHistoryHref(id: string, lang: Lang): string {
	return `${pageHref(changesPagePath, lang)}#${id}`;
}

/** The same, as an absolute URL (for the CSV and JSON downloads). */
export function figureHistoryUrl(id: string): string {
	return absoluteUrl(figureHistoryHref(id, 'en'));
}

/** The page whose data file holds the figure: content/numbers/cost/inference.yaml → /cost/inference/. */
const homePathOf = (file: string) => `/${file.replace(/^content\/numbers\//, '').replace(/\.ya?ml$/, '')}/`;

/**
 * Where a figure is explained: its `section` (a heading id on the page its data file mirrors, or
 * /page/#heading-id; checked at build by src/links/figure-sections.ts); failing that, the section of
 * its page where it is first quoted, or its entry on the Key numbers page when no page quotes it.
 */
export function figureHref(data: SiteData, id: string, lang: Lang, pages: readonly Page[] = publishedPages()): string {
	const entry = data.numbers.get(id);
	const section = entry?.data.section;
	if (entry && section) {
		const [path, heading] = section.includes('#') ? section.split('#') : [homePathOf(entry.file), section];
		return sectionHref(path!, lang, heading);
	}
	const quoting = pages.filter((p) => p.lang === lang && !p.path.startsWith('/reference/') && p.figures.includes(id));
	const home = (entry && quoting.find((p) => p.path === homePathOf(entry.file))) ?? quoting[0];
	if (!home) return `${pageHref('/reference/key-numbers/', lang)}#${id}`;
	// The key takeaways only sum up: prefer the first section after them that quotes the figure.
	const sections = home.uses
		.filter((u) => u.component === 'Num' && u.id === id)
		.map((u) => home.sections.filter((s) => s.line < u.line).at(-1)?.id);
	return sectionHref(home.path, lang, sections.find((s) => s && s !== 'key-takeaways') ?? sections[0]);
}

/**
 * The newest date any of `ids` last changed, or null when none has: the date a chart or a slide
 * built from those figures should carry, so a reader can tell whether it is still current.
 */
export function figuresLastChanged(data: SiteData, ids: readonly string[]): string | null {
	const dates = ids.map((id) => data.numbers.get(id)?.data).flatMap((n) => (n ? [lastChanged(n)] : []));
	return (
		dates
			.filter((d): d is string => d !== null)
			.sort()
			.at(-1) ?? null
	);
}
