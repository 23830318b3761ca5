import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join, sep } from 'node:path';
import type { Element } from 'hast';
import { attributeOf, elementsOf, hasToken, parseHtmlDocument } from '../lib/html-document.ts';

/**
 * Finds links inside a built site that point at nothing: a page or file that was not built, or a
 * `#fragment` that no element on the target page carries. Works on the HTML in an output folder,
 * so it sees every link, whether an author wrote it, a plugin generated it or a component renders it.
 */

export interface BrokenLink {
	/** the built file holding the link, relative to the output folder ("id/about/index.html") */
	file: string;
	/** the attribute value as written ("/cost/training/#gpu-hours") */
	link: string;
	/** what is wrong, in words */
	reason: string;
}

export interface LinkCheckOptions {
	/** the site's base path without trailing slash ('' or '/explainer') */
	basePath?: string;
	/** the configured `site` URL; absolute links to it (canonical, hreflang) are checked as internal */
	siteUrl?: string;
	/**
	 * 'pages' checks `<a href>` and `<area href>` only (what authors write);
	 * 'all' also checks `src`, `srcset` and `<link href>` (stylesheets, icons, scripts, images).
	 */
	scope?: 'pages' | 'all';
}

/** What a page's HTML offers and points at, read once per file. */
interface PageLinks {
	/** fragment targets: every element's id, and the name of <a name> */
	ids: Set<string>;
	/** <a href> and <area href>: what authors write */
	pageLinks: string[];
	/** every href, src, srcset and xlink:href, from any element */
	allReferences: string[];
}

export function findBrokenLinks(outDir: string, options: LinkCheckOptions = {}): BrokenLink[] {
	const basePath = options.basePath ?? '';
	const siteOrigin = options.siteUrl ? new URL(options.siteUrl).origin : undefined;
	const htmlFiles = listFiles(outDir).filter((f) => f.endsWith('.html'));
	const read = new Map<string, PageLinks>();
	const linksOf = (file: string) => {
		let links = read.get(file);
		if (!links) {
			links = readPageLinks(readFileSync(join(outDir, file), 'utf8'), isNotFoundPage(file));
			read.set(file, links);
		}
		return links;
	};

	const broken: BrokenLink[] = [];
	for (const file of htmlFiles) {
		const pageUrl = new URL(`${basePath}/${file.replace(/(^|\/)index\.html$/, '$1')}`, 'http://site.invalid');
		const { pageLinks, allReferences } = linksOf(file);
		for (const raw of new Set(options.scope === 'all' ? allReferences : pageLinks)) {
			const link = raw.trim();
			const reason = checkLink(link, pageUrl, file);
			if (reason) broken.push({ file, link, reason });
		}
	}
	return broken;

	function checkLink(link: string, pageUrl: URL, file: string): string | undefined {
		if (!link || link.startsWith('data:') || link.startsWith('javascript:')) return undefined;
		let target: URL;
		try {
			target = new URL(link, pageUrl);
		} catch {
			return 'not a valid URL';
		}
		if (siteOrigin && target.origin === siteOrigin) {
			target = new URL(`${target.pathname}${target.hash}`, 'http://site.invalid');
		} else if (target.origin !== 'http://site.invalid') {
			return undefined; // another site: not ours to check here
		}
		const path = decodeURIComponent(target.pathname);
		if (basePath && path !== basePath && !path.startsWith(`${basePath}/`)) {
			return `points outside the base path ${basePath}/ (build it with the base, e.g. via import.meta.env.BASE_URL)`;
		}
		const relative = path.slice(basePath.length).replace(/^\//, '');
		const targetFile = resolveBuiltFile(outDir, relative);
		if (!targetFile) return `no page or file at ${path}`;
		const fragment = decodeURIComponent(target.hash.slice(1));
		if (fragment && targetFile.endsWith('.html') && !linksOf(targetFile).ids.has(fragment)) {
			const samePage = targetFile === file;
			return `no element with id "${fragment}" on ${samePage ? 'this page' : path}`;
		}
		return undefined;
	}
}

/** One line per broken link, grouped by page, for build errors and test failures. */
export function describeBrokenLinks(broken: BrokenLink[], sourceOf: (file: string) => string = (f) => f): string {
	const byFile = Map.groupBy(broken, (b) => b.file);
	return [...byFile]
		.map(([file, links]) => `${sourceOf(file)}\n${links.map((l) => `  → ${l.link}: ${l.reason}`).join('\n')}`)
		.join('\n');
}

const linkAttributes = ['href', 'src', 'srcSet', 'xLinkHref'] as const;

function readPageLinks(html: string, isNotFound: boolean): PageLinks {
	const links: PageLinks = { ids: new Set(), pageLinks: [], allReferences: [] };
	for (const element of elementsOf(parseHtmlDocument(html))) {
		const id = attributeOf(element, 'id');
		if (id) links.ids.add(id);
		const name = element.tagName === 'a' ? attributeOf(element, 'name') : undefined;
		if (name) links.ids.add(name);
		const href = attributeOf(element, 'href');
		if (href !== undefined && (element.tagName === 'a' || element.tagName === 'area')) links.pageLinks.push(href);
		if (isNotFound && isPageMetadataLink(element)) continue;
		for (const attribute of linkAttributes) {
			const value = attributeOf(element, attribute);
			if (value === undefined) continue;
			links.allReferences.push(...(attribute === 'srcSet' ? parseSrcset(value) : [value]));
		}
	}
	return links;
}

/** Starlight gives its 404 page canonical and hreflang links to /404/, a URL no host serves. */
const isNotFoundPage = (file: string) => /(^|\/)404\.html$/.test(file);
const isPageMetadataLink = (element: Element) =>
	element.tagName === 'link' && (hasToken(element, 'rel', 'canonical') || hasToken(element, 'rel', 'alternate'));

function resolveBuiltFile(outDir: string, relative: string): string | undefined {
	const candidates =
		relative === '' || relative.endsWith('/')
			? [`${relative}index.html`]
			: extname(relative)
				? [relative]
				: [`${relative}/index.html`, `${relative}.html`];
	return candidates.find((c) => {
		const full = join(outDir, c);
		return existsSync(full) && statSync(full).isFile();
	});
}

function listFiles(dir: string): string[] {
	return (readdirSync(dir, { recursive: true }) as string[]).map((f) => f.split(sep).join('/')).sort();
}

function parseSrcset(value: string): string[] {
	return value
		.split(',')
		.map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
		.filter(Boolean);
}
