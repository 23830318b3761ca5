/**
 * Deployment settings shared by astro.config.mjs, tests and scripts.
 * SITE_URL and BASE_PATH can be overridden per deployment (e.g. project pages under a sub-path).
 */
export const siteUrl = process.env.SITE_URL ?? 'https://ai-cost-explainer.pages.dev';

/** Base path without trailing slash: '' for the domain root, '/explainer' for a sub-path. */
export const basePath = normaliseBase(process.env.BASE_PATH ?? '');

export const locales = {
	root: { label: 'English', lang: 'en' },
	id: { label: 'Bahasa Indonesia', lang: 'id' },
} as const;

export type Lang = 'en' | 'id';

function normaliseBase(raw: string): string {
	const trimmed = raw.trim().replace(/^\/+|\/+$/g, '');
	return trimmed ? `/${trimmed}` : '';
}
