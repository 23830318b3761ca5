/**
 * The site's security policy in one place: the Content-Security-Policy Astro writes into every
 * page (`security.csp` in astro.config.mjs) and the HTTP headers a host sends
 * (public/_headers and docs/nginx.conf, written by `npm run security-headers`).
 *
 * Everything comes from the site's own origin: no CDN, web font, analytics or embed. Inline
 * scripts run only when their SHA-256 hash is listed (Astro computes the hashes). Pagefind's search
 * index is WebAssembly, which needs 'wasm-unsafe-eval' (it allows compiling WebAssembly, not eval).
 * Styles allow 'unsafe-inline' because Starlight and Expressive Code set `style` attributes, which
 * hashes cannot cover; style cannot run code.
 */

/** Directives besides script-src and style-src, shared by the <meta> policy and the header policy. */
export const sharedDirectives = [
	"default-src 'self'",
	"img-src 'self' data:",
	"font-src 'self'",
	"connect-src 'self'",
	"worker-src 'self'",
	"object-src 'none'",
	"base-uri 'self'",
	"form-action 'self'",
] as const;

export const scriptSources = ["'self'", "'wasm-unsafe-eval'"] as const;
export const styleSources = ["'self'", "'unsafe-inline'"] as const;

/** Browsers ignore these in a <meta> policy, so only the header policy carries them. */
export const headerOnlyDirectives = ["frame-ancestors 'none'"] as const;

/** Astro's `security.csp` option. */
export const contentSecurityPolicy = {
	algorithm: 'SHA-256' as const,
	directives: [...sharedDirectives],
	scriptDirective: { resources: [...scriptSources] },
	styleDirective: { resources: [...styleSources] },
};

/** The full policy for an HTTP header, given the inline-script hashes Astro put in the built pages. */
export function headerPolicy(scriptHashes: readonly string[]): string {
	const hashes = [...new Set(scriptHashes)].sort().map((h) => `'${h}'`);
	return [
		...sharedDirectives,
		['script-src', ...scriptSources, ...hashes].join(' '),
		['style-src', ...styleSources].join(' '),
		...headerOnlyDirectives,
	].join('; ');
}

/** The other security headers, identical for every response. */
export const securityHeaders = {
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'strict-origin-when-cross-origin',
	'Permissions-Policy':
		'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), browsing-topics=()',
	'X-Frame-Options': 'DENY',
	'Cross-Origin-Opener-Policy': 'same-origin',
} as const;

/** Sent only over HTTPS (browsers ignore it on plain HTTP); a year, subdomains included. */
export const strictTransportSecurity = 'max-age=31536000; includeSubDomains';

/** The `sha256-…` sources of every CSP <meta> in a built page. */
export function scriptHashesInPage(html: string): string[] {
	const meta = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1] ?? '';
	const scriptSrc = meta.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
	return [...scriptSrc.matchAll(/'(sha(?:256|384|512)-[^']+)'/g)].map((m) => m[1]!);
}
