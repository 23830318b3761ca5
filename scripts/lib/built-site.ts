import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
/** The build under test: dist/, or DIST_DIR (e.g. to test a build in another outDir without touching dist/). */
export const distDir = process.env.DIST_DIR ? resolve(process.env.DIST_DIR) : join(projectRoot, 'dist');

/** Every HTML file in dist/ as a site path (e.g. "id/cost/inference/index.html"). */
export function builtHtmlFiles(dir = distDir): string[] {
	return (readdirSync(dir, { recursive: true }) as string[])
		.filter((f) => f.endsWith('.html'))
		.map((f) => f.split(sep).join('/'))
		.sort();
}

/** Content pages: every built page except the 404 pages (404.html, id/404.html) and the short-link redirect stubs. */
export function builtContentPages(dir = distDir): string[] {
	return builtHtmlFiles(dir).filter(
		(f) =>
			!/(^|\/)404\.html$/.test(f) &&
			!/(^|\/)go\//.test(f) &&
			!readFileSync(join(dir, f), 'utf8').includes('http-equiv="refresh"'),
	);
}

export function readBuilt(path: string, dir = distDir): string {
	return readFileSync(join(dir, path), 'utf8');
}

/** "id/about/index.html" → "/id/about/" */
export function urlPathOf(file: string): string {
	return `/${file.replace(/index\.html$/, '')}`;
}

export function relativeToProject(path: string): string {
	return relative(projectRoot, path).split(sep).join('/');
}
