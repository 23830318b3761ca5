import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

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

export function inlineScriptBodies(html: string): string[] {
	return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
		.filter(([, attrs, body]) => !/\bsrc\s*=/i.test(attrs!) && isExecutable(attrs!) && body!.length > 0)
		.map(([, , body]) => body!);
}

export const sha256Source = (script: string) =>
	`'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;

function isExecutable(attrs: string): boolean {
	const type = /\btype\s*=\s*"([^"]*)"/i.exec(attrs)?.[1]?.trim().toLowerCase();
	return !type || type === 'module' || type === 'text/javascript' || type === 'application/javascript';
}

function addInlineScriptHashes(html: string, file: string): string {
	const scripts = inlineScriptBodies(html);
	if (scripts.length === 0) return html;
	const meta = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i.exec(html);
	if (!meta) {
		throw new Error(`${file}: has inline scripts but no CSP <meta>; is security.csp enabled in astro.config.mjs?`);
	}
	const directives = meta[2]!.split(';').map((d) => d.trim());
	const index = directives.findIndex((d) => d.startsWith('script-src '));
	if (index === -1) throw new Error(`${file}: the CSP <meta> has no script-src directive`);
	const sources = directives[index]!.split(/\s+/);
	for (const hash of scripts.map(sha256Source)) if (!sources.includes(hash)) sources.push(hash);
	directives[index] = sources.join(' ');
	const policy = directives.filter(Boolean).join('; ');
	return `${html.slice(0, meta.index)}${meta[1]}${policy}${meta[3]}${html.slice(meta.index + meta[0].length)}`;
}
