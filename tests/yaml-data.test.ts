import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { parseYamlMap, validateYamlEntry } from '../src/lib/yaml-data.ts';
import { readShortLinks } from '../src/links/shortlinks.ts';
import { readLinkAliases } from '../src/links/aliases.ts';

// An author who gets a data file wrong is told the file, the line and the field, for every data file.
const file = 'content/example.yaml';

test('invalid YAML names the file and the line', () => {
	assert.throws(
		() => parseYamlMap('a: 1\nb: [unclosed\n', file),
		/^YamlDataError: content\/example\.yaml:\d+: invalid YAML/,
	);
});

test('a key defined twice in one file names the file and line', () => {
	assert.throws(
		() => parseYamlMap('a: 1\nb: 2\na: 3\n', file),
		/content\/example\.yaml:3: invalid YAML: Map keys must be unique/,
	);
});

test('a top level that is not a map says what is expected', () => {
	assert.throws(() => parseYamlMap('- a\n- b\n', file), /content\/example\.yaml:1: expected a map of id → entry/);
});

test('an invalid entry names its line, and each wrong field with its own line', () => {
	const yaml = parseYamlMap('first:\n  name: ok\nsecond:\n  name: 3\n  size: big\n', file);
	const schema = z.strictObject({ name: z.string(), size: z.number().optional() });
	assert.deepEqual(validateYamlEntry(schema, yaml.entries[0]!, yaml, 'entry "first"'), { name: 'ok' });
	assert.throws(
		() => validateYamlEntry(schema, yaml.entries[1]!, yaml, 'entry "second"'),
		(error: Error) => {
			assert.match(error.message, /^content\/example\.yaml:3: entry "second" is invalid:/);
			assert.match(error.message, /- name \(line 4\): /);
			assert.match(error.message, /- size \(line 5\): /);
			return true;
		},
	);
});

function projectWith(files: Record<string, string>): string {
	const root = mkdtempSync(join(tmpdir(), 'yaml-data-'));
	mkdirSync(join(root, 'content'));
	for (const [path, text] of Object.entries(files)) writeFileSync(join(root, path), text);
	return root;
}

test('a short link with an unknown field or a page that is not a path names the key, field and line', () => {
	const unknownField = projectWith({
		'content/shortlinks.yaml': 'ok: { page: /about/ }\nbad:\n  page: /about/\n  sectoin: x\n',
	});
	assert.throws(
		() => readShortLinks(unknownField),
		/content\/shortlinks\.yaml:2: short link "bad" is invalid:\n {2}- .*sectoin/,
	);
	const notAPath = projectWith({ 'content/shortlinks.yaml': 'bad: { page: about }\n' });
	assert.throws(
		() => readShortLinks(notAPath),
		/short link "bad" is invalid:\n {2}- page \(line 1\): must be a language-neutral site path/,
	);
	const badKey = projectWith({ 'content/shortlinks.yaml': 'Bad_Key: { page: /about/ }\n' });
	assert.throws(
		() => readShortLinks(badKey),
		/content\/shortlinks\.yaml:1: short link "Bad_Key": keys are lower-case kebab-case/,
	);
});

test('a link alias with a movedTo that is not a path names the page and the line', () => {
	const root = projectWith({ 'content/link-aliases.yaml': '/about/:\n  movedTo: about-us\n' });
	assert.throws(
		() => readLinkAliases(root),
		/content\/link-aliases\.yaml:1: \/about\/ is invalid:\n {2}- movedTo \(line 2\): must be a page path/,
	);
	const notAPage = projectWith({ 'content/link-aliases.yaml': 'about: { movedTo: /x/ }\n' });
	assert.throws(() => readLinkAliases(notAPage), /"about" is not a page path/);
});
