import { publishedPages } from '../src/content-index/page-index.ts';
import {
	currentLinkTargets,
	linkManifestFile,
	mergeIntoManifest,
	readLinkManifest,
	writeLinkManifest,
} from '../src/links/manifest.ts';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { nginxShortLinksDoc, nginxShortLinksFile, shortLinkRedirects } from '../src/links/index.ts';
import { projectRoot } from '../src/lib/project-root.ts';

/**
 * npm run links:update                       adds every new published page and section id to content/link-manifest.json
 * npm run links:update -- --forget /a/b/#id  also removes one entry (a page: --forget /a/b/), on purpose
 * It also writes docs/nginx-short-links.conf, the short links as nginx redirects.
 * Entries are never removed otherwise: once published, a link is kept alive by a redirect or an alias.
 */
const args = process.argv.slice(2);
const forget: string[] = [];
for (let i = 0; i < args.length; i++) {
	if (args[i] === '--forget' && args[i + 1]) forget.push(args[++i]!);
	else if (args[i]?.startsWith('--forget=')) forget.push(args[i]!.slice('--forget='.length));
	else {
		console.error(`Unknown argument "${args[i]}". Usage: npm run links:update [-- --forget /page/path/[#section-id]]`);
		process.exit(2);
	}
}

const { manifest, added } = mergeIntoManifest(readLinkManifest(), currentLinkTargets(publishedPages()));
const removed: string[] = [];
for (const target of forget) {
	const [path = '', id] = target.split('#');
	const entry = manifest[path];
	if (!entry || (id && !entry.sections.includes(id))) {
		console.error(`--forget ${target}: not in ${linkManifestFile}.`);
		process.exit(1);
	}
	if (id) entry.sections = entry.sections.filter((s) => s !== id);
	else delete manifest[path];
	removed.push(target);
}
await writeLinkManifest(manifest);
const total = Object.values(manifest).reduce((n, p) => n + p.sections.length, 0);
console.log(
	`${linkManifestFile}: ${Object.keys(manifest).length} pages, ${total} section ids` +
		(added.length ? `; added ${added.join(', ')}` : '; nothing new') +
		(removed.length ? `; removed ${removed.join(', ')}` : ''),
);
writeFileSync(join(projectRoot, nginxShortLinksDoc), nginxShortLinksFile(shortLinkRedirects()));
console.log(`${nginxShortLinksDoc}: written from content/shortlinks.yaml`);
