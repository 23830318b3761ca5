import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { abcdPictureSvg } from './abcd-picture.ts';
import type { Lang } from '../site.config.ts';

/** Fills the empty half of the home page's hero with the ABCD picture, in the page's language. */
export const onRequest = defineRouteMiddleware((context) => {
	const route = context.locals.starlightRoute;
	const hero = route.entry.data.hero;
	if (!hero || hero.image || route.id.replace(/^id\/?/, '') !== '') return;
	// The SVG names itself (role=img with title and description); alt is for Starlight's <img> variants.
	hero.image = { html: abcdPictureSvg(route.lang as Lang), alt: '' };
});
