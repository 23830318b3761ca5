import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { attributeOf, elementsOf, hasToken, parseHtmlDocument, textOf } from '../../src/lib/html-document.ts';

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
	const elements = elementsOf(parseHtmlDocument(html));
	const toFile = (url: string) => {
		const path = new URL(url, `http://site.invalid${basePath}/${file}`).pathname;
		return path.startsWith(`${basePath}/`) ? path.slice(basePath.length + 1) : undefined;
	};

	const cssParts: string[] = [];
	const jsParts: string[] = [];
	const scripts = new Set<string>();
	const entryPoints: string[] = [];
	for (const element of elements) {
		if (element.tagName === 'link') {
			const href = attributeOf(element, 'href');
			const target = href && toFile(href);
			if (!target) continue;
			if (hasToken(element, 'rel', 'modulepreload')) entryPoints.push(target);
			if (!hasToken(element, 'rel', 'stylesheet')) continue;
			const media = attributeOf(element, 'media')?.trim();
			if (media && !/^(all|screen)\b/.test(media)) continue; // print CSS does not block rendering
			if (existsSync(join(outDir, target))) cssParts.push(readFileSync(join(outDir, target), 'utf8'));
		} else if (element.tagName === 'style') {
			cssParts.push(textOf(element));
		} else if (element.tagName === 'script') {
			const type = attributeOf(element, 'type')?.trim().toLowerCase();
			if (type && type !== 'module' && type !== 'text/javascript') continue; // JSON, templates
			const src = attributeOf(element, 'src');
			if (src !== undefined) {
				const target = toFile(src);
				if (target) entryPoints.push(target);
			} else if (textOf(element).trim()) {
				jsParts.push(textOf(element));
			}
		}
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
