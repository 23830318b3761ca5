import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument, isMap, isScalar } from 'yaml';

export interface YamlEntry {
	key: string;
	value: unknown;
	/** 1-based line of the key, for error messages */
	line: number;
}

/**
 * Reads a YAML file whose top level is a map and returns its entries with their line numbers.
 * A syntax error or a top level that is not a map throws, naming the file and line.
 */
export function readYamlMap(file: string, label = file): YamlEntry[] {
	const text = readFileSync(file, 'utf8');
	const lineCounter = new LineCounter();
	const doc = parseDocument(text, { lineCounter, uniqueKeys: true });
	const [error] = doc.errors;
	if (error) {
		const line = error.linePos?.[0]?.line;
		throw new Error(`${label}${line ? `:${line}` : ''}: ${error.message.split('\n')[0]}`);
	}
	if (doc.contents === null) return [];
	if (!isMap(doc.contents)) throw new Error(`${label}: the top level must be a map of key: value entries.`);
	return doc.contents.items.map((pair) => {
		const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
		const offset = isScalar(pair.key) ? (pair.key.range?.[0] ?? 0) : 0;
		return { key, value: toJs(pair.value), line: lineCounter.linePos(offset).line };
	});
}

function toJs(node: unknown): unknown {
	return node && typeof node === 'object' && 'toJSON' in node ? (node as { toJSON(): unknown }).toJSON() : node;
}
