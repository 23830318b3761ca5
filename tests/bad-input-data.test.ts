/**
 * Bad input in citations, figures, glossary terms and the data files behind them fails the build
 * with the file and line an author has to fix (same pattern as bad-input.test.ts).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildWithFault, type FileEdit } from './support/fault-build.ts';

const page = 'content/docs/about.mdx';
/** Appends a paragraph at the end of the page. */
const appendParagraph = (markdown: string) => (text: string) => `${text.trimEnd()}\n\n${markdown}\n`;
/** Line of that paragraph in the edited page (the edited text ends with the paragraph and a newline). */
const lineOfLastParagraph = (edited: string) => edited.trimEnd().split('\n').length;

const cases: { name: string; edits: Record<string, FileEdit>; expect: (page: string) => RegExp[] }[] = [
	{
		name: 'a citation of an unknown source',
		edits: { [page]: appendParagraph('As reported <Cite id="no-such-source" loc="p. 1" />.') },
		expect: (text) => [
			new RegExp(`content/docs/about\\.mdx:${lineOfLastParagraph(text)}`),
			/unknown source id "no-such-source"/,
		],
	},
	{
		name: 'an unknown key-number id',
		edits: { [page]: appendParagraph('It took <Num id="no-such-number" />.') },
		expect: (text) => [
			new RegExp(`content/docs/about\\.mdx:${lineOfLastParagraph(text)}`),
			/unknown number id "no-such-number"/,
		],
	},
	{
		name: 'an unknown glossary term',
		edits: { [page]: appendParagraph('A <Term id="no-such-term">thing</Term>.') },
		expect: (text) => [
			new RegExp(`content/docs/about\\.mdx:${lineOfLastParagraph(text)}`),
			/unknown glossary id "no-such-term"/,
		],
	},
	{
		name: 'a key number whose source does not exist, and a unit that is not known',
		edits: {
			'content/numbers/zz-fault.yaml': [
				'fault-number:',
				'  value: 1',
				'  unit: furlongs',
				'  measures: { en: a thing, id: sesuatu }',
				'  source: no-such-source',
				'  loc: p. 1',
				'  asOf: 2025-01-01',
				'',
			].join('\n'),
		},
		expect: () => [/content\/numbers\/zz-fault\.yaml:1/, /fault-number/, /unit/],
	},
	{
		name: 'an unknown quote id',
		edits: { [page]: appendParagraph('Hu says: <Quote id="no-such-quote" />') },
		expect: (text) => [
			new RegExp(`content/docs/about\\.mdx:${lineOfLastParagraph(text)}`),
			/unknown quote id "no-such-quote"/,
		],
	},
	{
		name: 'a part of a quote that is not word for word',
		edits: {
			'content/quotes/zz-fault.yaml': [
				'fault-quote:',
				'  speaker: Cox',
				'  source: seed-article',
				'  en: the moats are shallow',
				'  id: paritnya dangkal',
				'  verbatim: false',
				'  of: cox-infrastructure-talent',
				'',
			].join('\n'),
		},
		expect: () => [/content\/quotes\/zz-fault\.yaml:1/, /fault-quote/, /word for word/],
	},
	{
		name: 'a duplicate source id across two files',
		edits: {
			'content/sources/zz-fault.yaml': [
				'deepseek-v3:',
				'  kind: paper',
				'  title: A second entry with the same id',
				'  authors: Someone',
				'  accessed: 2026-11-28',
				'  language: en',
				'',
			].join('\n'),
		},
		expect: () => [
			/content\/sources\/zz-fault\.yaml:1/,
			/duplicate id "deepseek-v3"/,
			/content\/sources\/brief\.yaml:\d+/,
		],
	},
];

for (const c of cases) {
	test(`bad input: ${c.name}`, () => {
		const { status, output, distDir } = buildWithFault(c.edits);
		assert.notEqual(status, 0, `the build should fail; output:\n${output.slice(-2000)}`);
		const pageText = typeof c.edits[page] === 'function' ? (c.edits[page] as (t: string) => string)(readPage()) : '';
		for (const pattern of c.expect(pageText)) assert.match(output, pattern);
		assert.equal(existsSync(join(distDir, 'index.html')), false, 'no half-built site is left in dist/');
	});
}

function readPage(): string {
	return readFileSync(join(import.meta.dirname, '..', page), 'utf8');
}
