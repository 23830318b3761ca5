import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LineCounter, parseDocument, isMap, isScalar } from 'yaml';
import type { z } from 'astro/zod';

import { projectRoot } from '../lib/project-root.ts';

export { projectRoot };

export interface DataEntry<T> {
	id: string;
	data: T;
	/** project-relative path, e.g. content/sources/brief.yaml */
	file: string;
	line: number;
}

export class DataFileError extends Error {
	override name = 'DataFileError';
}

/**
 * Reads every YAML file in content/<folder>/: each top-level key is one entry, validated with
 * `schema`. Errors name the file, the line and the field, and ids must be unique across files.
 */
export function readDataFolder<S extends z.ZodType>(folder: string, schema: S): Map<string, DataEntry<z.output<S>>> {
	const dir = join(projectRoot, 'content', folder);
	const entries = new Map<string, DataEntry<z.output<S>>>();
	const files = readdirSync(dir)
		.filter((f) => /\.ya?ml$/.test(f) && !f.startsWith('_'))
		.sort();
	for (const name of files) {
		const file = relative(projectRoot, join(dir, name));
		const text = readFileSync(join(dir, name), 'utf8');
		const lineCounter = new LineCounter();
		const doc = parseDocument(text, { lineCounter });
		if (doc.errors.length) {
			const err = doc.errors[0]!;
			throw new DataFileError(`${file}:${err.linePos?.[0]?.line ?? 1}: invalid YAML: ${err.message.split('\n')[0]}`);
		}
		if (doc.contents === null) continue;
		if (!isMap(doc.contents)) throw new DataFileError(`${file}:1: expected a map of id → entry at the top level.`);
		for (const pair of doc.contents.items) {
			const id = isScalar(pair.key) ? String(pair.key.value) : '';
			const line = lineCounter.linePos(isScalar(pair.key) ? (pair.key.range?.[0] ?? 0) : 0).line;
			if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) {
				throw new DataFileError(`${file}:${line}: id "${id}" must be kebab-case (a-z, 0-9 and hyphens).`);
			}
			const previous = entries.get(id);
			if (previous) {
				throw new DataFileError(
					`${file}:${line}: duplicate id "${id}", already defined at ${previous.file}:${previous.line}. Reuse the existing entry or choose another id.`,
				);
			}
			const parsed = schema.safeParse(pair.value === null ? null : (pair.value as { toJSON(): unknown }).toJSON());
			if (!parsed.success) {
				const issues = parsed.error.issues
					.map((i) => `  - ${i.path.length ? i.path.join('.') : '(entry)'}: ${i.message}`)
					.join('\n');
				throw new DataFileError(`${file}:${line}: entry "${id}" is invalid:\n${issues}`);
			}
			entries.set(id, { id, data: parsed.data, file, line });
		}
	}
	return entries;
}
