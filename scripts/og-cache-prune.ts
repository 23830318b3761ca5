import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { publishedPages } from '../src/links/page-index.ts';
import { ogCardHash, ogCardOf } from '../src/lib/og-card.ts';
import { ogCacheDir } from '../src/integrations/og-images.ts';
import { projectRoot } from '../src/lib/project-root.ts';

/**
 * npm run og:prune — deletes Open Graph cards in content/og-cache/ that no current page uses (left
 * behind when a title changes). Builds only ever add cards, so old ones stay until pruned here.
 */
const used = new Set(publishedPages().map((page) => `${ogCardHash(ogCardOf(page))}.png`));
const dir = join(projectRoot, ogCacheDir);
const stale = readdirSync(dir).filter((file) => file.endsWith('.png') && !used.has(file));
for (const file of stale) rmSync(join(dir, file));
console.log(`${ogCacheDir}/: ${used.size} card(s) in use, ${stale.length} unused removed`);
