import { join } from 'node:path';
import { z } from 'astro/zod';
import { readYamlMap, validateYamlEntry, YamlDataError } from '../lib/yaml-data.ts';
import { projectRoot } from '../lib/project-root.ts';
import { isLang, langs } from '../lib/locale.ts';

export const stopWordsFile = 'content/search/stop-words.yaml';

const word = z.string().regex(/^[\p{Ll}\p{N}][\p{Ll}\p{N}'’.-]*$/u, 'write one word in lower case, without spaces');
const groups = z.record(z.string(), z.array(word).min(1));

/**
 * The words a search query loses before Pagefind sees it, every language's list together: readers
 * type either language on either site ("apa itu MoE" on an English page, "build or buy" on an
 * Indonesian one). Errors name the file, the line and the word.
 */
export function readStopWords(root = projectRoot): string[] {
	const yaml = readYamlMap(join(root, stopWordsFile), stopWordsFile);
	const words = new Set<string>();
	for (const entry of yaml.entries) {
		if (!isLang(entry.key)) {
			throw new YamlDataError(
				`${stopWordsFile}:${entry.line}: "${entry.key}" is not a language of the site. Use one of: ${langs.join(', ')}.`,
			);
		}
		for (const list of Object.values(validateYamlEntry(groups, entry, yaml, `language "${entry.key}"`))) {
			for (const w of list) words.add(w);
		}
	}
	return [...words].sort();
}
