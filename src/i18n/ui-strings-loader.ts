import type { Loader } from 'astro/loaders';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../lib/project-root.ts';

/**
 * Loads content/i18n/<lang>.json for Starlight's `i18n` collection. Entries carry no filePath on
 * purpose: Starlight derives the language from a filePath only under src/content/i18n/, and
 * otherwise falls back to the entry id, which here is the language.
 */
export function uiStringsLoader(): Loader {
	const dir = join(projectRoot, 'content/i18n');
	return {
		name: 'ui-strings',
		load: async ({ store, parseData, watcher }) => {
			const sync = async () => {
				store.clear();
				for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
					const id = file.replace(/\.json$/, '');
					let raw: Record<string, unknown>;
					try {
						raw = JSON.parse(readFileSync(join(dir, file), 'utf8'));
					} catch (error) {
						throw new Error(`content/i18n/${file}: invalid JSON: ${(error as Error).message}`);
					}
					store.set({ id, data: await parseData({ id, data: raw }) });
				}
			};
			await sync();
			watcher?.add(dir);
			watcher?.on('change', (path) => {
				if (path.startsWith(dir)) void sync();
			});
		},
	};
}
