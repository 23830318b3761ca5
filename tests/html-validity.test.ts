import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { builtHtmlFiles, distDir } from '../scripts/lib/built-site.ts';

// Every built HTML file, checked with html-validate's recommended rules (.htmlvalidate.json;
// docs/quality-gates.md gives the reason for each relaxed rule).
test('every built HTML file is valid (html-validate, recommended preset)', async () => {
	const validator = new HtmlValidate(new FileSystemConfigLoader());
	const files = builtHtmlFiles();
	assert.ok(files.length > 0, 'no HTML in dist/: run npm run build first');
	const problems: string[] = [];
	for (const file of files) {
		const report = await validator.validateFile(join(distDir, file));
		for (const result of report.results) {
			for (const m of result.messages.filter((m) => m.severity === 2)) {
				problems.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}${m.selector ? ` (${m.selector})` : ''}`);
			}
		}
	}
	assert.deepEqual(
		problems,
		[],
		`HTML errors in ${new Set(problems.map((p) => p.split(':')[0])).size} file(s):\n${problems.join('\n')}`,
	);
});
