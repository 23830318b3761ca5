import { join } from 'node:path';
import { z } from 'astro/zod';
import { readYamlMap, validateYamlEntry, YamlDataError } from '../lib/yaml-data.ts';
import { projectRoot } from '../lib/project-root.ts';
import { pagePath } from './shortlinks.ts';

/**
 * content/link-aliases.yaml keeps published links alive after content moves. Top-level keys are
 * language-neutral page paths:
 *   /cost/old-name/:            { movedTo: /cost/new-name/ }      page moved (redirect in both languages)
 *   /cost/training-compute/:    { sections: { old-id: new-id } }  section renamed (alias anchor at new-id)
 */
export const linkAliasesFile = 'content/link-aliases.yaml';

export interface PageAlias {
	path: string;
	line: number;
	movedTo?: string | undefined;
	/** old section id → current section id on this page */
	sections: Record<string, string>;
}

const aliasSchema = z.strictObject({
	movedTo: z.string().regex(pagePath, 'must be a page path like /cost/inference/').optional(),
	sections: z.record(z.string(), z.string({ error: 'must be the id of the current section' })).optional(),
});

export function readLinkAliases(root = projectRoot): PageAlias[] {
	const yaml = readYamlMap(join(root, linkAliasesFile), linkAliasesFile);
	return yaml.entries.map((entry) => {
		const { key, line } = entry;
		if (!pagePath.test(key)) {
			throw new YamlDataError(
				`${linkAliasesFile}:${line}: "${key}" is not a page path. Write it like /cost/inference/ (language-neutral, with slashes).`,
			);
		}
		const { movedTo, sections } = validateYamlEntry(aliasSchema, { ...entry, value: entry.value ?? {} }, yaml, key);
		return { path: key, line, movedTo, sections: sections ?? {} };
	});
}

/** Old section ids that should land on `sectionId` of the page at `path`. */
export function aliasesOf(aliases: readonly PageAlias[], path: string, sectionId: string): string[] {
	const page = aliases.find((a) => a.path === path);
	if (!page) return [];
	return Object.entries(page.sections)
		.filter(([, to]) => to === sectionId)
		.map(([from]) => from)
		.sort();
}
