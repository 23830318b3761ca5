import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { abcdPictureSvg } from './abcd-picture.ts';
import { langOfRoute, localePrefix } from '../lib/locale.ts';

/** Fills the empty half of the home page's hero with the ABCD picture, in the page's language. */
export const onRequest = defineRouteMiddleware((context) => {
	const route = context.locals.starlightRoute;
	const hero = route.entry.data.hero;
	const lang = langOfRoute(route);
	// The home page's route id is the language's prefix without its slash: '' or 'id'.
	if (!hero || hero.image || route.id !== localePrefix(lang).slice(1)) return;
	// The SVG names itself (role=img with title and description); alt is for Starlight's <img> variants.
	hero.image = { html: abcdPictureSvg(lang), alt: '' };
});
