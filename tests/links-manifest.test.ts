import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { distDir, readBuilt } from '../scripts/lib/built-site.ts';
import { publishedPages } from '../src/content-index/page-index.ts';
import { readLinkAliases } from '../src/links/aliases.ts';
import { currentLinkTargets, readLinkManifest, linkManifestFile } from '../src/links/manifest.ts';

// Every page and section id ever published stays reachable: the manifest records them, and the built
// site still answers each one (the page, a redirect to where it moved, or the id / an alias anchor).
// How a rename with an alias renders is checked by a real build in link-faults.test.ts.
const manifest = readLinkManifest();
const aliases = readLinkAliases();

test(`${linkManifestFile} lists every published page and section id`, () => {
	const missing: string[] = [];
	for (const [path, current] of Object.entries(currentLinkTargets(publishedPages()))) {
		const recorded = manifest[path];
		for (const lang of current.languages)
			if (!recorded?.languages.includes(lang)) missing.push(`${lang === 'id' ? '/id' : ''}${path}`);
		for (const id of current.sections) if (!recorded?.sections.includes(id)) missing.push(`${path}#${id}`);
	}
	assert.deepEqual(missing, [], `not yet protected: run \`npm run links:update\` and commit ${linkManifestFile}`);
});

test('every recorded page and section id still resolves in the built site', () => {
	const broken: string[] = [];
	for (const [path, recorded] of Object.entries(manifest)) {
		for (const lang of recorded.languages) {
			const file = `${lang === 'id' ? 'id/' : ''}${path.slice(1)}index.html`;
			if (!existsSync(join(distDir, file))) {
				broken.push(`${lang === 'id' ? '/id' : ''}${path}: no page and no redirect`);
				continue;
			}
			const html = readBuilt(file);
			const moved = aliases.find((a) => a.path === path)?.movedTo;
			if (moved) {
				const target = `${lang === 'id' ? '/id' : ''}${moved}`;
				if (!html.includes('http-equiv="refresh"') || !html.includes(target))
					broken.push(`${file}: not a redirect to ${target}`);
				continue;
			}
			for (const id of recorded.sections) {
				if (!new RegExp(`\\sid="${id}"`).test(html)) broken.push(`${lang === 'id' ? '/id' : ''}${path}#${id}`);
			}
		}
	}
	assert.deepEqual(broken, []);
});
