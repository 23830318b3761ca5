/**
 * The short-link keys closest to a mistyped one, for the 404 page: edit distance, ties broken by
 * key order; only keys within a third of the typed length (at least 2 edits) are suggested.
 */
export function closestKeys(typed: string, keys: readonly string[], limit = 3): string[] {
	const allowed = Math.max(2, Math.round(typed.length / 3));
	return keys
		.map((key) => ({ key, distance: editDistance(typed, key) }))
		.filter(({ distance }) => distance <= allowed)
		.sort((a, b) => a.distance - b.distance || a.key.localeCompare(b.key))
		.slice(0, limit)
		.map(({ key }) => key);
}

/** Levenshtein distance, one row at a time. */
export function editDistance(a: string, b: string): number {
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) {
			current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
		}
		previous = current;
	}
	return previous[b.length]!;
}

/** "/id/go/six-nd/" (after the base path) → { lang: 'id', key: 'six-nd' }; undefined for other paths. */
export function shortLinkRequest(pathname: string, basePath = ''): { lang: 'en' | 'id'; key: string } | undefined {
	const path = pathname.startsWith(basePath) ? pathname.slice(basePath.length) : pathname;
	const match = /^\/(id\/)?go\/([^/]+)\/?$/.exec(path);
	if (!match) return undefined;
	return { lang: match[1] ? 'id' : 'en', key: decodeURIComponent(match[2]!).toLowerCase() };
}
