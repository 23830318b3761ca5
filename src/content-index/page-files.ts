import { existsSync, readdirSync } from 'node:fs';
import { sep } from 'node:path';
import { docsDir } from '../lib/content-files.ts';

/**
 * The page files under content/docs/, by the docs collection's own rule (`**\/[^_]*.mdx`: a file
 * whose name starts with "_" is not a page), as paths relative to content/docs/, sorted.
 */
export function listPageFiles(root = docsDir): string[] {
	if (!existsSync(root)) return [];
	return (readdirSync(root, { recursive: true }) as string[])
		.map((f) => f.split(sep).join('/'))
		.filter((f) => f.endsWith('.mdx') && !f.split('/').at(-1)!.startsWith('_'))
		.sort();
}
