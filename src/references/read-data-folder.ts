import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'astro/zod';
import { kebabCaseId, parseYamlMap, validateYamlEntry, YamlDataError } from '../lib/yaml-data.ts';
import { projectRoot } from '../lib/project-root.ts';

export { projectRoot };

export interface DataEntry<T> {
	id: string;
	data: T;
	/** project-relative path, e.g. content/numbers/cost/inference.yaml */
	file: string;
	line: number;
}

/**
 * Reads every YAML file in content/<folder>/ and its subfolders (files mirror the pages they serve:
 * content/numbers/cost/inference.yaml for /cost/inference/, shared.yaml for several pages): each
 * top-level key is one entry, validated with `schema`. Errors name the file, the line and the
 * field, and ids must be unique across files.
 */
export function readDataFolder<S extends z.ZodType>(folder: string, schema: S): Map<string, DataEntry<z.output<S>>> {
	const dir = join(projectRoot, 'content', folder);
	const entries = new Map<string, DataEntry<z.output<S>>>();
	const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((f) => /\.ya?ml$/.test(f) && !f.split(/[\\/]/).some((part) => part.startsWith('_')))
		.map((f) => f.split('\\').join('/'))
		.sort();
	for (const name of files) {
		const file = relative(projectRoot, join(dir, name));
		const yaml = parseYamlMap(readFileSync(join(dir, name), 'utf8'), file);
		for (const entry of yaml.entries) {
			const { key: id, line } = entry;
			if (!kebabCaseId.test(id)) {
				throw new YamlDataError(`${file}:${line}: id "${id}" must be kebab-case (a-z, 0-9 and hyphens).`);
			}
			const previous = entries.get(id);
			if (previous) {
				throw new YamlDataError(
					`${file}:${line}: duplicate id "${id}", already defined at ${previous.file}:${previous.line}. Reuse the existing entry or choose another id.`,
				);
			}
			const data = validateYamlEntry(schema, entry, yaml, `entry "${id}"`);
			entries.set(id, { id, data, file, line });
		}
	}
	return entries;
}
