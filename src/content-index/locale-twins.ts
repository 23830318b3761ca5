import type { Page } from './page-index.ts';
import type { Lang } from '../site.config.ts';
import { langs, localeDir } from '../lib/locale.ts';

/** 'id' → 'Indonesian', for messages to authors (who read them in English). */
const languageName = (lang: Lang) => new Intl.DisplayNames(['en'], { type: 'language' }).of(lang) ?? lang;

/**
 * Every page exists in both languages at the same relative path (content/docs/x.mdx and
 * content/docs/id/x.mdx) and offers the same sections, diagrams, charts and figures: the language
 * switch, hreflang links and links on slides rely on it. This is the one check of that rule; the
 * build runs it before anything is written (src/links/integrity.ts), together with the other link checks.
 */
/** The ids the data files define, to tell an unknown id (the cause) from twins that differ (its consequence). */
export interface KnownIds {
	figures: ReadonlySet<string>;
	charts: ReadonlySet<string>;
}

/**
 * Mistakes on one page that would otherwise surface only as twins that differ: a heading id used
 * twice, and a <Num> or <Chart> id that no data file defines. Each names the file and line.
 */
export function pageProblems(pages: readonly Page[], known?: KnownIds): string[] {
	const problems: string[] = [];
	for (const page of pages) {
		const seen = new Map<string, number>();
		for (const section of page.sections) {
			const first = seen.get(section.id);
			if (first === undefined) seen.set(section.id, section.line);
			else
				problems.push(
					`${page.file}:${section.line}: the heading id #${section.id} is already used at line ${first}; give each heading its own id.`,
				);
		}
		if (!known) continue;
		for (const use of page.uses) {
			const [ids, where] =
				use.component === 'Num'
					? [known.figures, 'content/numbers/ (the file named after the page, or shared.yaml)']
					: [known.charts, 'content/charts/'];
			if (!ids.has(use.id))
				problems.push(`${page.file}:${use.line}: unknown <${use.component}> id "${use.id}": no entry in ${where}.`);
		}
	}
	return problems;
}

/**
 * Every problem of the page catalog, causes first (pageProblems), then what follows from them and
 * any other differences between twins (twinProblems).
 */
export function catalogProblems(pages: readonly Page[], known?: KnownIds): string[] {
	return [...pageProblems(pages, known), ...twinProblems(pages)];
}

export function twinProblems(pages: readonly Page[]): string[] {
	const problems: string[] = [];
	const [first, second] = langs as readonly [Lang, Lang];
	const byPath = (lang: Lang) => new Map(pages.filter((p) => p.lang === lang).map((p) => [p.path, p]));
	const firsts = byPath(first);
	const seconds = byPath(second);
	for (const [lang, own, other, otherLang] of [
		[first, firsts, seconds, second],
		[second, seconds, firsts, first],
	] as const) {
		for (const page of own.values()) {
			if (other.has(page.path)) continue;
			problems.push(`${page.file} has no ${languageName(otherLang)} twin: add ${twinFile(page.file, lang, otherLang)}`);
		}
	}
	for (const page of firsts.values()) {
		const twin = seconds.get(page.path);
		if (twin) problems.push(...differences(page, twin));
	}
	return problems;
}

/** content/docs/x.mdx ↔ content/docs/id/x.mdx */
function twinFile(file: string, from: Lang, to: Lang): string {
	const inLang = file.slice(`content/docs/${localeDir(from)}`.length);
	return `content/docs/${localeDir(to)}${inLang}`;
}

function differences(a: Page, b: Page): string[] {
	const problems: string[] = [];
	const lineOf = (page: Page, id: string) => page.sections.find((s) => s.id === id)?.line;
	const sectionsA = a.sections.map((s) => s.id);
	const sectionsB = b.sections.map((s) => s.id);
	const onlyA = sectionsA.filter((x) => !sectionsB.includes(x));
	const onlyB = sectionsB.filter((x) => !sectionsA.includes(x));
	const listWithLines = (page: Page, ids: string[]) => ids.map((x) => `#${x} (line ${lineOf(page, x)})`).join(', ');
	if (onlyA.length || onlyB.length) {
		problems.push(
			[
				`Section ids differ between ${a.file} and ${b.file}; twins must use the same ids so links and the language switch keep the section.`,
				onlyA.length ? `  only in ${a.file}: ${listWithLines(a, onlyA)}` : '',
				onlyB.length ? `  only in ${b.file}: ${listWithLines(b, onlyB)}` : '',
			]
				.filter(Boolean)
				.join('\n'),
		);
	} else if (sectionsA.join() !== sectionsB.join()) {
		problems.push(
			`Sections of ${a.file} and ${b.file} come in a different order; put them in the same order.\n` +
				`  ${a.file}: ${sectionsA.join(', ')}\n  ${b.file}: ${sectionsB.join(', ')}`,
		);
	}
	const sameOrder = (what: string, idsA: string[], idsB: string[]) => {
		if (idsA.join() === idsB.join()) return;
		problems.push(
			`${a.file} and ${b.file} show different ${what}; twins show the same ones in the same order.\n` +
				`  ${a.file}: ${idsA.join(', ') || 'none'}\n  ${b.file}: ${idsB.join(', ') || 'none'}`,
		);
	};
	sameOrder('diagrams (```mermaid id)', a.diagrams, b.diagrams);
	sameOrder('charts (<Chart id>)', a.charts, b.charts);
	const sorted = (ids: string[]) => [...new Set(ids)].sort();
	if (sorted(a.figures).join() !== sorted(b.figures).join()) {
		const missingB = sorted(a.figures).filter((x) => !b.figures.includes(x));
		const missingA = sorted(b.figures).filter((x) => !a.figures.includes(x));
		problems.push(
			[
				`${a.file} and ${b.file} cite different key numbers (<Num id>); twins cite the same figures.`,
				missingB.length ? `  only in ${a.file}: ${missingB.join(', ')}` : '',
				missingA.length ? `  only in ${b.file}: ${missingA.join(', ')}` : '',
			]
				.filter(Boolean)
				.join('\n'),
		);
	}
	return problems;
}
