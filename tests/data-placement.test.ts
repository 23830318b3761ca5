import { test } from 'node:test';
import assert from 'node:assert/strict';
import { misplacedNumbers } from '../src/references/index.ts';
import type { Page } from '../src/content-index/index.ts';

// A figure sits in the file of the page that uses it (content/numbers/<track>/<page>.yaml), or in
// shared.yaml when several pages do; the build warns, naming the right file, when it does not.

const page = (path: string, figures: string[], charts: string[] = [], lang: 'en' | 'id' = 'en') =>
	({ path, lang, figures, charts }) as unknown as Page;

test('a figure in the wrong page file is named, with the file it belongs in', () => {
	const pages = [
		page('/cost/inference/', ['a']),
		page('/cost/trends/', ['b', 'c']),
		page('/start/abcd/', ['c'], ['chart-1']),
		page('/id/cost/inference/', ['b'], [], 'id'),
	];
	const numbers = new Map([
		['a', { file: 'content/numbers/cost/inference.yaml', line: 1 }], // right file
		['b', { file: 'content/numbers/cost/inference.yaml', line: 5 }], // used on /cost/trends/ only
		['c', { file: 'content/numbers/cost/trends.yaml', line: 3 }], // used on two pages, one of them its own
		['d', { file: 'content/numbers/cost/trends.yaml', line: 9 }], // used on /start/abcd/ through a chart
		['e', { file: 'content/numbers/cost/trends.yaml', line: 12 }], // used nowhere yet: left alone
		['f', { file: 'content/numbers/shared.yaml', line: 1 }], // shared.yaml: not a page file
	]);
	const chartNumbers = new Map([['chart-1', ['d', 'f']]]);
	assert.deepEqual(misplacedNumbers(pages, numbers, chartNumbers), [
		'content/numbers/cost/inference.yaml:5: "b" is not used on /cost/inference/ but on /cost/trends/: move it to content/numbers/cost/trends.yaml.',
		'content/numbers/cost/trends.yaml:9: "d" is not used on /cost/trends/ but on /start/abcd/: move it to content/numbers/start/abcd.yaml.',
	]);
	numbers.set('g', { file: 'content/numbers/cost/full-cost.yaml', line: 2 });
	pages.push(page('/cost/full-cost/', []), page('/landscape/moats/', ['g']), page('/start/deepseek-moment/', ['g']));
	assert.match(
		misplacedNumbers(pages, numbers, chartNumbers).at(-1)!,
		/"g" is not used on \/cost\/full-cost\/ but on \/landscape\/moats\/, \/start\/deepseek-moment\/: move it to content\/numbers\/shared\.yaml\./,
	);
});
