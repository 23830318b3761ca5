import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { withBasePath } from './base-path-links.ts';

/**
 * Hero action links come from frontmatter (`hero.actions[].link: /start/abcd/`) and Starlight
 * renders them as written, so under a sub-path (BASE_PATH) they would point outside the site.
 * This prefixes them with the base path, like src/links/base-path-links.ts does for page content.
 */
export const onRequest = defineRouteMiddleware((context) => {
	for (const action of context.locals.starlightRoute.entry.data.hero?.actions ?? []) {
		action.link = withBasePath(action.link);
	}
});
