import type { APIRoute } from 'astro';
import { readStopWords } from '../../search/index.ts';

/** /search/stop-words.json: the words the search dialog drops from a query (content/search/stop-words.yaml). */
export const GET: APIRoute = () =>
	new Response(JSON.stringify(readStopWords()) + '\n', {
		headers: { 'content-type': 'application/json; charset=utf-8' },
	});
