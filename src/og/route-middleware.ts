import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { absoluteUrl } from '../lib/site-urls.ts';
import { basePath } from '../site.config.ts';
import { langOfRoute, localePrefix } from '../lib/locale.ts';
import { ogImageHref, ogImageSize } from './card.ts';

/**
 * Adds the page's Open Graph card (written by ./integration.ts) to its <head>, next to the
 * og:title, og:description and twitter:card Starlight already sets, so a link pasted into chat or
 * slide tools shows a proper preview.
 */
export const onRequest = defineRouteMiddleware((context) => {
	const route = context.locals.starlightRoute;
	const lang = langOfRoute(route);
	const sitePath = context.url.pathname.slice(basePath.length);
	const prefix = localePrefix(lang);
	const path = prefix && sitePath.startsWith(`${prefix}/`) ? sitePath.slice(prefix.length) : sitePath;
	const image = absoluteUrl(ogImageHref(path.endsWith('/') ? path : `${path}/`, lang));
	route.head.push(
		{ tag: 'meta', attrs: { property: 'og:image', content: image } },
		{ tag: 'meta', attrs: { property: 'og:image:type', content: 'image/png' } },
		{ tag: 'meta', attrs: { property: 'og:image:width', content: String(ogImageSize.width) } },
		{ tag: 'meta', attrs: { property: 'og:image:height', content: String(ogImageSize.height) } },
		{ tag: 'meta', attrs: { property: 'og:image:alt', content: route.entry.data.title } },
		{ tag: 'meta', attrs: { name: 'twitter:image', content: image } },
	);
});
