import type { Page } from '../content-index/index.ts';
import type { loadSiteData } from '../references/index.ts';

type Glossary = ReturnType<typeof loadSiteData>['glossary'];
type GlossaryText = { term: string; also?: string[] | undefined };

/**
 * The glossary terms a page explains, in every language and with their other names, so that a search
 * in either language finds the page whatever its title says: "campuran pakar" finds "Mixture of
 * Experts", "distillation" finds "Distilasi dan model kecil". A page explains the terms of its own
 * glossary file (content/glossary/cost/inference.yaml for /cost/inference/) and the shared terms its
 * title names in either language.
 */
export function explainedTerms(page: Page, pages: readonly Page[], glossary: Glossary): string[] {
	const ownFile = `content/glossary${page.path.replace(/\/$/, '')}.yaml`;
	const titles = pages.filter((p) => p.path === page.path).map((p) => p.title);
	const terms = new Set<string>();
	for (const entry of glossary.values()) {
		const texts: GlossaryText[] = [entry.data.en, entry.data.id];
		const explained = entry.file === ownFile || texts.some((t) => titles.some((title) => names(title, headOf(t.term))));
		if (!explained) continue;
		for (const t of texts) {
			terms.add(t.term);
			for (const other of t.also ?? []) terms.add(other);
		}
	}
	return [...terms];
}

/** "Mixture of Experts (MoE)" → "Mixture of Experts": the name a title would use. */
function headOf(term: string): string {
	return term.replace(/\s*\(.*\)\s*$/, '').trim();
}

/** Whether `title` names `head` as whole words, singular or plural ("Are the moats shrinking?" names "moat"). */
function names(title: string, head: string): boolean {
	if (!head) return false;
	const escaped = head.toLocaleLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	return new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}(e?s)?($|[^\\p{L}\\p{N}])`, 'u').test(title.toLocaleLowerCase());
}
