import { existsSync, renameSync, rmdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { publishedPages, type Page } from '../content-index/index.ts';
import { langs, localePrefix } from '../lib/locale.ts';
import { readShortLinks, resolveShortLink, type ShortLink } from './shortlinks.ts';

/**
 * Short links as server redirects, for hosts that read a rules file: a 301 from /go/<key> and
 * /go/<key>/ (and /id/go/…) straight to the page and section, without the round trip through the
 * redirect page. The redirect pages stay for hosts without rules (GitHub Pages).
 *
 * - dist/_redirects: Netlify and Cloudflare Pages. Only plain `301` lines: Cloudflare rejects
 *   Netlify's forced `301!` and any `404` rule. Both hosts match paths case-sensitively, so
 *   /go/MoE reaches the 404 page, which forwards it (src/links/not-found.ts).
 * - docs/nginx-short-links.conf: the same map for nginx (written by `npm run links:update`), matched
 *   without regard to case.
 */

export interface ShortLinkRedirect {
	/** /go/<key> or /id/go/<key>, with the base path, without trailing slash */
	from: string;
	/** the page and #section, with the base path */
	to: string;
}

/** One redirect per key and language, in file order. */
export function shortLinkRedirects(
	pages: readonly Page[] = publishedPages(),
	links: readonly ShortLink[] = readShortLinks(),
): ShortLinkRedirect[] {
	return langs.flatMap((lang) =>
		links.flatMap((link) => {
			const resolved = resolveShortLink(link, pages, lang);
			return resolved ? [{ from: resolved.shortHref.replace(/\/$/, ''), to: resolved.href }] : [];
		}),
	);
}

/** Netlify and Cloudflare Pages `_redirects`: each key with and without the trailing slash (Cloudflare matches exactly). */
export function redirectsFile(redirects: readonly ShortLinkRedirect[]): string {
	const lines = redirects.flatMap(({ from, to }) => [`${from} ${to} 301`, `${from}/ ${to} 301`]);
	return `# Short links (content/shortlinks.yaml), written by the build.\n${lines.join('\n')}\n`;
}

/** nginx: a map from the request path to its target, case-insensitive; see the comment at the top of the file. */
export function nginxShortLinksFile(redirects: readonly ShortLinkRedirect[]): string {
	const escape = (path: string) => path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	const width = Math.max(...redirects.map((r) => escape(r.from).length)) + 8;
	const entries = redirects.map(({ from, to }) => `\t${`"~*^${escape(from)}/?$"`.padEnd(width)} "${to}";`);
	const prefixes = [...new Set(langs.map(localePrefix))].filter(Boolean);
	return [
		'# Short links for nginx: a 301 from /go/<key> and /id/go/<key> (any letter case, with or without',
		'# the trailing slash) to the page and section. Generated from content/shortlinks.yaml by',
		'# `npm run links:update`; tests/links-host-redirects.test.ts keeps it in step.',
		'#',
		'# In the http block:    include /path/to/nginx-short-links.conf;',
		'# In the server block:  if ($short_link_target) { return 301 $short_link_target; }',
		...prefixes.map((prefix) => `#                       location ${prefix}/ { error_page 404 ${prefix}/404.html; }`),
		'#                       error_page 404 /404.html;',
		'',
		'map $uri $short_link_target {',
		'\tdefault "";',
		...entries,
		'}',
		'',
	].join('\n');
}

export const nginxShortLinksDoc = 'docs/nginx-short-links.conf';

/**
 * Writes dist/_redirects when the build is done, and moves the Indonesian 404 page to id/404.html,
 * where hosts look for it (Astro writes only the top-level 404 page as 404.html).
 */
export function hostRedirects(): AstroIntegration {
	return {
		name: 'short-link-host-redirects',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				for (const prefix of langs.map(localePrefix).filter(Boolean)) {
					const page = fileURLToPath(new URL(`.${prefix}/404/index.html`, dir));
					if (!existsSync(page)) continue;
					renameSync(page, fileURLToPath(new URL(`.${prefix}/404.html`, dir)));
					rmdirSync(fileURLToPath(new URL(`.${prefix}/404/`, dir)));
				}
				const redirects = shortLinkRedirects();
				writeFileSync(fileURLToPath(new URL('_redirects', dir)), redirectsFile(redirects));
				logger.info(`_redirects: ${redirects.length} short links as 301s, with and without the trailing slash`);
			},
		},
	};
}
