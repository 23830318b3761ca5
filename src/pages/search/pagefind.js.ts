import type { APIRoute } from 'astro';
import { rankedPagefindModule } from '../../search/index.ts';

/**
 * /search/pagefind.js: Pagefind's module with re-ordered search results, which the search dialog gives
 * Pagefind's UI as its bundle (src/components/Search.astro). Served beside, not inside, /pagefind/,
 * which Pagefind writes after the build; it imports Pagefind from there.
 */
export const GET: APIRoute = () =>
	new Response(rankedPagefindModule(), { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
