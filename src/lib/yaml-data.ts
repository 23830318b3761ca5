import { existsSync, readFileSync } from 'node:fs';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type YAMLMap } from 'yaml';
import type { z } from 'astro/zod';

/**
 * The one reader of the site's YAML data files (sources, numbers, glossary, quotes, charts, short
 * links, link aliases): a top-level map of id → entry, each entry with the line it starts on, and
 * validation whose messages name the file, the line and the field.
 */
export class YamlDataError extends Error {
	override name = 'YamlDataError';
}

export interface YamlEntry {
	key: string;
	/** the entry as plain data */
	value: unknown;
	/** the entry's YAML node, to find the line of a field (lineOfPath) */
	node: Node | null;
	/** 1-based line of the key */
	line: number;
}

export interface YamlMapFile {
	/** project-relative path used in messages, e.g. content/shortlinks.yaml */
	file: string;
	entries: YamlEntry[];
	/** the 1-based line a node starts on */
	lineOf: (node: Node | null | undefined) => number;
}

export const kebabCaseId = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Parses `text` as a top-level map. Invalid YAML, a duplicate key or another top level throws with file and line. */
export function parseYamlMap(text: string, file: string): YamlMapFile {
	const lineCounter = new LineCounter();
	const doc = parseDocument(text, { lineCounter, uniqueKeys: true });
	const lineOf = (node: Node | null | undefined) => (node?.range ? lineCounter.linePos(node.range[0]).line : 1);
	const [error] = doc.errors;
	if (error) {
		throw new YamlDataError(`${file}:${error.linePos?.[0]?.line ?? 1}: invalid YAML: ${error.message.split('\n')[0]}`);
	}
	if (doc.contents === null) return { file, entries: [], lineOf };
	if (!isMap(doc.contents)) throw new YamlDataError(`${file}:1: expected a map of id → entry at the top level.`);
	const entries = doc.contents.items.map((pair) => {
		const node = (pair.value ?? null) as Node | null;
		return {
			key: isScalar(pair.key) ? String(pair.key.value) : String(pair.key),
			value: node && 'toJSON' in node ? (node as { toJSON(): unknown }).toJSON() : null,
			node,
			line: lineOf(pair.key as Node),
		};
	});
	return { file, entries, lineOf };
}

/** Reads and parses `path` (absolute); a missing file has no entries. */
export function readYamlMap(path: string, file: string): YamlMapFile {
	if (!existsSync(path)) return { file, entries: [], lineOf: () => 1 };
	return parseYamlMap(readFileSync(path, 'utf8'), file);
}

/**
 * Validates one entry with `schema`. On failure throws `<file>:<line>: <what> is invalid:` and one
 * line per problem, each naming the field and the line it is on.
 */
export function validateYamlEntry<S extends z.ZodType>(
	schema: S,
	entry: YamlEntry,
	yaml: YamlMapFile,
	what: string,
): z.output<S> {
	const parsed = schema.safeParse(entry.value);
	if (parsed.success) return parsed.data;
	const issues = parsed.error.issues.map((issue) => {
		const path = issue.path as (string | number)[];
		const at = lineOfPath(entry.node, path, yaml.lineOf) ?? entry.line;
		return `  - ${path.length ? path.join('.') : '(entry)'} (line ${at}): ${issue.message}`;
	});
	throw new YamlDataError(`${yaml.file}:${entry.line}: ${what} is invalid:\n${issues.join('\n')}`);
}

/** The line of the field at `path` inside `node` (keys of maps, indexes of lists), or undefined. */
export function lineOfPath(
	node: Node | null,
	path: readonly (string | number)[],
	lineOf: (node: Node | null | undefined) => number,
): number | undefined {
	let current: unknown = node;
	let found: Node | undefined;
	for (const key of path) {
		if (isMap(current)) {
			const pair = (current as YAMLMap).items.find((p) => isScalar(p.key) && p.key.value === key);
			if (!pair) break;
			found = (pair.value ?? pair.key) as Node;
			current = pair.value;
		} else if (isSeq(current) && typeof key === 'number') {
			const item = current.items[key] as Node | undefined;
			if (!item) break;
			found = item;
			current = item;
		} else break;
	}
	return found ? lineOf(found) : undefined;
}
