import { attributeOf, elementsOf, parseHtmlDocument } from '../../src/lib/html-document.ts';
import { readBuilt } from '../../scripts/lib/built-site.ts';

/**
 * A few built pages that together hold every kind of element the site has (a kind is a tag with
 * its classes: `button.copy-section-link`, `table.stack-narrow`, `summary`…), chosen greedily,
 * most new kinds first. Checks whose result depends on how a kind of element is styled, not on the
 * page around it (a phone layout, a focus ring), run on these instead of on every page, so they
 * stay fast as pages are added while still meeting every component the site uses.
 */
export function pagesWithEveryElementKind(pages: readonly string[]): string[] {
	const kindsOf = new Map(pages.map((file) => [file, elementKinds(readBuilt(file))]));
	const chosen: string[] = [];
	const covered = new Set<string>();
	for (;;) {
		let best: string | undefined;
		let gain = 0;
		for (const [file, kinds] of kindsOf) {
			const added = [...kinds].filter((kind) => !covered.has(kind)).length;
			if (added > gain) [best, gain] = [file, added];
		}
		if (!best) return chosen.sort();
		chosen.push(best);
		for (const kind of kindsOf.get(best)!) covered.add(kind);
	}
}

/** Drawing elements inside SVG figures are parts of one picture, not kinds a reader meets. */
const svgDrawing = new Set(['path', 'g', 'rect', 'text', 'tspan', 'line', 'circle', 'polygon', 'polyline', 'use']);
const notRendered = new Set(['head', 'meta', 'link', 'script', 'style', 'title', 'defs', 'marker']);

export function elementKinds(html: string): Set<string> {
	const kinds = new Set<string>();
	for (const element of elementsOf(parseHtmlDocument(html))) {
		if (svgDrawing.has(element.tagName) || notRendered.has(element.tagName)) continue;
		// Astro's scoped-style classes (astro-xxxxxxxx) name a component instance, not a kind.
		const classes = (attributeOf(element, 'className') ?? '')
			.split(/\s+/)
			.filter((name) => name && !name.startsWith('astro-'))
			.sort();
		kinds.add([element.tagName, ...classes].join('.'));
	}
	return kinds;
}
