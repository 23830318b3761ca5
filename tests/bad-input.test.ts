/**
 * Bad input gets a clear error, and nothing half-built is left behind.
 *
 * Each case plants a fault in a temp copy of the project (tests/support/fault-build.ts), runs
 * `astro build` there and checks that the build fails (non-zero exit), that the output names what
 * an author needs (the file, the field or line, the broken link), and that no dist/ claims success.
 *
 * To add a case, append to `cases`:
 *   {
 *     name: 'what is wrong',
 *     edits: { 'content/docs/about.mdx': (text) => text.replace(…) },   // or new file contents
 *     expect: [/content\/docs\/about\.mdx/, /the field or message/],    // all must match the output
 *   }
 * A feature with many cases of its own may keep them in its own test file with buildWithFault.
 * Every case is a full build (tens of seconds), so plant several faults only when one message
 * must name them all.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildWithFault, type FileEdit } from './support/fault-build.ts';

interface BadInputCase {
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

const cases: BadInputCase[] = [
	{
		name: 'frontmatter without a description',
		edits: { [page]: (text) => text.replace(/^description:.*\n/m, '') },
		expect: [/content\/docs\/about\.mdx/, /description/],
	},
	{
		name: 'lastReviewed that is not a date',
		edits: { [page]: (text) => text.replace(/^lastReviewed:.*$/m, 'lastReviewed: last week') },
		expect: [/content\/docs\/about\.mdx/, /lastReviewed/],
	},
	{
		name: 'an MDX syntax error',
		edits: { [page]: afterFrontmatter('Broken markup: <div>{unclosed\n') },
		expect: [/content\/docs\/about\.mdx/, /(:\d+|line \d+)/],
	},
	{
		name: 'a link to a page that does not exist',
		edits: { [page]: afterFrontmatter('See [the missing page](/no-such-page/).') },
		expect: [/content\/docs\/about\.mdx/, /\/no-such-page\//, /no page/],
	},
	{
		name: 'a link to a section that does not exist',
		edits: { [page]: afterFrontmatter('See [a missing section](/about/#no-such-section).') },
		expect: [/content\/docs\/about\.mdx/, /#no-such-section/, /no element with id "no-such-section"/],
	},
	{
		name: 'a page without its Indonesian twin',
		edits: { 'content/docs/orphan-page.mdx': validPage('Orphan page') },
		expect: [/content\/docs\/orphan-page\.mdx/, /Indonesian/],
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

for (const { name, edits, expect } of cases) {
	test(`bad input fails the build with a clear message: ${name}`, () => {
		const result = buildWithFault(edits);
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
