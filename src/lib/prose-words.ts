/**
 * Words a reader reads in an MDX page body: code fences, imports, JSX/HTML tags and heading ids
 * removed. Used for reading time on the page and for the content test's length checks.
 */
export function proseWordCount(mdxBody: string): number {
	return mdxBody
		.replace(/```[\s\S]*?```/g, ' ')
		.replace(/^import .*$/gm, ' ')
		.replace(/<[^>]+>/g, ' ')
		.replace(/\{ #[^}]+\}/g, ' ')
		.split(/\s+/)
		.filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Minutes to read, at 220 words a minute (rounded up, at least 1). */
export function readingMinutes(mdxBody: string): number {
	return Math.max(1, Math.ceil(proseWordCount(mdxBody) / 220));
}
