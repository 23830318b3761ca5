/**
 * Deployment settings shared by astro.config.mjs, tests and scripts.
 * SITE_URL and BASE_PATH can be overridden per deployment (e.g. project pages under a sub-path).
 */
export const siteUrl = process.env.SITE_URL ?? 'https://ai-cost-explainer.pages.dev';

/**
 * The repository readers report errors to and edit pages in ("Report an error on this page", "Edit
 * this page" on every page). The GitHub Pages workflow sets it from the repository it runs in.
 */
export const repoUrl = (process.env.SITE_REPO_URL ?? 'https://github.com/ai-cost-explainer/ai-cost-explainer').replace(
	/\/+$/,
	'',
);

/** Settings a deployment should set; the build warns about each one left at its default. */
export const unsetDeploymentSettings = (['SITE_URL', 'SITE_REPO_URL'] as const).filter((name) => !process.env[name]);

/** Base path without trailing slash: '' for the domain root, '/explainer' for a sub-path. */
export const basePath = normaliseBase(process.env.BASE_PATH ?? '');

/**
 * The site's languages. The key is the URL prefix and content/docs/ folder ('root': none); a
 * language's prefix, folder and name are derived from here (src/lib/locale.ts).
 */
export const locales = {
	root: { label: 'English', lang: 'en' },
	id: { label: 'Bahasa Indonesia', lang: 'id' },
} as const;

/** 'en' | 'id' */
export type Lang = (typeof locales)[keyof typeof locales]['lang'];

/** The site's name in each language: header, Open Graph cards, citations. */
export const siteTitle: Record<Lang, string> = { en: 'What AI Costs', id: 'Berapa Biaya AI' };

function normaliseBase(raw: string): string {
	const trimmed = raw.trim().replace(/^\/+|\/+$/g, '');
	return trimmed ? `/${trimmed}` : '';
}
