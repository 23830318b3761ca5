import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot, readBuilt } from '../scripts/lib/built-site.ts';
import { buildWithFault } from '../scripts/lib/project-build.ts';
import { parseAtom } from './support/atom-feed.ts';
import { siteDataError } from './support/site-data-check.ts';

// Faults planted in a copy of the project: a figure that changes shows up everywhere a reader could
// meet it, and a history out of order stops the build with the file and the line.

const file = 'content/numbers/efficiency/synthetic-data.yaml';
const phi1 = `phi-1-gpu-hours:
  section: in-practice
  value: 768
`;

/** phi-1's GPU-hours corrected from 768 to 824 on 15 Jan 2027, built as if on 20 Jan 2027. */
const plantedChange = (text: string) => {
	assert.ok(text.includes(phi1), `${file} no longer holds phi-1-gpu-hours as the test expects`);
	return text.replace(phi1, phi1.replace('768', '824')).replace(
		/(\nphi-1-gpu-hours:\n(?: {2}.*\n| {4}.*\n)*)/,
		`$1  history:
    - date: 2027-01-15
      previous: 768
      reason: correction
      note:
        en: The fine-tuning hours of section 2.3 are now counted.
        id: Jam fine-tuning di bagian 2.3 kini ikut dihitung.
`,
	);
};
const builtOn20Jan2027 = { SOURCE_DATE_EPOCH: String(Date.UTC(2027, 0, 20) / 1000) };

/** Two changes of r1-zero-aime-end, the second dated before the first. */
const outOfOrder = (text: string) =>
	text.replace(
		/(\nr1-zero-aime-end:\n(?: {2}.*\n| {4}.*\n)*?) {2}history:\n/,
		`$1  history:
    - date: 2026-11-01
      previous: 75
      reason: correction
      note: { en: Corrected., id: Dikoreksi. }
    - date: 2026-10-01
      previous: 70
      reason: correction
      note: { en: Corrected., id: Dikoreksi. }
`,
	);

const changedBuild = buildWithFault({ [file]: plantedChange }, builtOn20Jan2027);
const disorderedBuild = buildWithFault({ 'content/numbers/efficiency/reasoning-rl.yaml': outOfOrder });
const disorderedData = siteDataError({ 'content/numbers/efficiency/reasoning-rl.yaml': outOfOrder });

test('a planted change to a figure appears on the changes page, in both feeds, in the CSV and on its page', async () => {
	const { status, output, distDir } = await changedBuild;
	assert.equal(status, 0, `the build with the planted change failed:\n${output.slice(-3000)}`);
	const changes = readBuilt('reference/changes/index.html', distDir);
	const item = changes.match(/<li id="phi-1-gpu-hours"[\s\S]*?<\/ol>/)?.[0] ?? '';
	assert.match(item, /824/, 'the changes page shows the new value under #phi-1-gpu-hours');
	assert.match(item, /15 Jan 2027[\s\S]*768/, 'and the date of the change and the value before');
	const log = changes.match(/<ul class="change-log[\s\S]*?<\/ul>/)?.[0] ?? '';
	assert.match(
		log,
		/^<ul[^>]*>\s*<li[^>]*>\s*<time datetime="2027-01-15"/,
		'the log lists the change first, as the newest',
	);

	for (const [path, lang] of [
		['changes.xml', 'en'],
		['id/changes.xml', 'id'],
	] as const) {
		const feed = parseAtom(readBuilt(path, distDir), path);
		const first = feed.entries[0]!;
		assert.match(first.updated, /^2027-01-15T/, `${path}: the planted change is the newest entry`);
		assert.match(
			first.summary,
			lang === 'en' ? /before 768\sGPU-hours, now 824\sGPU-hours/ : /sebelumnya 768\sjam-GPU, kini 824\sjam-GPU/,
		);
		assert.match(first.link, /\/efficiency\/synthetic-data\/#[a-z0-9-]+$/, `${path}: the entry links to the section`);
	}

	const csv = readBuilt('data/key-numbers.csv', distDir);
	const row = csv.split('\r\n').find((line) => line.startsWith('phi-1-gpu-hours,')) ?? '';
	assert.match(
		row,
		/^phi-1-gpu-hours,824,.*,2027-01-15,2,https?:\/\/[^,]*\/reference\/changes\/#phi-1-gpu-hours$/,
		'the CSV row',
	);

	for (const [page, text] of [
		['efficiency/synthetic-data/index.html', /Changed on 15 Jan 2027: before 768 GPU-hours \(correction\)/],
		['id/efficiency/synthetic-data/index.html', /Diubah pada 15 Jan 2027: sebelumnya 768 jam-GPU \(koreksi\)/],
	] as const) {
		const html = readBuilt(page, distDir);
		const at = html.indexOf('data-num="phi-1-gpu-hours"');
		assert.ok(at >= 0, `${page} no longer quotes phi-1-gpu-hours`);
		const card = html
			.slice(at, html.indexOf('</sup>', at))
			.replace(/<[^>]+>/g, '')
			.replace(/\s+/g, ' ');
		assert.match(card, /824/, `${page}: the figure reads 824`);
		assert.match(card, text, `${page}: the card tells the change: "${card}"`);
	}
});

test('a history out of order stops the build, naming the file and the line of the misplaced change', async () => {
	const expectedLine = outOfOrder(
		readFileSync(join(projectRoot, 'content/numbers/efficiency/reasoning-rl.yaml'), 'utf8'),
	)
		.split('\n')
		.indexOf('    - date: 2026-10-01');
	assert.ok(expectedLine > 0, 'the fault was not planted');
	const message = await disorderedData;
	assert.match(message, /content\/numbers\/efficiency\/reasoning-rl\.yaml:\d+: entry "r1-zero-aime-end" is invalid/);
	assert.match(
		message,
		new RegExp(
			`history\\.1\\.date \\(line ${expectedLine + 1}\\): change 2 \\(2026-10-01\\) is dated before change 1 \\(2026-11-01\\): list the history oldest first`,
		),
	);
	const { status, output, distDir } = await disorderedBuild;
	assert.notEqual(status, 0, 'the build succeeded with a history out of order');
	assert.match(
		output,
		new RegExp(
			`reasoning-rl\\.yaml:\\d+[\\s\\S]*line ${expectedLine + 1}\\): change 2 \\(2026-10-01\\) is dated before`,
		),
	);
	assert.ok(!existsSync(join(distDir, 'reference/changes/index.html')), 'nothing was published');
});

test('the current value must be the newest: a history whose last value equals the current one is refused', async () => {
	const message = await siteDataError({
		[file]: (text) =>
			text.replace(
				phi1,
				`${phi1}  history:\n    - date: 2027-01-15\n      previous: 768\n      reason: correction\n      note: { en: Corrected., id: Dikoreksi. }\n`,
			),
	});
	assert.match(message, /history\.0\.previous \(line \d+\): previous value 768 is the value that followed it/);
});
