import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * What a built page makes the browser download before anyone interacts with it: the HTML, the
 * render-blocking stylesheets, and the JavaScript that runs on load (module scripts, inline
 * scripts, modulepreloads and everything they import statically). Dynamic `import()`s (search UI,
 * estimators on demand) are not counted: they load on interaction.
 * Shared by the size-budget test and the benchmark.
 */
export interface PageWeight {
	html: Bytes;
	/** render-blocking CSS: <link rel="stylesheet"> without a non-screen media query, and inline <style> */
	css: Bytes;
	/** JavaScript before interaction */
	js: Bytes;
	/** the JS files counted, relative to the site root */
	scripts: string[];
}

export interface Bytes {
	raw: number;
	gzip: number;
}

const gzip9 = (data: string | Buffer) => gzipSync(data, { level: 9 }).length;

export function measurePage(outDir: string, file: string, basePath = ''): PageWeight {
	const html = readFileSync(join(outDir, file), 'utf8');
	const head = stripComments(html);
	const toFile = (url: string) => {
		const path = new URL(url, `http://site.invalid${basePath}/${file}`).pathname;
		return path.startsWith(`${basePath}/`) ? path.slice(basePath.length + 1) : undefined;
	};

	const cssParts: string[] = [];
	for (const tag of head.match(/<link\b[^>]*>/gi) ?? []) {
		if (!/\brel="?stylesheet"?/i.test(tag)) continue;
		const media = /\bmedia="([^"]*)"/i.exec(tag)?.[1];
		if (media && !/^(all|screen)\b/.test(media.trim())) continue; // print CSS does not block rendering
		const href = /\bhref="([^"]*)"/i.exec(tag)?.[1];
		const target = href && toFile(href);
		if (target && existsSync(join(outDir, target))) cssParts.push(readFileSync(join(outDir, target), 'utf8'));
	}
	for (const m of head.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) cssParts.push(m[1]!);

	const jsParts: string[] = [];
	const scripts = new Set<string>();
	const entryPoints: string[] = [];
	for (const m of head.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
		const attrs = m[1]!;
		if (/\btype="(?!module|text\/javascript)[^"]*"/i.test(attrs)) continue; // JSON, templates
		const src = /\bsrc="([^"]*)"/i.exec(attrs)?.[1];
		if (src) {
			const target = toFile(src);
			if (target) entryPoints.push(target);
		} else if (m[2]!.trim()) {
			jsParts.push(m[2]!);
		}
	}
	for (const tag of head.match(/<link\b[^>]*rel="modulepreload"[^>]*>/gi) ?? []) {
		const href = /\bhref="([^"]*)"/i.exec(tag)?.[1];
		const target = href && toFile(href);
		if (target) entryPoints.push(target);
	}
	const visit = (target: string) => {
		if (scripts.has(target) || !existsSync(join(outDir, target))) return;
		scripts.add(target);
		const code = readFileSync(join(outDir, target), 'utf8');
		jsParts.push(code);
		for (const specifier of staticImports(code)) {
			const next = toFile(new URL(specifier, `http://site.invalid${basePath}/${target}`).pathname);
			if (next) visit(next);
		}
	};
	entryPoints.forEach(visit);

	return {
		html: { raw: Buffer.byteLength(html), gzip: gzip9(html) },
		css: sizeOf(cssParts),
		js: sizeOf(jsParts),
		scripts: [...scripts],
	};
}

/** Specifiers of `import … from "x"`, `export … from "x"` and `import "x"`, not `import("x")`. */
export function staticImports(code: string): string[] {
	const specifiers = new Set<string>();
	for (const m of code.matchAll(/\b(?:import|export)\s*(?:[\w*${}\s,]+?\s*from\s*)?["'`]([^"'`]+)["'`]/g)) {
		specifiers.add(m[1]!);
	}
	return [...specifiers].filter((s) => s.startsWith('.') || s.startsWith('/'));
}

function sizeOf(parts: string[]): Bytes {
	const joined = parts.join('\n');
	return { raw: Buffer.byteLength(joined), gzip: parts.length ? gzip9(joined) : 0 };
}

function stripComments(html: string): string {
	return html.replace(/<!--[\s\S]*?-->/g, '');
}
