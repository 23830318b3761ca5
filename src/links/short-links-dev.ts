import type { AstroIntegration } from 'astro';
import type { Connect } from 'vite';
import { basePath } from '../site.config.ts';

/**
 * Short links are typed by hand without the trailing slash (/go/six-n-d). Static hosts add it with a
 * redirect; `astro dev` (trailingSlash: 'always') answers 404 instead, so the dev server adds it here.
 */
export function shortLinksDev(): AstroIntegration {
	const withoutSlash = new RegExp(`^${basePath}(/id)?/go/[a-z0-9-]+$`);
	const addSlash: Connect.NextHandleFunction = (req, res, next) => {
		const url = new URL(req.url ?? '/', 'http://localhost');
		if (!withoutSlash.test(url.pathname)) return next();
		res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
	};
	return {
		name: 'short-links-dev',
		hooks: {
			'astro:config:setup': ({ command, updateConfig }) => {
				if (command !== 'dev') return;
				updateConfig({
					vite: {
						plugins: [
							{
								name: 'short-links-dev',
								// Astro puts its trailing-slash check first in a post hook; this one runs after it and goes in front.
								configureServer: (server) => () => {
									server.middlewares.stack.unshift({ route: '', handle: addSlash });
								},
							},
						],
					},
				});
			},
		},
	};
}
