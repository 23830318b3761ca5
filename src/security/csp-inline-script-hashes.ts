import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Element } from 'hast';
import { attributeOf, elementsOf, parseHtmlDocument, textOf } from '../lib/html-document.ts';

/**
 * Astro's `security.csp` hashes the scripts it bundles, but not `<script is:inline>` ones, and
 * Starlight has several (theme before first paint, sidebar state, search shortcut label). After
 * the build this adds the SHA-256 of every inline script a page contains to that page's CSP
 * <meta>, so they run while any script injected later (not in the built HTML) is blocked.
 */
export function cspInlineScriptHashes(): AstroIntegration {
	return {
		name: 'csp-inline-script-hashes',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				let added = 0;
				for (const file of (readdirSync(outDir, { recursive: true }) as string[]).filter((f) => f.endsWith('.html'))) {
					const path = join(outDir, file);
					const html = readFileSync(path, 'utf8');
					const updated = addInlineScriptHashes(html, file.split(sep).join('/'));
					if (updated !== html) {
						writeFileSync(path, updated);
						added++;
					}
				}
				logger.info(`inline-script hashes added to the CSP of ${added} page(s)`);
			},
		},
	};
}

/** The bodies of the scripts a page runs inline (not JSON or other data blocks, not `src` scripts). */
export function inlineScriptBodies(html: string): string[] {
	return inlineScriptsOf(elementsOf(parseHtmlDocument(html)));
}

export const sha256Source = (script: string) =>
	`'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;

function inlineScriptsOf(elements: Element[]): string[] {
	return elements
		.filter((e) => e.tagName === 'script' && attributeOf(e, 'src') === undefined && isExecutable(e))
		.map(textOf)
		.filter((body) => body.length > 0);
}

function isExecutable(script: Element): boolean {
	const type = attributeOf(script, 'type')?.trim().toLowerCase();
	return !type || type === 'module' || type === 'text/javascript' || type === 'application/javascript';
}

/** `html` with the hash of each inline script added to its CSP <meta>; the rest of the page unchanged. */
export function addInlineScriptHashes(html: string, file: string): string {
	const elements = elementsOf(parseHtmlDocument(html));
	const scripts = inlineScriptsOf(elements);
	if (scripts.length === 0) return html;
	const meta = elements.find(
		(e) => e.tagName === 'meta' && attributeOf(e, 'httpEquiv')?.toLowerCase() === 'content-security-policy',
	);
	const policy = meta && attributeOf(meta, 'content');
	if (policy === undefined) {
		throw new Error(`${file}: has inline scripts but no CSP <meta>; is security.csp enabled in astro.config.mjs?`);
	}
	const directives = policy.split(';').map((d) => d.trim());
	const index = directives.findIndex((d) => d.startsWith('script-src '));
	if (index === -1) throw new Error(`${file}: the CSP <meta> has no script-src directive`);
	const sources = directives[index]!.split(/\s+/);
	for (const hash of scripts.map(sha256Source)) if (!sources.includes(hash)) sources.push(hash);
	directives[index] = sources.join(' ');
	// The parser found the policy; the page is rewritten in that one attribute, byte for byte elsewhere.
	const written = `content="${escapeAttribute(policy)}"`;
	const at = html.indexOf(written);
	if (at === -1 || html.indexOf(written, at + 1) !== -1) {
		throw new Error(`${file}: cannot find the CSP <meta>'s content attribute exactly once in the HTML`);
	}
	const updated = `content="${escapeAttribute(directives.filter(Boolean).join('; '))}"`;
	return `${html.slice(0, at)}${updated}${html.slice(at + written.length)}`;
}

/** As Astro writes attribute values: & and " escaped, the policy's ' quotes as they are. */
const escapeAttribute = (value: string) => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
