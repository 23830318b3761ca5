import type { APIRoute } from 'astro';
import { loadSiteData } from '../../references/index.ts';
import { keyNumberRecords, keyNumbersCsv } from '../../references/index.ts';

/** /data/key-numbers.csv: every key number, for spreadsheets. */
export const GET: APIRoute = () =>
	new Response(keyNumbersCsv(keyNumberRecords(loadSiteData())), {
		headers: { 'content-type': 'text/csv; charset=utf-8' },
	});
