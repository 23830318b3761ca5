import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { basePath } from '../site.config.ts';
import { buildDecks, type BuiltDecks } from './build.ts';

const virtualId = 'virtual:decks/list';

/**
 * Build-time side of the decks: builds them once per build (or dev server), gives the downloads
 * list with file sizes to the slide kit (`virtual:decks/list`), writes the files to dist/ and serves
 * them in `astro dev`.
 */
export function decks(): AstroIntegration {
	let built: Promise<BuiltDecks> | undefined;
	const decksOnce = () => (built ??= buildDecks());
	return {
		name: 'decks',
		hooks: {
			'astro:config:setup': ({ updateConfig }) => {
				updateConfig({
					vite: {
						plugins: [
							{
								name: 'decks-list',
								resolveId: (source: string) => (source === virtualId ? `\0${virtualId}` : undefined),
								load: async (resolved: string) =>
									resolved === `\0${virtualId}`
										? `export default ${JSON.stringify((await decksOnce()).decks)};`
										: undefined,
							},
						],
					},
				});
			},
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const { decks: all, files } = await decksOnce();
				for (const [file, bytes] of files) {
					const target = join(fileURLToPath(dir), file);
					mkdirSync(dirname(target), { recursive: true });
					writeFileSync(target, bytes);
				}
				logger.info(
					`wrote ${all.length} deck(s) and ${files.size - all.length} deck-builder part(s) in ${Math.round(performance.now() - started)} ms`,
				);
			},
			'astro:server:setup': ({ server }) => {
				server.middlewares.use((req, res, next) => {
					const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
					if (!/\/decks\//.test(path)) return next();
					decksOnce().then(({ files }) => {
						const bytes = files.get(path.slice(basePath.length + 1));
						if (!bytes) return next();
						const type = path.endsWith('.json')
							? 'application/json'
							: path.endsWith('.png')
								? 'image/png'
								: 'application/vnd.openxmlformats-officedocument.presentationml.presentation';
						res.setHeader('Content-Type', type);
						res.end(bytes);
					}, next);
				});
			},
		},
	};
}
