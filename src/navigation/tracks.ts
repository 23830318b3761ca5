import type { Lang } from '../site.config.ts';
import { uiStringByLang } from '../i18n/index.ts';

/** The content brief's tracks: one folder each under content/docs/, in reading order. */
export interface Track {
	directory: string;
	label: Record<Lang, string>;
	summary: Record<Lang, string>;
}

const directories = ['start', 'cost', 'efficiency', 'enterprise', 'landscape', 'tools', 'reference'] as const;

/** Label and summary from content/i18n/: site.track.<directory>.label and .summary. */
export const tracks: readonly Track[] = directories.map((directory) => ({
	directory,
	label: uiStringByLang(`site.track.${directory}.label`),
	summary: uiStringByLang(`site.track.${directory}.summary`),
}));
