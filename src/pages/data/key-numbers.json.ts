import type { APIRoute } from 'astro';
import { loadSiteData } from '../../references/index.ts';
import { keyNumberRecords } from '../../references/index.ts';

/** /data/key-numbers.json: every key number, for scripts and slides. */
export const GET: APIRoute = () =>
	new Response(JSON.stringify(keyNumberRecords(loadSiteData()), null, '\t') + '\n', {
		headers: { 'content-type': 'application/json; charset=utf-8' },
	});
