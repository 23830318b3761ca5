import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { builtSiteInBrowser } from './support/browser.ts';
import { distDir, projectRoot, readBuilt } from '../scripts/lib/built-site.ts';
import { readShortLinks } from '../src/links/shortlinks.ts';
import { nginxShortLinksDoc, nginxShortLinksFile, shortLinkRedirects } from '../src/links/host-redirects.ts';
import { siteUrl } from '../src/site.config.ts';

// A short link printed on a slide works on whatever host serves the site: a 301 where the host reads
// rules (Netlify, Cloudflare Pages, nginx), the redirect page where it does not (GitHub Pages), in any
// letter case; its QR code reads the same as a PNG as as an SVG; a wrong address under /id/ answers
// in Indonesian.
const links = readShortLinks();
const langs = [
	{ lang: 'en', prefix: '' },
	{ lang: 'id', prefix: '/id' },
] as const;
const redirectPageTarget = (file: string) => /http-equiv="refresh" content="0; url=([^"]+)"/.exec(readBuilt(file))?.[1];

test('_redirects has a 301 for every short link, with and without the slash, to where its redirect page goes', () => {
	const file = join(distDir, '_redirects');
	assert.ok(existsSync(file), 'the build wrote no dist/_redirects');
	const rules = readFileSync(file, 'utf8')
		.split('\n')
		.filter((line) => line && !line.startsWith('#'))
		.map((line) => line.split(/\s+/));
	// Cloudflare Pages: at most 2,000 static rules, status codes without Netlify's "!", no 404 rules.
	assert.ok(rules.length <= 2000, `${rules.length} rules: Cloudflare Pages reads at most 2,000`);
	assert.deepEqual(
		rules.filter((r) => r.length !== 3 || r[2] !== '301'),
		[],
		'every line is "from to 301"',
	);
	const byFrom = new Map(rules.map(([from, to]) => [from!, to!]));
	const missing: string[] = [];
	for (const link of links) {
		for (const { prefix } of langs) {
			const target = redirectPageTarget(`${prefix.slice(1)}${prefix ? '/' : ''}go/${link.key}/index.html`);
			for (const from of [`${prefix}/go/${link.key}`, `${prefix}/go/${link.key}/`]) {
				if (byFrom.get(from) !== target) missing.push(`${from} → ${byFrom.get(from) ?? 'no rule'} (page: ${target})`);
			}
		}
	}
	assert.deepEqual(missing, []);
});

test('docs/nginx-short-links.conf holds the current short links (npm run links:update writes it)', () => {
	const written = readFileSync(join(projectRoot, nginxShortLinksDoc), 'utf8');
	assert.equal(
		written,
		nginxShortLinksFile(shortLinkRedirects()),
		`run npm run links:update to refresh ${nginxShortLinksDoc}`,
	);
	for (const link of links) assert.match(written, new RegExp(`"~\\*\\^/id/go/${link.key}/\\?\\$"`), link.key);
});

test('the Indonesian 404 page is in Indonesian, links home and to the slide kit in Indonesian, and has no report or edit links', () => {
	const html = readBuilt('id/404.html');
	assert.match(html, /<html lang="id"/);
	assert.match(html, /<h1[^>]*>Halaman tidak ditemukan<\/h1>/);
	assert.match(html, /Tidak ada halaman di alamat ini/);
	assert.match(html, /<a href="\/id\/">Beranda<\/a>/);
	assert.match(html, /<a href="\/id\/slides\/">/);
	assert.doesNotMatch(html, /There is no page at this address/, 'no English text');
	for (const file of ['id/404.html', '404.html']) {
		assert.doesNotMatch(
			readBuilt(file),
			/class="page-feedback|<a [^>]*href="[^"]*(\/issues\/new\?|\/edit\/)/,
			`${file}: report or edit link`,
		);
	}
	assert.ok(!existsSync(join(distDir, 'id/404/index.html')), 'the page also stayed at /id/404/');
	// Netlify serves it for /id/ only with a rule (Cloudflare Pages looks up the nearest 404.html).
	assert.match(
		readFileSync(join(projectRoot, 'netlify.toml'), 'utf8'),
		/\[\[redirects\]\]\nfrom = "\/id\/\*"\nto = "\/id\/404\.html"\nstatus = 404/,
	);
});

const web = builtSiteInBrowser();

test(
	'a short link typed in another letter case opens its section (GitHub Pages: through the 404 page)',
	{ skip: web.skip },
	async () => {
		// No bypassCSP: the 404 page's script must run under the page's own Content-Security-Policy.
		const page = await web.browser.newPage();
		try {
			for (const [typed, expected] of [
				['/go/MoE', '/efficiency/mixture-of-experts/'],
				['/id/go/Six-N-D/', '/id/cost/training-compute/#six-n-d'],
				['/go/DEEPSEEK-COST', '/start/deepseek-moment/#what-it-covers'],
			] as const) {
				await page.goto(`${web.site.url}${typed}`);
				await page.waitForURL((url) => `${url.pathname}${url.hash}` === expected, { timeout: 10_000 });
			}
		} finally {
			await page.close();
		}
	},
);

test('every QR code decodes to its short link from the PNG as from the SVG', { skip: web.skip }, async () => {
	const context = await web.browser.newContext({ bypassCSP: true });
	const page = await context.newPage();
	await page.goto(`${web.site.url}/`);
	await page.addScriptTag({ path: createRequire(import.meta.url).resolve('jsqr/dist/jsQR.js') });
	const paths = langs.flatMap(({ prefix }) =>
		links.flatMap(({ key }) => [`${prefix}/qr/${key}.png`, `${prefix}/qr/${key}.svg`]),
	);
	const decoded = await page.evaluate(async (srcs) => {
		const jsQR = (
			window as unknown as { jsQR: (d: Uint8ClampedArray, w: number, h: number) => { data: string } | null }
		).jsQR;
		const canvas = document.createElement('canvas');
		canvas.width = canvas.height = 400;
		const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
		const out: Record<string, string | null> = {};
		for (const src of srcs) {
			const img = new Image();
			img.src = src;
			await img.decode().catch(() => undefined);
			ctx.fillStyle = '#fff';
			ctx.fillRect(0, 0, 400, 400);
			if (img.naturalWidth) ctx.drawImage(img, 0, 0, 400, 400);
			out[src] = jsQR(ctx.getImageData(0, 0, 400, 400).data, 400, 400)?.data ?? null;
		}
		return out;
	}, paths);
	await context.close();
	const wrong = langs.flatMap(({ prefix }) =>
		links.flatMap(({ key }) => {
			const expected = new URL(`${prefix}/go/${key}/`, siteUrl).href;
			const png = decoded[`${prefix}/qr/${key}.png`];
			const svg = decoded[`${prefix}/qr/${key}.svg`];
			return png === expected && svg === expected
				? []
				: [`${prefix}/qr/${key}: PNG ${png}, SVG ${svg}, not ${expected}`];
		}),
	);
	assert.deepEqual(wrong, []);
});
