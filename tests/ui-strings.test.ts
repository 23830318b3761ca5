/**
 * content/i18n/en.json lists the site's UI strings; id.json must give each one, non-empty and with
 * the same placeholders, so a translator sees at once which Indonesian string is missing.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../src/lib/project-root.ts';

const read = (lang: string): Record<string, string> =>
	JSON.parse(readFileSync(join(projectRoot, 'content/i18n', `${lang}.json`), 'utf8'));
const en = read('en');
const id = read('id');
const siteKeys = (strings: Record<string, string>) => Object.keys(strings).filter((k) => k.startsWith('site.'));

test('en.json and id.json have the same site.* keys', () => {
	const missing = siteKeys(en).filter((k) => !(k in id));
	const extra = siteKeys(id).filter((k) => !(k in en));
	assert.deepEqual(missing, [], `missing from content/i18n/id.json: ${missing.join(', ')}`);
	assert.deepEqual(extra, [], `in content/i18n/id.json but not en.json: ${extra.join(', ')}`);
});

test('id.json gives every key of en.json', () => {
	// id.json may hold more: Starlight's own strings (pagefind.*, page.draft…), which Starlight ships in English.
	const missing = Object.keys(en).filter((k) => !(k in id));
	assert.deepEqual(missing, [], `missing from content/i18n/id.json: ${missing.join(', ')}`);
});

test('no UI string is empty', () => {
	for (const [lang, strings] of Object.entries({ en, id })) {
		const empty = Object.entries(strings).filter(([, v]) => typeof v !== 'string' || v.trim() === '');
		assert.deepEqual(
			empty.map(([k]) => k),
			[],
			`empty strings in content/i18n/${lang}.json`,
		);
	}
});

test('each string has the same placeholders in both languages', () => {
	const placeholders = (text: string) => [...text.matchAll(/\{\{?(\w+)\}\}?/g)].map((m) => m[0]).sort();
	const differ = Object.keys(en)
		.filter((k) => k in id)
		.filter((k) => placeholders(en[k]!).join() !== placeholders(id[k]!).join());
	assert.deepEqual(differ, [], 'placeholders ({{name}}, {slot}) differ between en.json and id.json');
});

test('no key is the dotted prefix of another (i18next would read it as a nested object)', () => {
	const keys = Object.keys(en);
	const clashes = keys.flatMap((a) => keys.filter((b) => b.startsWith(`${a}.`)).map((b) => `${a} / ${b}`));
	assert.deepEqual(clashes, []);
});
