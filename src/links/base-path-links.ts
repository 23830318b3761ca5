import { defineHastPlugin, type HastPluginEntry } from 'satteri';
import { basePath } from '../site.config.ts';

/**
 * Authors link to pages root-relative, as the site is at the domain root: `[x](/cost/inference/)`.
 * When the site is built under a sub-path (BASE_PATH=/explainer), Astro does not rewrite links in
 * Markdown, so this prefixes every root-relative `href`/`src` in page content with the base path.
 * Links that already carry the base are left alone.
 */
export const basePathLinks: HastPluginEntry = () => {
	if (!basePath) return null;
	return defineHastPlugin({
		name: 'base-path-links',
		element: {
			filter: ['a', 'area', 'img', 'source', 'video', 'audio', 'track', 'link'],
			visit(node, ctx) {
				for (const key of ['href', 'src']) {
					const value = node.properties?.[key];
					if (typeof value === 'string') {
						const withBase = withBasePath(value);
						if (withBase !== value) ctx.setProperty(node, key, withBase);
					}
				}
			},
		},
	});
};

export function withBasePath(url: string, base = basePath): string {
	if (!base || !url.startsWith('/') || url.startsWith('//')) return url;
	if (url === base || url.startsWith(`${base}/`) || url.startsWith(`${base}#`) || url.startsWith(`${base}?`))
		return url;
	return `${base}${url}`;
}
