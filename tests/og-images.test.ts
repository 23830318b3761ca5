import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtContentPages, distDir, projectRoot, readBuilt } from '../scripts/lib/built-site.ts';
import { ogCacheDir } from '../src/integrations/og-images.ts';
import { ogCardHash, ogCardOf } from '../src/lib/og-card.ts';
import { publishedPages } from '../src/links/page-index.ts';
import { siteUrl } from '../src/site.config.ts';

// A link pasted into chat or a slide tool shows a card: every page names a 1200×630 PNG made for it.
const pages = builtContentPages().filter((f) => !/^(id\/)?404/.test(f));
const meta = (html: string, key: string) =>
	new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html)?.[1];

test('every page has og:title, og:description, og:image and a large-image Twitter card', () => {
	assert.ok(pages.length > 0);
	for (const file of pages) {
		const html = readBuilt(file);
		for (const key of ['og:title', 'og:description', 'og:image', 'twitter:card'])
			assert.ok(meta(html, key), `${file}: ${key}`);
		assert.equal(meta(html, 'twitter:card'), 'summary_large_image', file);
		const image = meta(html, 'og:image')!;
		assert.ok(image.startsWith(new URL('/', siteUrl).href), `${file}: og:image must be an absolute URL on the site`);
		const png = join(distDir, new URL(image).pathname.slice(1));
		assert.ok(existsSync(png), `${file}: ${image} not built`);
		const bytes = readFileSync(png);
		assert.equal(bytes.subarray(1, 4).toString(), 'PNG', `${image} is not a PNG`);
		assert.deepEqual([bytes.readUInt32BE(16), bytes.readUInt32BE(20)], [1200, 630], `${image} size`);
	}
});

test('each card is the cached rendering of that page, so builds are byte-for-byte reproducible', (t) => {
	let bytes = 0;
	for (const page of publishedPages()) {
		const built = join(distDir, 'og', page.lang, `${page.path === '/' ? 'index' : page.path.slice(1, -1)}.png`);
		const cached = join(projectRoot, ogCacheDir, `${ogCardHash(ogCardOf(page))}.png`);
		assert.ok(existsSync(cached), `${page.file}: card not in ${ogCacheDir}/ (build, then commit the new file)`);
		assert.ok(readFileSync(built).equals(readFileSync(cached)), `${built} differs from ${cached}`);
		bytes += readFileSync(built).length;
	}
	t.diagnostic(`${publishedPages().length} cards, ${(bytes / 1024).toFixed(0)} KB in total`);
});

test("a page's card differs by language (title, section of the site and language are on it)", () => {
	const english = publishedPages().find((p) => p.lang === 'en' && p.track);
	const indonesian = english && publishedPages().find((p) => p.lang === 'id' && p.path === english.path);
	assert.ok(english && indonesian);
	assert.notEqual(ogCardHash(ogCardOf(english)), ogCardHash(ogCardOf(indonesian)));
	assert.match(readBuilt(`id${english.path}index.html`), new RegExp(`og/id${english.path.slice(0, -1)}\\.png`));
});
