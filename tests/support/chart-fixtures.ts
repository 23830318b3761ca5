import type { ChartContext } from '../../src/charts/data.ts';

/** A tiny site for chart validation tests: two sources, one key number, one short link. */
export const fixtureContext: ChartContext = {
	sources: new Set(['src-a', 'src-b']),
	numbers: new Map([
		['n-one', { data: { value: 5, unit: 'usd', source: 'src-a', loc: 'Table 1', asOf: '2024-01-01' } }],
		['n-range', { data: { value: [1, 2] as const, unit: 'usd', source: 'src-a', loc: 'Table 2', asOf: '2024-01-01' } }],
	]),
	shortLinks: new Set(['home']),
};

/** A valid chart file; tests replace lines to make it invalid. Line numbers are referred to in tests. */
export const goodChart = `ok-chart:
  kind: line
  title: { en: Title, id: Judul }
  description: { en: What it shows., id: Apa yang ditampilkan. }
  y:
    label: { en: USD, id: US$ }
    unit: usd
  trend: [main]
  series:
    - id: main
      label: Main
      points:
        - { label: A, date: 2020-01-01, value: 10, source: src-a, loc: Table 1, asOf: 2020-01-01 }
        - { label: B, date: 2021-01-01, number: n-one }
        - { label: C, date: 2022-01-01, value: 1000, source: src-b, loc: p. 3, asOf: 2022-01-01 }
`;
