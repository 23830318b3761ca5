/**
 * The site's one CSV writer (RFC 4180), for every download: a header row, comma-separated fields,
 * a field quoted when it holds a quote, a comma or a line break, and CRLF after every row, the line
 * ending spreadsheets expect. Numbers are written in full, without locale separators.
 */
export type CsvValue = string | number | null | undefined;

export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
	return [header, ...rows].map((row) => row.map(csvField).join(',') + '\r\n').join('');
}

function csvField(value: CsvValue): string {
	const text = value === null || value === undefined ? '' : typeof value === 'number' ? numberText(value) : value;
	return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** 3.8e25 stays in exponent form (spreadsheets read it); other numbers print every digit. */
function numberText(v: number): string {
	return Math.abs(v) >= 1e21 ? String(v) : v.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
}
