import { publishedPages } from '../content-index/index.ts';
import { readShortLinks, resolveShortLink, type ResolvedShortLink } from './shortlinks.ts';
import type { Lang } from '../site.config.ts';

/** getStaticPaths for /go/[key]/ and /id/go/[key]/: one redirect page per key in content/shortlinks.yaml. */
export async function shortLinkPaths(
	lang: Lang,
): Promise<{ params: { key: string }; props: { link: ResolvedShortLink } }[]> {
	const pages = publishedPages();
	return readShortLinks().flatMap((shortLink) => {
		// Broken targets fail the build in src/links/integrity.ts; `astro dev` only warns and skips them.
		const link = resolveShortLink(shortLink, pages, lang);
		return link ? [{ params: { key: shortLink.key }, props: { link } }] : [];
	});
}
