import type { APIRoute } from 'astro';
import { qrCodePng, qrCodeSvg } from './qr-code.ts';
import { readShortLinks } from './shortlinks.ts';
import { absoluteUrl, shortLinkHref } from '../lib/site-urls.ts';
import type { Lang } from '../site.config.ts';

/** getStaticPaths for /qr/[key].svg and /id/qr/[key].svg: one QR code per short link. */
export async function qrCodePaths(): Promise<{ params: { key: string } }[]> {
	return readShortLinks().map(({ key }) => ({ params: { key } }));
}

/** The QR code encodes the short link's absolute URL on the published site. */
export function qrCodeRoute(lang: Lang): APIRoute {
	return async ({ params }) =>
		new Response(await qrCodeSvg(absoluteUrl(shortLinkHref(params.key!, lang))), {
			headers: { 'content-type': 'image/svg+xml' },
		});
}

/** The PNG of the same QR code (/qr/[key].png, /id/qr/[key].png). */
export function qrCodePngRoute(lang: Lang): APIRoute {
	return async ({ params }) =>
		new Response(new Uint8Array(await qrCodePng(absoluteUrl(shortLinkHref(params.key!, lang)))), {
			headers: { 'content-type': 'image/png' },
		});
}
