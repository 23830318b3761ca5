import { fileURLToPath } from 'node:url';
import { relative, resolve, sep } from 'node:path';
import type { Lang } from '../site.config.ts';
import { projectRoot } from './project-root.ts';
import { langOfDir } from './locale.ts';

/** Absolute path of the folder that holds every page (English at the root, Indonesian under id/). */
export const docsDir = resolve(projectRoot, 'content/docs');

/** Path of a file relative to the project root, for error messages authors can click. */
export function projectRelative(fileURL: URL | string): string {
	const path = typeof fileURL === 'string' ? fileURL : fileURLToPath(fileURL);
	return relative(projectRoot, path).split(sep).join('/');
}

/** The page's path under content/docs/, or undefined for files that are not pages. */
export function docsRelativePath(fileURL: URL | undefined): string | undefined {
	if (!fileURL) return undefined;
	const rel = relative(docsDir, fileURLToPath(fileURL));
	if (rel.startsWith('..') || rel.startsWith(sep)) return undefined;
	return rel.split(sep).join('/');
}

/** Language of a page from its location: content/docs/id/… is Indonesian, the rest English. */
export function langOfPage(docsPath: string): Lang {
	return langOfDir(docsPath);
}

/** "content/docs/x.mdx:12" — where an author should look. */
export function sourceLocation(fileURL: URL | string, line?: number): string {
	return line ? `${projectRelative(fileURL)}:${line}` : projectRelative(fileURL);
}
