import type { APIRoute } from 'astro';
import { changeFeedXml, loadSiteData } from '../references/index.ts';

/** /changes.xml: what changed on the English site, as an Atom feed. */
export const GET: APIRoute = () =>
	new Response(changeFeedXml(loadSiteData(), 'en'), {
		headers: { 'content-type': 'application/atom+xml; charset=utf-8' },
	});
