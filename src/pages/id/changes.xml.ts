import type { APIRoute } from 'astro';
import { changeFeedXml, loadSiteData } from '../../references/index.ts';

/** /id/changes.xml: what changed on the Indonesian site, as an Atom feed. */
export const GET: APIRoute = () =>
	new Response(changeFeedXml(loadSiteData(), 'id'), {
		headers: { 'content-type': 'application/atom+xml; charset=utf-8' },
	});
