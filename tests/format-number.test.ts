import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatFigureBefore, formatFigure, formatPlain } from '../src/lib/format-number.ts';
import { formatDate } from '../src/lib/format-date.ts';

/** Compare with ordinary spaces: the formatter keeps numbers and scale words together with no-break spaces. */
const f = (...args: Parameters<typeof formatFigure>) => formatFigure(...args).replace(/\u00a0/g, ' ');

test('plain numbers use each language’s separators', () => {
	assert.equal(formatPlain(2788000, 'en'), '2,788,000');
	assert.equal(formatPlain(2788000, 'id'), '2.788.000');
	assert.equal(formatPlain(14.8, 'id'), '14,8');
	assert.equal(formatPlain(0.27, 'en'), '0.27');
});

test('money: USD in English, US$ in Indonesian, with scale words', () => {
	assert.equal(f(5576000, 'usd', 'en'), 'USD 5.576 million');
	assert.equal(f(5576000, 'usd', 'id'), 'US$5,576 juta');
	assert.equal(f(5.6e6, 'usd', 'id'), 'US$5,6 juta');
	assert.equal(f(191e6, 'usd', 'en'), 'USD 191 million');
	assert.equal(f(1.2e9, 'usd', 'id'), 'US$1,2 miliar');
	assert.equal(f(294000, 'usd', 'en'), 'USD 294,000');
	assert.equal(f(294000, 'usd', 'id'), 'US$294.000');
	assert.equal(f(2, 'usd-per-gpu-hour', 'en'), 'USD 2 per GPU-hour');
	assert.equal(f(2, 'usd-per-gpu-hour', 'id'), 'US$2 per jam-GPU');
	assert.equal(f(0.27, 'usd-per-million-tokens', 'id'), 'US$0,27 per juta token');
	assert.equal(f(17366, 'idr-per-usd', 'en'), 'IDR 17,366 per USD');
	assert.equal(f(17366, 'idr-per-usd', 'id'), 'Rp17.366 per US$');
});

test('large counts: all digits below ten million, scale words above', () => {
	assert.equal(f(2788000, 'gpu-hours', 'en'), '2,788,000 GPU-hours');
	assert.equal(f(2788000, 'gpu-hours', 'id'), '2.788.000 jam-GPU');
	assert.equal(f(30840000, 'gpu-hours', 'en'), '30.84 million GPU-hours');
	assert.equal(f(30840000, 'gpu-hours', 'id'), '30,84 juta jam-GPU');
	assert.equal(f(14.8e12, 'tokens', 'en'), '14.8 trillion tokens');
	assert.equal(f(14.8e12, 'tokens', 'id'), '14,8 triliun token');
	assert.equal(f(671e9, 'parameters', 'en'), '671 billion parameters');
	assert.equal(f(671e9, 'parameters', 'id'), '671 miliar parameter');
	assert.equal(f(800000, 'count', 'id'), '800.000');
});

test('ranges share one scale word and use an en dash', () => {
	assert.equal(f([589e9, 594e9], 'usd', 'en'), 'USD 589–594 billion');
	assert.equal(f([589e9, 594e9], 'usd', 'id'), 'US$589–594 miliar');
	assert.equal(f([38, 43], 'percent', 'en'), '38–43%');
	assert.equal(f([5, 14], 'months', 'id'), '5–14 bulan');
	// both ends of a range keep the same decimals
	assert.equal(f([2.0, 3.1], 'multiplier', 'en'), '2.0–3.1×');
	assert.equal(f([2.0, 3.1], 'multiplier', 'id'), '2,0–3,1×');
});

test('amounts of money with cents show two decimals; whole amounts none', () => {
	assert.equal(f(1.1, 'usd-per-million-tokens', 'en'), 'USD 1.10 per million tokens');
	assert.equal(f(1.1, 'usd-per-million-tokens', 'id'), 'US$1,10 per juta token');
	assert.equal(f(118.58, 'usd', 'en'), 'USD 118.58');
	assert.equal(f(2, 'usd-per-gpu-hour', 'en'), 'USD 2 per GPU-hour');
	assert.equal(f(700, 'watts', 'id'), '700 W');
	assert.equal(f(11390, 'tonnes-co2e', 'en'), '11,390 tonnes CO₂e');
});

test('scientific notation for FLOPs uses superscript exponents', () => {
	assert.equal(f(3.8e25, 'flops', 'en'), '3.8 × 10²⁵ FLOPs');
	assert.equal(f(3.8e25, 'flops', 'id'), '3,8 × 10²⁵ FLOP');
});

test('singular and plural unit words; other units', () => {
	assert.equal(f(1, 'gpus', 'en'), '1 GPU');
	assert.equal(f(2048, 'gpus', 'en'), '2,048 GPUs');
	assert.equal(f(2048, 'gpus', 'id'), '2.048 GPU');
	assert.equal(f(3.7, 'days', 'id'), '3,7 hari');
	assert.equal(f(2.4, 'multiplier', 'id'), '2,4×');
	assert.equal(f(160, 'gb-per-s', 'en'), '160 GB/s');
	assert.equal(f(20, 'tokens-per-parameter', 'id'), '20 token per parameter');
	assert.equal(f(14800, 'tokens-per-second', 'en'), '14,800 tokens per second');
	assert.equal(f(73700, 'tokens-per-second', 'id'), '73.700 token per detik');
});

test('a figure before a label that starts with its unit does not repeat the unit', () => {
	assert.equal(formatFigureBefore(2788000, 'gpu-hours', 'en', 'GPU-hours for the full training'), '2,788,000');
	assert.equal(formatFigureBefore(21e9, 'parameters', 'id', 'parameter aktif DeepSeek-V2'), '21\u00a0miliar');
	assert.equal(
		formatFigureBefore(2788000, 'gpu-hours', 'en', 'H800 time for the full training'),
		'2,788,000 GPU-hours',
	);
	assert.equal(formatFigureBefore(5.576e6, 'usd', 'en', 'USD cost of the final run'), 'USD\u00a05.576\u00a0million');
});

test('value without its unit keeps the scale word', () => {
	assert.equal(f(14.8e12, 'tokens', 'en', { withUnit: false }), '14.8 trillion');
	assert.equal(f(5576000, 'usd', 'id', { withUnit: false }), '5,576 juta');
});

test('numbers never break between currency, number and scale word', () => {
	assert.match(formatFigure(5576000, 'usd', 'en'), /^USD\u00a05\.576\u00a0million$/);
});

test('dates in each language, keeping partial dates partial', () => {
	assert.equal(formatDate('2024-12-27', 'en'), '27 Dec 2024');
	assert.equal(formatDate('2024-12-27', 'id'), '27 Des 2024');
	assert.equal(formatDate('2025-05', 'id'), 'Mei 2025');
	assert.equal(formatDate('2024', 'en'), '2024');
});
