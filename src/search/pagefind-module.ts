import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../lib/project-root.ts';

/**
 * The text of /search/pagefind.js (client/ranked-pagefind.js): Pagefind's module with its search
 * results re-ordered, which the search dialog gives Pagefind's UI as its bundle. It is served as
 * written, beside Pagefind's own files, so that its relative import finds them.
 */
export function rankedPagefindModule(root = projectRoot): string {
	return readFileSync(join(root, 'src/search/client/ranked-pagefind.js'), 'utf8');
}
