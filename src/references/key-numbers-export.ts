import type { SiteData } from './site-data.ts';
import { locIn } from './schemas.ts';
import { toCsv } from '../lib/csv.ts';
import { figureHistoryUrl, figureVersion, lastChanged } from './figure-history.ts';

/** One flat record per key number: the shape of the CSV and JSON downloads. */
export interface KeyNumberRecord {
	id: string;
	value: number;
	value_high: number | null;
	unit: string;
	measures_en: string;
	measures_id: string;
	source_id: string;
	source_title: string;
	source_url: string | null;
	source_location: string;
	as_of: string;
	estimate_en: string | null;
	estimate_id: string | null;
	/** the date the value last changed on this site (null: never changed) */
	last_changed: string | null;
	/** 1 as first published, +1 for each change of the value */
	version: number;
	/** the figure's history on the changes page (null: never changed) */
	history_url: string | null;
}

export function keyNumberRecords(data: SiteData): KeyNumberRecord[] {
	return [...data.numbers.values()]
		.sort((a, b) => a.id.localeCompare(b.id))
		.map(({ id, data: n }) => {
			const source = data.sources.get(n.source)!.data;
			return {
				id,
				value: typeof n.value === 'number' ? n.value : n.value[0],
				value_high: typeof n.value === 'number' ? null : n.value[1],
				unit: n.unit,
				measures_en: n.measures.en,
				measures_id: n.measures.id,
				source_id: n.source,
				source_title: source.title,
				source_url: source.url ?? null,
				source_location: locIn(n.loc, 'en'),
				as_of: n.asOf,
				estimate_en: n.estimate?.en ?? null,
				estimate_id: n.estimate?.id ?? null,
				last_changed: lastChanged(n),
				version: figureVersion(n),
				history_url: n.history ? figureHistoryUrl(id) : null,
			};
		});
}

/** The records as CSV (src/lib/csv.ts): a header row of the field names, one row per figure. */
export function keyNumbersCsv(records: readonly KeyNumberRecord[]): string {
	if (records.length === 0) return '';
	const columns = Object.keys(records[0]!) as (keyof KeyNumberRecord)[];
	return toCsv(
		columns,
		records.map((r) => columns.map((c) => r[c])),
	);
}
