import { getCollection } from 'astro:content';
import { publishedPages } from './page-index.ts';
import { resolveShortLink, type ResolvedShortLink } from './shortlinks.ts';
import type { Lang } from '../site.config.ts';

/** getStaticPaths for /go/[key]/ and /id/go/[key]/: one redirect page per key in content/shortlinks.yaml. */
export async function shortLinkPaths(
	lang: Lang,
): Promise<{ params: { key: string }; props: { link: ResolvedShortLink } }[]> {
	const pages = publishedPages();
	const entries = await getCollection('shortlinks');
	return entries.flatMap(({ id, data }) => {
		// Broken targets fail the build in src/links/integrity.ts; `astro dev` only warns and skips them.
		const link = resolveShortLink({ key: id, page: data.page, section: data.section, line: 0 }, pages, lang);
		return link ? [{ params: { key: id }, props: { link } }] : [];
	});
}
