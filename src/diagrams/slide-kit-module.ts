import type { Plugin } from 'vite';
import { listDiagrams } from './catalog.ts';

const id = 'virtual:slide-kit/diagrams';

/**
 * Serves listDiagrams() (src/diagrams/catalog.ts) to the slide kit as the module `virtual:slide-kit/diagrams`.
 * The list is read here, in the build's own Node context, because the diagram modules locate their
 * theme and cache files relative to their source, which no longer holds once pages are bundled.
 */
export function slideKitDiagramsModule(): Plugin {
	return {
		name: 'slide-kit-diagrams',
		resolveId: (source: string) => (source === id ? `\0${id}` : undefined),
		load: (resolved: string) => {
			if (resolved !== `\0${id}`) return undefined;
			const list = listDiagrams().map((d) => ({
				id: d.id,
				lang: d.lang,
				title: d.title,
				description: d.description,
				pageUrl: d.page.url,
				pageSlug: d.page.slug,
				anchor: d.anchor,
				downloads: d.downloads,
			}));
			return `export default ${JSON.stringify(list)};`;
		},
	};
}
