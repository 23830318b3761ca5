/**
 * The order the search dialog gives Pagefind's top results (src/search/client/rerank.ts), on made-up
 * results: a page whose title or heading names the query rises above pages that only mention its words.
 * tests/search-ranking.test.ts measures the same order on the real index.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readStopWords, rerankByNames, type NamedResult } from '../src/search/index.ts';

const stopWords = new Set(readStopWords());
const result = (url: string, score: number, title: string, headings: string[] = []): NamedResult & { url: string } => ({
	url,
	score,
	meta: { title, headings: headings.join(' · ') },
});
const urls = (results: { url: string }[]) => results.map((r) => r.url);

test('the page whose title names the query’s rarest word comes first, though Pagefind scored it lower', () => {
	const results = [
		result('/full-cost/', 1.6, 'Tagihan lengkap: biaya penuh membangun model', ['Perangkat keras DeepSeek']),
		result('/deepseek-moment/', 1.4, 'Momen DeepSeek', ['Pelatihan R1']),
		result('/trends/', 1.2, 'Kurva biaya', ['Pertumbuhan biaya model terdepan']),
		result('/inference/', 1.1, 'Biaya inferensi'),
	];
	const query = 'biaya pelatihan DeepSeek';
	assert.deepEqual(urls(rerankByNames(results, query, query, stopWords)).slice(0, 1), ['/deepseek-moment/']);
});

test('a heading that repeats the typed comparison, connective included, lifts its page', () => {
	const results = [
		result('/reasoning-rl/', 2.5, 'Reasoning through reinforcement learning', ['GRPO']),
		result('/distillation/', 2.2, 'Distillation and small models', ['Distillation or reinforcement learning?']),
		result('/synthetic-data/', 0.5, 'Synthetic data'),
	];
	const typed = 'distillation or reinforcement learning';
	const ranked = rerankByNames(results, typed, 'distillation reinforcement learning', stopWords);
	assert.deepEqual(urls(ranked), ['/distillation/', '/reasoning-rl/', '/synthetic-data/']);
});

test('results that no title or heading names keep Pagefind’s order; no results or one stay as they are', () => {
	const results = [result('/a/', 3, 'Alpha'), result('/b/', 2, 'Beta'), result('/c/', 1, 'Gamma')];
	assert.deepEqual(urls(rerankByNames(results, 'tokens', 'tokens', stopWords)), ['/a/', '/b/', '/c/']);
	assert.deepEqual(rerankByNames([], 'tokens', 'tokens', stopWords), []);
	assert.deepEqual(urls(rerankByNames([results[1]!], 'beta', 'beta', stopWords)), ['/b/']);
});
