import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../scripts/lib/built-site.ts';

/**
 * Parses a Netlify / Cloudflare Pages `_headers` file: `# comments`, a path pattern on its own
 * line, then indented `Name: value` lines. Returns the headers of each pattern.
 */
export function parseHeadersFile(text: string): Map<string, Record<string, string>> {
	const rules = new Map<string, Record<string, string>>();
	let current: Record<string, string> | undefined;
	for (const [index, line] of text.split('\n').entries()) {
		if (!line.trim() || line.trim().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			current = {};
			rules.set(line.trim(), current);
			continue;
		}
		const match = /^\s+([A-Za-z0-9-]+):\s*(.+)$/.exec(line);
		if (!match || !current) throw new Error(`_headers line ${index + 1} is not "  Name: value" under a path: ${line}`);
		current[match[1]!] = match[2]!.trim();
	}
	return rules;
}

/** The headers public/_headers sends with every response ("/*"). */
export function siteWideHeaders(): Record<string, string> {
	const headers = parseHeadersFile(readFileSync(join(projectRoot, 'public/_headers'), 'utf8')).get('/*');
	if (!headers) throw new Error('public/_headers has no "/*" rule');
	return headers;
}
