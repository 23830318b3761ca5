import type { AstroIntegration } from 'astro';
import { repoUrl, siteUrl, unsetDeploymentSettings } from './site.config.ts';

const uses: Record<string, string> = {
	SITE_URL: `canonical URLs, copied links, Open Graph cards and QR codes use ${siteUrl}`,
	SITE_REPO_URL: `"Report an error on this page" and "Edit this page" point to ${repoUrl}`,
};

/** Warns at build time about each deployment setting left at its default, naming what it affects. */
export function deploymentSettings(): AstroIntegration {
	return {
		name: 'deployment-settings',
		hooks: {
			'astro:build:start': ({ logger }) => {
				for (const name of unsetDeploymentSettings) {
					logger.warn(`${name} is not set: ${uses[name]}. Set ${name} for the published site (README, "Deploying").`);
				}
			},
		},
	};
}
