/**
 * What kind of page a route is, from its id ("cost/inference", "id/reference/glossary", "" for home).
 * Explainers teach a topic; pointer pages (home, the slide kit) point to topics explained elsewhere.
 */
const explainerTracks = new Set(['start', 'cost', 'efficiency', 'enterprise', 'landscape']);

function neutralSlug(routeId: string): string {
	return routeId.replace(/^id(\/|$)/, '').replace(/\/$/, '');
}

export function isExplainerPage(routeId: string): boolean {
	const slug = neutralSlug(routeId);
	return slug.includes('/') && explainerTracks.has(slug.split('/')[0]!);
}

/**
 * Search weight of text that repeats topics explained elsewhere: whole pages made of pointers (home,
 * slide kit) and the lists on reference pages. A query about a topic then finds the explainer first,
 * while a reference page's own prose (how to download the dataset) weighs like any other.
 */
export const repeatedTextSearchWeight = '0.2';

export function isPointerPage(routeId: string): boolean {
	const slug = neutralSlug(routeId);
	return slug === '' || slug === 'slides';
}
