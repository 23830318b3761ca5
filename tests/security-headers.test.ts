import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtHtmlFiles, projectRoot, readBuilt } from '../scripts/lib/built-site.ts';
import { parseHeadersFile, siteWideHeaders } from './support/headers-file.ts';
import { addInlineScriptHashes, inlineScriptBodies, sha256Source } from '../src/security/csp-inline-script-hashes.ts';
import { attributeOf, elementsOf, hasToken, parseHtmlDocument, textOf } from '../src/lib/html-document.ts';

// The shipped security headers (public/_headers, docs/nginx.conf) and the CSP <meta> Astro writes
// into every page: same-origin only, and no inline script runs unless its hash is listed.

const parseCsp = (policy: string) =>
	new Map(
		policy
			.split(';')
			.map((d) => d.trim().split(/\s+/))
			.filter((parts) => parts[0])
			.map(([name, ...sources]) => [name!, sources]),
	);

/** Problems with a policy: third-party sources, unsafe script sources, missing lockdowns. */
function policyProblems(policy: string, { header }: { header: boolean }): string[] {
	const csp = parseCsp(policy);
	const problems: string[] = [];
	for (const [name, sources] of csp) {
		for (const source of sources) {
			if (/^(https?:|wss?:|\*|[a-z0-9-]+\.[a-z])/i.test(source) || source === "'unsafe-hashes'") {
				problems.push(`${name} allows ${source} (only the site's own origin is allowed)`);
			}
		}
	}
	if (csp.get('default-src')?.join(' ') !== "'self'") problems.push("default-src must be 'self'");
	const scriptSrc = csp.get('script-src');
	if (!scriptSrc) problems.push('no script-src');
	for (const unsafe of ["'unsafe-inline'", "'unsafe-eval'"]) {
		if (scriptSrc?.includes(unsafe)) problems.push(`script-src must not allow ${unsafe}`);
	}
	if (csp.get('object-src')?.join(' ') !== "'none'") problems.push("object-src must be 'none'");
	if (!csp.has('base-uri')) problems.push('no base-uri');
	if (header && csp.get('frame-ancestors')?.join(' ') !== "'none'") problems.push("frame-ancestors must be 'none'");
	return problems;
}

const cspMeta = (html: string) => /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1];

test('public/_headers parses and sends the security headers with every response', () => {
	const headers = siteWideHeaders();
	assert.equal(headers['X-Content-Type-Options'], 'nosniff');
	assert.match(
		headers['Referrer-Policy'] ?? '',
		/^(no-referrer|same-origin|strict-origin|strict-origin-when-cross-origin)$/,
	);
	assert.match(headers['Permissions-Policy'] ?? '', /camera=\(\)/);
	assert.match(headers['Permissions-Policy'] ?? '', /geolocation=\(\)/);
	assert.equal(headers['X-Frame-Options'], 'DENY');
	assert.match(headers['Strict-Transport-Security'] ?? '', /max-age=\d{7,}/);
	assert.ok(headers['Content-Security-Policy'], 'no Content-Security-Policy header');
	assert.deepEqual(policyProblems(headers['Content-Security-Policy']!, { header: true }), []);
});

test('docs/nginx.conf sends the same headers as public/_headers', () => {
	const nginx = readFileSync(join(projectRoot, 'docs/nginx.conf'), 'utf8');
	for (const [name, value] of Object.entries(siteWideHeaders())) {
		assert.ok(
			nginx.includes(`add_header ${name} "${value}" always;`),
			`docs/nginx.conf lacks: add_header ${name} "${value}" always;`,
		);
	}
});

test('the header parser rejects a malformed _headers file', () => {
	assert.throws(() => parseHeadersFile('/*\n  X-Frame-Options DENY'), /line 2/);
	assert.throws(() => parseHeadersFile('  X-Frame-Options: DENY'), /line 1/);
});

test('every page carries a CSP that allows only its own origin and hashed inline scripts', () => {
	const files = builtHtmlFiles();
	assert.ok(files.length > 0, 'no HTML in dist/: run npm run build first');
	const headerScriptSrc = parseCsp(siteWideHeaders()['Content-Security-Policy']!).get('script-src') ?? [];
	const problems: string[] = [];
	for (const file of files) {
		const html = readBuilt(file);
		const policy = cspMeta(html);
		if (!policy) {
			problems.push(`${file}: no <meta http-equiv="content-security-policy"> (security.csp in astro.config.mjs)`);
			continue;
		}
		problems.push(...policyProblems(policy, { header: false }).map((p) => `${file}: ${p}`));
		const metaScriptSrc = parseCsp(policy).get('script-src') ?? [];
		for (const script of inlineScriptBodies(html)) {
			const hash = sha256Source(script);
			const excerpt = script.trim().slice(0, 60).replace(/\s+/g, ' ');
			if (!metaScriptSrc.includes(hash)) problems.push(`${file}: inline script without a hash in its CSP: ${excerpt}…`);
			if (!headerScriptSrc.includes(hash)) {
				problems.push(
					`${file}: public/_headers lacks ${hash} for the inline script ${excerpt}… (run: npm run build && npm run security-headers)`,
				);
			}
		}
	}
	assert.deepEqual(problems, [], problems.join('\n'));
});

test('no page references another origin for scripts, styles, fonts, images or frames', () => {
	const external: string[] = [];
	const loadingTags = new Set(['script', 'link', 'img', 'iframe', 'source', 'video', 'audio', 'embed', 'object']);
	const loadingLinks = [
		'stylesheet',
		'preload',
		'modulepreload',
		'icon',
		'manifest',
		'prefetch',
		'preconnect',
		'dns-prefetch',
	];
	const isExternal = (url: string) => /^(https?:)?\/\//i.test(url.trim());
	for (const file of builtHtmlFiles()) {
		for (const element of elementsOf(parseHtmlDocument(readBuilt(file)))) {
			if (element.tagName === 'style') {
				for (const m of textOf(element).matchAll(/url\((['"]?)(https?:)?\/\/[^)]*\)|@import\s+(['"])https?:/gi))
					external.push(`${file}: ${m[0]}`);
			}
			if (!loadingTags.has(element.tagName)) continue;
			if (element.tagName === 'link' && !loadingLinks.some((rel) => hasToken(element, 'rel', rel))) continue;
			for (const property of ['src', 'href', 'srcSet', 'data']) {
				const value = attributeOf(element, property);
				const urls = property === 'srcSet' ? (value ?? '').split(',').map((c) => c.trim().split(/\s+/)[0]!) : [value];
				for (const url of urls) if (url && isExternal(url)) external.push(`${file}: <${element.tagName} ${url}>`);
			}
		}
	}
	assert.deepEqual(external, [], `third-party resources:\n${external.join('\n')}`);
});

test('the CSP gets the hash of every script a browser would run inline, and nothing else changes', () => {
	const page = (policy: string) =>
		`<!doctype html><html><head><meta http-equiv="content-security-policy" content="${policy}">` +
		`<script>window.a = 1;</script><script type='application/ld+json'>{"b": 2}</script>` +
		`<script type="module" src="/c.js"></script><!-- <script>window.d = 4;</script> --></head>` +
		`<body><p>script-src is a directive</p><script type=module>import '/e.js';</script></body></html>`;
	const before = page("default-src 'self'; script-src 'self'");
	const after = addInlineScriptHashes(before, 'page.html');
	const hashes = [sha256Source('window.a = 1;'), sha256Source("import '/e.js';")];
	assert.equal(after, page(`default-src 'self'; script-src 'self' ${hashes.join(' ')}`));
	assert.deepEqual(inlineScriptBodies(before), ['window.a = 1;', "import '/e.js';"]);
	assert.throws(
		() => addInlineScriptHashes('<script>x()</script>', 'no-csp.html'),
		/no-csp\.html: has inline scripts but no CSP <meta>/,
	);
});
