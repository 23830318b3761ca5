import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readYamlMap } from '../lib/yaml-map.ts';
import { projectRoot } from '../lib/project-root.ts';

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

export function readLinkAliases(root = projectRoot): PageAlias[] {
	const file = join(root, linkAliasesFile);
	if (!existsSync(file)) return [];
	return readYamlMap(file, linkAliasesFile).map(({ key, value, line }) => {
		const where = `${linkAliasesFile}:${line}`;
		if (!/^\/([a-z0-9-]+\/)*$/.test(key)) {
			throw new Error(
				`${where}: "${key}" is not a page path. Write it like /cost/inference/ (language-neutral, with slashes).`,
			);
		}
		const entry = (value ?? {}) as Record<string, unknown>;
		const unknownFields = Object.keys(entry).filter((k) => k !== 'movedTo' && k !== 'sections');
		if (unknownFields.length) {
			throw new Error(`${where}: unknown field(s) ${unknownFields.join(', ')} under ${key}; use movedTo or sections.`);
		}
		const movedTo = entry.movedTo;
		if (movedTo !== undefined && (typeof movedTo !== 'string' || !/^\/([a-z0-9-]+\/)*$/.test(movedTo))) {
			throw new Error(`${where}: movedTo of ${key} must be a page path like /cost/inference/.`);
		}
		const sections = (entry.sections ?? {}) as Record<string, unknown>;
		for (const [from, to] of Object.entries(sections)) {
			if (typeof to !== 'string')
				throw new Error(`${where}: sections.${from} of ${key} must be the id of the current section.`);
		}
		return { path: key, line, movedTo, sections: sections as Record<string, string> };
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
