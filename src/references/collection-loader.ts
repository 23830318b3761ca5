import type { Loader } from 'astro/loaders';
import { join } from 'node:path';
import { loadSiteData, type SiteData } from './site-data.ts';
import { projectRoot } from './read-data-folder.ts';

/**
 * Exposes one folder of content/ data (sources, numbers, glossary) as a content collection.
 * Parsing, validation and cross-checks live in loadSiteData(), shared with the Markdown plugins.
 */
export function siteDataLoader(folder: keyof SiteData): Loader {
	return {
		name: `site-data-${folder}`,
		load: async ({ store, parseData, watcher, logger }) => {
			const sync = async () => {
				const entries = loadSiteData()[folder];
				store.clear();
				for (const entry of entries.values()) {
					const data = await parseData({
						id: entry.id,
						data: entry.data as Record<string, unknown>,
						filePath: entry.file,
					});
					store.set({ id: entry.id, data, filePath: entry.file });
				}
			};
			await sync();
			watcher?.add(join(projectRoot, 'content', folder));
			watcher?.on('change', async (path) => {
				if (!path.startsWith(join(projectRoot, 'content', folder))) return;
				try {
					await sync();
				} catch (error) {
					logger.error((error as Error).message);
				}
			});
		},
	};
}
