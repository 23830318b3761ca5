/**
 * What kind of page a route is, from its id ("cost/inference", "id/reference/glossary", "" for home).
 * Explainers teach a topic; listing pages (home, reference lists, the slide kit, the estimators page)
 * point to topics explained elsewhere.
 */
const explainerTracks = new Set(['start', 'cost', 'efficiency', 'enterprise', 'landscape']);

function neutralSlug(routeId: string): string {
	return routeId.replace(/^id(\/|$)/, '').replace(/\/$/, '');
}

export function isExplainerPage(routeId: string): boolean {
	const slug = neutralSlug(routeId);
	return slug.includes('/') && explainerTracks.has(slug.split('/')[0]!);
}

export function isListingPage(routeId: string): boolean {
	const slug = neutralSlug(routeId);
	return slug === '' || slug === 'slides' || slug === 'tools' || slug.startsWith('reference/');
}
