import type { AstroIntegration } from 'astro';
import { join, sep } from 'node:path';
import { projectRoot } from '../lib/project-root.ts';

/** The data folders pages read through the Markdown plugins and components. */
const dataFolders = ['sources', 'numbers', 'glossary', 'quotes', 'charts'].map((f) => join(projectRoot, 'content', f));

/**
 * `astro dev`: when a data file changes, pages show it. The Markdown plugins turn <Num>, <Cite>,
 * <Term>, <Quote> and <Chart> into HTML when a page is compiled, so the compiled pages (.mdx modules)
 * are dropped and the browser reloads; loadSiteData() and loadCharts() reread the changed files.
 */
export function dataReload(): AstroIntegration {
	return {
		name: 'data-reload',
		hooks: {
			'astro:server:setup': ({ server, logger }) => {
				server.watcher.add(dataFolders);
				const onChange = (path: string) => {
					if (!dataFolders.some((dir) => path.startsWith(dir + sep))) return;
					for (const environment of Object.values(server.environments)) {
						const graph = environment.moduleGraph;
						for (const module of graph.idToModuleMap.values()) {
							if (module.id && /\.mdx($|\?)/.test(module.id)) graph.invalidateModule(module);
						}
					}
					logger.info(`${path.slice(projectRoot.length + 1)} changed: reloading pages`);
					server.environments.client.hot.send({ type: 'full-reload' });
				};
				server.watcher.on('change', onChange);
				server.watcher.on('add', onChange);
				server.watcher.on('unlink', onChange);
			},
		},
	};
}
