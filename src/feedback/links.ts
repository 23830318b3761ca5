/**
 * Where a reader reports an error or proposes an edit: the site's repository (SITE_REPO_URL in
 * src/site.config.ts). Pure functions, also run in the browser to add the section the reader is in.
 */
export function reportErrorUrl(
	repo: string,
	{ title, url, section }: { title: string; url: string; section?: string | undefined },
): string {
	const where = section ? `${url}#${section}` : url;
	const params = new URLSearchParams({
		title: `Error on “${title}”${section ? ` (#${section})` : ''}`,
		body: `Page: ${where}\n\nWhat is wrong:\n\nWhat it should say, and the source for it:\n`,
		labels: 'correction',
	});
	return `${repo}/issues/new?${params}`;
}

/** "content/docs/id/cost/inference.mdx" → the file's edit view in the repository. */
export function editPageUrl(repo: string, projectFile: string): string {
	return `${repo}/edit/main/${projectFile}`;
}
