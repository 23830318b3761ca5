/**
 * Links that keep working: every section has an explicit id, published ids stay (aliases, moved
 * pages), short links (/go/key/) and their QR codes resolve, and no built page links to nothing.
 *
 * - manifest.ts, aliases.ts published ids (content/link-manifest.json) and their renames
 * - shortlinks.ts           content/shortlinks.yaml, checked against the page index (src/content-index/)
 * - host-redirects.ts       the short links as 301 rules for hosts that read them (_redirects, nginx)
 * - figure-sections.ts      the section each key number, chart and diagram is explained in, and its short link
 * - integrity.ts            the build-start check of all of the above
 * - internal-link-check.ts  the build-end check of every href in dist/
 * - require-heading-ids.ts, heading-anchors.ts, base-path-links.ts  Sätteri hast plugins
 */
export { requireExplicitHeadingIds } from './require-heading-ids.ts';
export { headingAnchors } from './heading-anchors.ts';
export { basePathLinks } from './base-path-links.ts';
export { linkIntegrity } from './integrity.ts';
export { internalLinkCheck } from './internal-link-check.ts';
export { shortLinksDev } from './short-links-dev.ts';
export { qrCodeHref, qrCodePngHref } from './qr-code.ts';
export { qrCodePaths, qrCodePngRoute, qrCodeRoute } from './qr-routes.ts';
export { shortLinkPaths } from './shortlink-routes.ts';
export { type ResolvedShortLink, readShortLinks, resolveShortLink, type ShortLink } from './shortlinks.ts';
export {
	diagramPlaces,
	figureSectionProblems,
	pageOfNumbersFile,
	resolveFigureSection,
	sectionShortLink,
	type FigureKind,
	type FigurePlace,
	type FigureSectionEntry,
} from './figure-sections.ts';
export {
	hostRedirects,
	nginxShortLinksDoc,
	nginxShortLinksFile,
	redirectsFile,
	shortLinkRedirects,
	type ShortLinkRedirect,
} from './host-redirects.ts';
