import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';

const contentTypes: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.xml': 'application/xml',
	'.txt': 'text/plain; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.wasm': 'application/wasm',
	'.pf_meta': 'application/octet-stream',
	'.pf_fragment': 'application/octet-stream',
	'.pf_index': 'application/octet-stream',
	'.woff2': 'font/woff2',
};

export interface StaticSite {
	/** Origin plus base path, without trailing slash, e.g. http://127.0.0.1:41234/explainer */
	url: string;
	origin: string;
	close(): Promise<void>;
}

/**
 * Serves a built site from `root` on 127.0.0.1 the way a plain static host does: directory URLs
 * map to index.html, unknown paths get 404.html. `basePath` mounts the site under a sub-path.
 * `headers` are added to every response (e.g. those parsed from public/_headers). `gzip` compresses
 * text responses for clients that accept it, as Netlify, Cloudflare Pages and GitHub Pages do.
 */
export async function serveStatic(
	root: string,
	{
		basePath = '',
		headers = {},
		gzip = false,
	}: { basePath?: string; headers?: Record<string, string>; gzip?: boolean } = {},
): Promise<StaticSite> {
	const server: Server = createServer(async (req, res) => {
		const url = new URL(req.url ?? '/', 'http://localhost');
		let path = decodeURIComponent(url.pathname);
		for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
		if (basePath && !path.startsWith(`${basePath}/`)) {
			res.writeHead(404).end('outside base path');
			return;
		}
		path = path.slice(basePath.length);
		const file = await resolveFile(root, path);
		if (file) {
			const type = contentTypes[extname(file)] ?? 'application/octet-stream';
			const body = await readFile(file);
			if (
				gzip &&
				/^(text\/|image\/svg|application\/(json|xml))/.test(type) &&
				/\bgzip\b/.test(String(req.headers['accept-encoding']))
			) {
				res.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', vary: 'accept-encoding' });
				res.end(gzipSync(body));
				return;
			}
			res.writeHead(200, { 'content-type': type });
			res.end(body);
			return;
		}
		if (!path.endsWith('/') && !extname(path) && (await resolveFile(root, `${path}/`))) {
			res.writeHead(301, { location: `${basePath}${path}/${url.search}` }).end();
			return;
		}
		const notFound = join(root, '404.html');
		res.writeHead(404, { 'content-type': contentTypes['.html']! });
		res.end(await readFile(notFound).catch(() => 'Not found'));
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	const origin = `http://127.0.0.1:${port}`;
	return {
		origin,
		url: `${origin}${basePath}`,
		close: () => new Promise<void>((resolve) => server.close(() => resolve())),
	};
}

async function resolveFile(root: string, urlPath: string): Promise<string | undefined> {
	const safe = normalize(urlPath).replace(/^(\.\.[/\\])+/, '');
	const candidate = join(root, safe);
	if (!candidate.startsWith(root)) return undefined;
	for (const file of urlPath.endsWith('/') ? [join(candidate, 'index.html')] : [candidate]) {
		const info = await stat(file).catch(() => undefined);
		if (info?.isFile()) return file;
	}
	return undefined;
}
