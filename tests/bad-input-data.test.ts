/**
 * Bad input in citations, figures, glossary terms and the data files behind them fails the build
 * with the file and line an author has to fix (same pattern as bad-input.test.ts).
 *
 * No site build here: the page cases compile the page with the site's Markdown plugins
 * (tests/support/render-page.ts), the data cases load the data files with the loader the build
 * uses (tests/support/site-data-check.ts). That a plugin's error stops `astro build` with its
 * message is checked once, end to end, in bad-input.test.ts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compilePage } from './support/render-page.ts';
import { siteDataError } from './support/site-data-check.ts';

const page = 'content/docs/about.mdx';
/** Appends a paragraph at the end of the page. */
const appendParagraph = (markdown: string) => (text: string) => `${text.trimEnd()}\n\n${markdown}\n`;

test('the page used below compiles as it is', async () => {
	await compilePage(page);
});

const pageCases: { name: string; paragraph: string; message: RegExp }[] = [
	{
		name: 'a citation of an unknown source',
		paragraph: 'As reported <Cite id="no-such-source" loc="p. 1" />.',
		message: /unknown source id "no-such-source"/,
	},
	{
		name: 'an unknown key-number id',
		paragraph: 'It took <Num id="no-such-number" />.',
		message: /unknown number id "no-such-number"/,
	},
	{
		name: 'an unknown glossary term',
		paragraph: 'A <Term id="no-such-term">thing</Term>.',
		message: /unknown glossary id "no-such-term"/,
	},
	{
		name: 'an unknown quote id',
		paragraph: 'Hu says: <Quote id="no-such-quote" />',
		message: /unknown quote id "no-such-quote"/,
	},
];

for (const c of pageCases) {
	test(`bad input: ${c.name}`, async () => {
		const edit = appendParagraph(c.paragraph);
		let edited = '';
		await assert.rejects(
			compilePage(page, (text) => (edited = edit(text))),
			(error: Error) => {
				// the line of the appended paragraph: the edited text ends with it and a newline
				assert.match(error.message, new RegExp(`^content/docs/about\\.mdx:${edited.trimEnd().split('\n').length}: `));
				assert.match(error.message, c.message);
				return true;
			},
		);
	});
}

const dataCases: { name: string; file: string; lines: string[]; expect: RegExp[] }[] = [
	{
		name: 'a key number whose source does not exist, and a unit that is not known',
		file: 'content/numbers/zz-fault.yaml',
		lines: [
			'fault-number:',
			'  value: 1',
			'  unit: furlongs',
			'  measures: { en: a thing, id: sesuatu }',
			'  source: no-such-source',
			'  loc: p. 1',
			'  asOf: 2025-01-01',
		],
		expect: [/content\/numbers\/zz-fault\.yaml:1/, /fault-number/, /unit/],
	},
	{
		name: 'a part of a quote that is not word for word',
		file: 'content/quotes/zz-fault.yaml',
		lines: [
			'fault-quote:',
			'  speaker: Cox',
			'  source: seed-article',
			'  en: the moats are shallow',
			'  id: paritnya dangkal',
			'  verbatim: false',
			'  of: cox-infrastructure-talent',
		],
		expect: [/content\/quotes\/zz-fault\.yaml:1/, /fault-quote/, /word for word/],
	},
	{
		name: 'a duplicate source id across two files',
		file: 'content/sources/zz-fault.yaml',
		lines: [
			'deepseek-v3:',
			'  kind: paper',
			'  title: A second entry with the same id',
			'  authors: Someone',
			'  accessed: 2026-11-28',
			'  language: en',
		],
		expect: [/content\/sources\/zz-fault\.yaml:1/, /duplicate id "deepseek-v3"/, /content\/sources\/shared\.yaml:\d+/],
	},
];

// Each case loads its own copy of the data; all of them start now and run side by side.
const unchanged = siteDataError({});
const messages = dataCases.map((c) => siteDataError({ [c.file]: `${c.lines.join('\n')}\n` }));

test('the data files used below load as they are', async () => {
	assert.equal(await unchanged, '');
});

for (const [i, c] of dataCases.entries()) {
	test(`bad input: ${c.name}`, async () => {
		const message = await messages[i]!;
		assert.notEqual(message, '', 'the data loaded without an error');
		for (const pattern of c.expect) assert.match(message, pattern);
	});
}
