import type { Lang } from '../site.config.ts';

/**
 * The one place that maps the site's languages to the BCP-47 tags Intl formats with. Indonesian is
 * id-ID throughout. English numbers (and APA month names) use US English (2,788,000); English dates
 * use British day-month order (27 Dec 2024). Two exports, so a browser script that formats numbers
 * bundles only the first. No value imports: browser scripts import this file.
 */
export const bcp47: Record<Lang, string> = { en: 'en-US', id: 'id-ID' };
export const bcp47Dates: Record<Lang, string> = { en: 'en-GB', id: 'id-ID' };
