import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readStopWords, searchableQuery } from '../src/search/index.ts';

// An editor of content/search/stop-words.yaml is told the file, the line and what to fix; and the
// list drops connective and question words from a query without ever emptying it.
function withStopWords(yaml: string): string {
	const root = mkdtempSync(join(tmpdir(), 'stop-words-'));
	mkdirSync(join(root, 'content/search'), { recursive: true });
	writeFileSync(join(root, 'content/search/stop-words.yaml'), yaml);
	return root;
}

test('a stop word with a capital or a space names the file, the line and the word', () => {
	const root = withStopWords('en:\n  questions: [what, How]\nid:\n  pertanyaan: [apa, apa itu]\n');
	assert.throws(
		() => readStopWords(root),
		/content\/search\/stop-words\.yaml:1: language "en" is invalid:\n {2}- questions\.1 \(line 2\): write one word in lower case/,
	);
});

test('a list under an unknown language names the file and the line', () => {
	const root = withStopWords('en:\n  questions: [what]\nfr:\n  questions: [quoi]\n');
	assert.throws(() => readStopWords(root), /content\/search\/stop-words\.yaml:3: "fr" is not a language of the site/);
});

test('the site’s list drops comparison and question words in both languages, and keeps a query of only such words', () => {
	const stopWords = new Set(readStopWords());
	assert.equal(searchableQuery('fine-tuning vs. RAG?', stopWords), 'fine-tuning RAG?');
	assert.equal(
		searchableQuery('apakah perusahaan perlu membangun model sendiri', stopWords),
		'perusahaan membangun model sendiri',
	);
	assert.equal(searchableQuery('what is', stopWords), 'what is');
	assert.equal(searchableQuery('"RAG versus fine-tuning"', stopWords), '"RAG versus fine-tuning"');
});
