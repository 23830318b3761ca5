import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readDataFolder, projectRoot, type DataEntry } from './read-data-folder.ts';
import { YamlDataError } from '../lib/yaml-data.ts';
import {
	sourceSchema,
	checkedNumberSchema,
	glossarySchema,
	quoteSchema,
	type Quote,
	type Source,
	type KeyNumber,
	type GlossaryEntry,
} from './schemas.ts';

export interface SiteData {
	sources: Map<string, DataEntry<Source>>;
	numbers: Map<string, DataEntry<KeyNumber>>;
	glossary: Map<string, DataEntry<GlossaryEntry>>;
	quotes: Map<string, DataEntry<Quote>>;
}

const folders = ['sources', 'numbers', 'glossary', 'quotes'] as const;
let cached: { signature: string; data: SiteData } | undefined;

/** Signature of the data files, so dev-server edits are picked up without re-reading on every call. */
function dataSignature(): string {
	return folders
		.flatMap((folder) => {
			const dir = join(projectRoot, 'content', folder);
			return readdirSync(dir, { recursive: true, encoding: 'utf8' })
				.sort()
				.map((f) => `${folder}/${f}:${statSync(join(dir, f)).mtimeMs}`);
		})
		.join('|');
}

/** Sources, key numbers and glossary, validated and cross-checked (a number's source exists, related terms exist). */
export function loadSiteData(): SiteData {
	const signature = dataSignature();
	if (cached?.signature === signature) return cached.data;
	const data: SiteData = {
		sources: readDataFolder('sources', sourceSchema),
		numbers: readDataFolder('numbers', checkedNumberSchema),
		glossary: readDataFolder('glossary', glossarySchema),
		quotes: readDataFolder('quotes', quoteSchema),
	};
	for (const n of data.numbers.values()) {
		if (!data.sources.has(n.data.source)) {
			throw new YamlDataError(
				`${n.file}:${n.line}: number "${n.id}" cites unknown source "${n.data.source}". Add it to content/sources/ or fix the id.`,
			);
		}
	}
	for (const q of data.quotes.values()) {
		const at = `${q.file}:${q.line}: quote "${q.id}"`;
		if (!data.sources.has(q.data.source)) throw new YamlDataError(`${at} cites unknown source "${q.data.source}".`);
		if (q.data.caveat && !data.sources.has(q.data.caveat.source)) {
			throw new YamlDataError(`${at}: its caveat cites unknown source "${q.data.caveat.source}".`);
		}
		if (q.data.of) {
			const whole = data.quotes.get(q.data.of);
			if (!whole) throw new YamlDataError(`${at} is part of unknown quote "${q.data.of}".`);
			if (!whole.data.en.includes(q.data.en)) {
				throw new YamlDataError(`${at}: its English text is not part of quote "${q.data.of}"; quote it word for word.`);
			}
		}
	}
	for (const g of data.glossary.values()) {
		for (const related of g.data.related ?? []) {
			if (!data.glossary.has(related)) {
				throw new YamlDataError(
					`${g.file}:${g.line}: glossary entry "${g.id}" lists unknown related term "${related}".`,
				);
			}
		}
	}
	cached = { signature, data };
	return data;
}
