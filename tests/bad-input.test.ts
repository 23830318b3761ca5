/**
 * Bad input gets a clear error, and nothing half-built is left behind.
 *
 * Each build case plants faults in a temp copy of the project (scripts/lib/project-build.ts), runs
 * `astro build` there and checks that the build fails (non-zero exit), that the output names what
 * an author needs (the file, the field or line, the broken link), and that no dist/ claims success.
 * There is one build per stage of the build that stops on bad input, with every fault that stage
 * reports at once planted together:
 *   content sync (frontmatter) → build start (pages are parsed for diagrams) → rendering (the
 *   Markdown plugins) → build done (every link in the built pages is checked).
 *
 * To add a case, add the fault to the build of the stage that reports it and its message to `expect`:
 *   edits: { 'content/docs/about.mdx': (text) => text.replace(…) },   // or new file contents
 *   expect: [/content\/docs\/about\.mdx/, /the field or message/],    // all must match the output
 * A stage that stops at its first fault gets one fault per build; a fault that a function reports
 * without a build (a Markdown plugin, a data loader, a checker) is cheaper to test by calling it, as
 * bad-input-data.test.ts and link-faults.test.ts do. Every build takes tens of seconds.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { buildWithFault, type FileEdit } from '../scripts/lib/project-build.ts';
import { projectRoot } from '../scripts/lib/built-site.ts';
import { catalogProblems, twinProblems } from '../src/content-index/locale-twins.ts';
import { publishedPages } from '../src/content-index/page-index.ts';
import { loadSiteData } from '../src/references/index.ts';
import { loadCharts } from '../src/charts/index.ts';

interface BadInputBuild {
	name: string;
	edits: Record<string, FileEdit>;
	expect: RegExp[];
}

const page = 'content/docs/about.mdx';
/** Inserts `markdown` right after the page's frontmatter. */
const afterFrontmatter = (markdown: string) => (text: string) =>
	text.replace(/^(---\n[\s\S]*?\n---\n)/, `$1\n${markdown}\n`);
const validPage = (title: string) =>
	`---\ntitle: ${title}\ndescription: A page that exists only in English, to check that a missing translation stops the build.\nlastReviewed: 2026-11-28\n---\n\nText.\n`;

const builds: BadInputBuild[] = [
	{
		// content sync reports every field of a page's frontmatter at once
		name: 'frontmatter without a description, and lastReviewed that is not a date',
		edits: {
			[page]: (text) => text.replace(/^description:.*\n/m, '').replace(/^lastReviewed:.*$/m, 'lastReviewed: last week'),
		},
		// one line per field: "  description: …", "  lastReviewed: …"
		expect: [/content\/docs\/about\.mdx/, /^\s*description: /m, /^\s*lastReviewed: /m],
	},
	{
		name: 'an MDX syntax error',
		edits: { [page]: afterFrontmatter('Broken markup: <div>{unclosed\n') },
		expect: [/content\/docs\/about\.mdx/, /(:\d+|line \d+)/],
	},
	{
		// rendering stops at the first page that fails; each plugin's messages: bad-input-data.test.ts
		name: 'a citation of an unknown source (a Markdown plugin stops the build)',
		edits: { [page]: (text) => `${text.trimEnd()}\n\nAs reported <Cite id="no-such-source" loc="p. 1" />.\n` },
		expect: [/content\/docs\/about\.mdx:\d+/, /unknown source id "no-such-source"/],
	},
	{
		// the built pages' links are all checked, and all broken ones reported together
		name: 'a link to a page that does not exist, and a link to a section that does not exist',
		edits: {
			[page]: afterFrontmatter(
				'See [the missing page](/no-such-page/) and [a missing section](/about/#no-such-section).',
			),
		},
		expect: [
			/content\/docs\/about\.mdx/,
			/\/no-such-page\/: no page/,
			/#no-such-section/,
			/no element with id "no-such-section"/,
		],
	},
	{
		name: 'a UI string missing from id.json',
		edits: {
			'content/i18n/id.json': (text) => {
				const { 'site.nav.about': _, ...rest } = JSON.parse(text);
				return JSON.stringify(rest, null, '\t');
			},
		},
		expect: [/i18n → id/, /site\.nav\.about: missing/],
	},
];

// The builds are independent child processes: two at a time use both cores of a CI runner.
describe('bad input fails the build with a clear message', { concurrency: 2 }, () => {
	for (const { name, edits, expect } of builds) {
		test(name, async () => {
			const result = await buildWithFault(edits);
			assert.notEqual(result.status, 0, `the build succeeded despite ${name}`);
			for (const pattern of expect) {
				assert.match(
					result.output,
					pattern,
					`the build output does not match ${pattern}:\n${result.output.slice(-3000)}`,
				);
			}
			assert.ok(!existsSync(join(result.distDir, 'index.html')), 'a failed build left a dist/ with pages in it');
		});
	}
});

// The build's first step checks twins with the function called here (src/content-index/locale-twins.ts,
// run by src/links/integrity.ts); link-faults.test.ts sees its section-id message in a real build.
test('bad input fails the build with a clear message: twins that differ or are missing', () => {
	const docs = mkdtempSync(join(tmpdir(), 'locale-twins-'));
	const edit = (file: string, change: (text: string) => string) =>
		writeFileSync(join(docs, file), change(readFileSync(join(docs, file), 'utf8')));
	try {
		cpSync(join(projectRoot, 'content/docs'), docs, { recursive: true });
		assert.deepEqual(twinProblems(publishedPages(docs)), [], 'the site itself has every twin, alike');
		writeFileSync(join(docs, 'orphan-page.mdx'), validPage('Orphan page'));
		// a diagram renamed and a figure dropped on the Indonesian side
		edit('id/cost/inference.mdx', (text) => {
			const figure = /<Num id="([^"]+)"[^>]*\/>/.exec(text)!;
			return text.replace(/(```mermaid[^\n]*id=")([^"]+)"/, '$1$2-id"').replaceAll(figure[0], 'angka');
		});
		// two sections swapped on the Indonesian side
		edit('id/about.mdx', (text) =>
			text
				.replace('{ #method }', '{ #tmp }')
				.replace('{ #licence }', '{ #method }')
				.replace('{ #tmp }', '{ #licence }'),
		);
		const problems = twinProblems(publishedPages(docs)).join('\n');
		assert.match(
			problems,
			/content\/docs\/orphan-page\.mdx has no Indonesian twin: add content\/docs\/id\/orphan-page\.mdx/,
		);
		assert.match(
			problems,
			/content\/docs\/cost\/inference\.mdx and content\/docs\/id\/cost\/inference\.mdx show different diagrams/,
		);
		assert.match(problems, /\w-id\b/, 'the message lists the diagram ids');
		assert.match(problems, /cite different key numbers \(<Num id>\)[^]*only in content\/docs\/cost\/inference\.mdx: /);
		assert.match(
			problems,
			/Sections of content\/docs\/about\.mdx and content\/docs\/id\/about\.mdx come in a different order/,
		);

		// The cause comes first: a heading id used twice and an unknown <Num> id, each with file and
		// line, before the twin differences they lead to.
		edit('cost/trends.mdx', (text) => {
			const ids = [...text.matchAll(/^## .*\{ #([\w-]+) \}/gm)].map((m) => m[1]!);
			return text.replace(`{ #${ids[1]} }`, `{ #${ids[0]} }`);
		});
		edit('cost/training-compute.mdx', (text) => text.replace(/<Num id="[^"]+"/, '<Num id="no-such-figure"'));
		const known = { figures: new Set(loadSiteData().numbers.keys()), charts: new Set(loadCharts().keys()) };
		const all = catalogProblems(publishedPages(docs), known);
		const duplicate = all.findIndex((p) =>
			/^content\/docs\/cost\/trends\.mdx:\d+: the heading id #[\w-]+ is already used at line \d+/.test(p),
		);
		const unknown = all.findIndex((p) =>
			/^content\/docs\/cost\/training-compute\.mdx:\d+: unknown <Num> id "no-such-figure"/.test(p),
		);
		const trendsOrder = all.findIndex((p) =>
			/Section ids differ between content\/docs\/cost\/trends\.mdx|Sections of content\/docs\/cost\/trends\.mdx/.test(
				p,
			),
		);
		const figuresDiffer = all.findIndex((p) =>
			/content\/docs\/cost\/training-compute\.mdx and .* cite different key numbers/.test(p),
		);
		assert.ok(duplicate >= 0, `the duplicate heading id is reported as such:\n${all.join('\n')}`);
		assert.ok(unknown >= 0, `the unknown <Num> id is reported as such:\n${all.join('\n')}`);
		assert.ok(duplicate < trendsOrder && unknown < figuresDiffer, 'causes come before their consequences');
	} finally {
		rmSync(docs, { recursive: true, force: true });
	}
});
