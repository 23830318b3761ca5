/**
 * Open Graph cards: every page gets a 1200×630 PNG (site, track, title, language) as og:image,
 * drawn at build time in Node with satori (layout → SVG) and resvg (SVG → PNG).
 *
 * - card.ts             what a page's card says, its URL and title size
 * (fonts and PNG rendering: the figure kit, src/figures/)
 * - render-card.ts      the card's layout and its PNG
 * - integration.ts      writes every page's card after the build
 * - route-middleware.ts the og:image meta tags (Starlight route middleware)
 */
export { ogImages } from './integration.ts';

/** For Starlight's `routeMiddleware`, which takes module paths. */
export const ogRouteMiddleware = './src/og/route-middleware.ts';
