import type { APIRoute } from 'astro';
import { loadSiteData } from '../../references/site-data.ts';
import { keyNumberRecords, toCsv } from '../../references/key-numbers-export.ts';

/** /data/key-numbers.csv: every key number, for spreadsheets. */
export const GET: APIRoute = () =>
	new Response(toCsv(keyNumberRecords(loadSiteData())), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
