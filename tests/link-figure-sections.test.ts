import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { distDir, readBuilt } from '../scripts/lib/built-site.ts';
import { buildWithFault } from '../scripts/lib/project-build.ts';
import { publishedPages } from '../src/content-index/page-index.ts';
import { loadSiteData } from '../src/references/site-data.ts';
import { loadCharts } from '../src/charts/data.ts';
import {
	diagramPlaces,
	figureSectionProblems,
	resolveFigureSection,
	sectionShortLink,
	type FigurePlace,
} from '../src/links/figure-sections.ts';
import { readShortLinks } from '../src/links/shortlinks.ts';
import { explainingSections } from '../src/slide-kit/listing.ts';

// A figure on a slide carries a short link: it must open the section that explains the figure, and
// that section must hold it, in both languages.
const pages = publishedPages();
const shortLinks = readShortLinks();
const { numbers } = loadSiteData();
const charts = loadCharts();

function placeOf(entry: Parameters<typeof resolveFigureSection>[0]): FigurePlace {
	const result = resolveFigureSection(entry, pages);
	assert.ok('place' in result, 'problem' in result ? result.problem : '');
	return result.place;
}

const figures: FigurePlace[] = [
	...[...numbers.values()].map((n) =>
		placeOf({ kind: 'number', id: n.id, file: n.file, line: n.line, section: n.data.section }),
	),
	...[...charts.values()].map((c) =>
		placeOf({ kind: 'chart', id: c.id, file: c.file, line: c.line, section: c.section }),
	),
	...diagramPlaces(pages).values(),
];

/** The HTML of a section on a built page: from its heading to the next heading of the same or a higher level. */
function sectionHtml(html: string, id: string): string | undefined {
	const start = new RegExp(`<h([23])[^>]*\\sid="${id}"`).exec(html);
	if (!start) return undefined;
	const rest = html.slice(start.index + start[0].length);
	const next = (start[1] === '2' ? /<h2[\s>]/ : /<h[23][\s>]/).exec(rest);
	return next ? rest.slice(0, next.index) : rest;
}

/** What marks the figure in the built HTML. */
function markers(figure: FigurePlace): string[] {
	if (figure.kind === 'chart') return [`id="chart-${figure.id}"`];
	if (figure.kind === 'diagram') return [`id="diagram-${figure.id}"`];
	// a key number printed with <Num>, or drawn in a chart placed in the section
	const viaCharts = [...charts.values()]
		.filter((c) => c.series.some((s) => s.points.some((p) => p.number === figure.id)))
		.map((c) => `id="chart-${c.id}"`);
	return [`data-num="${figure.id}"`, ...viaCharts];
}

/** Figures some page shows (a number in no <Num> and no chart, such as an estimator's datasheet value, only needs its section to exist). */
const shown = (figure: FigurePlace) =>
	figure.kind !== 'number' ||
	pages.some((p) => p.figures.includes(figure.id)) ||
	[...charts.values()].some((c) => c.series.some((s) => s.points.some((p) => p.number === figure.id)));

test('every key number, chart and diagram has a short link to its own section', () => {
	assert.ok(figures.length > 450, `only ${figures.length} figures found`);
	const without = figures
		.filter((f) => !shortLinks.some((l) => l.page === f.page && l.section === f.section))
		.map((f) => `${f.kind} ${f.id}: ${f.page}#${f.section}`);
	assert.deepEqual(without, [], 'add a key for each of these sections to content/shortlinks.yaml');
});

test("the slide kit's key numbers link to the section their data names, in both languages", () => {
	for (const lang of ['en', 'id'] as const) {
		const uses = explainingSections(pages, lang);
		const missing = [...numbers.keys()].filter((id) => !uses.has(id));
		assert.deepEqual(missing, [], `${lang}: key numbers without a section`);
		const moment = uses.get('deepseek-v3-training-cost')!;
		assert.equal(moment.href, `${lang === 'id' ? '/id' : ''}/start/deepseek-moment/#what-it-covers`);
		assert.equal(moment.page.lang, lang);
	}
});

test("each figure's short link opens the page and section that hold the figure, in both languages", () => {
	const problems: string[] = [];
	const pageHtml = new Map<string, string>();
	for (const figure of figures) {
		const key = shortLinks.find((l) => l.page === figure.page && l.section === figure.section)?.key;
		if (!key) continue; // reported by the test above
		for (const prefix of ['', '/id']) {
			const redirect = join(prefix.slice(1), 'go', key, 'index.html');
			if (!existsSync(join(distDir, redirect))) {
				problems.push(`${figure.id}: no ${redirect}`);
				continue;
			}
			const target = /http-equiv="refresh" content="0; url=([^"]+)"/.exec(readBuilt(redirect))?.[1];
			const expected = `${prefix}${figure.page}#${figure.section}`;
			if (target !== expected) {
				problems.push(`${figure.id}: ${prefix}/go/${key}/ opens ${target}, not ${expected}`);
				continue;
			}
			const file = join(prefix.slice(1), figure.page.slice(1), 'index.html');
			if (!pageHtml.has(file)) pageHtml.set(file, readBuilt(file));
			const section = sectionHtml(pageHtml.get(file)!, figure.section);
			if (section === undefined) problems.push(`${figure.id}: ${expected} has no heading #${figure.section}`);
			else if (shown(figure) && !markers(figure).some((m) => section.includes(m)))
				problems.push(`${figure.kind} ${figure.id}: not in ${expected}`);
		}
	}
	assert.deepEqual(problems, []);
});

test('a key number without a section, or with one that is not on its page, fails the build with file, line and the ids to use', async () => {
	const { status, output } = await buildWithFault({
		'content/numbers/cost/training-compute.yaml': (yaml) =>
			yaml
				.replace(/^(chinchilla-parameters:\n)  section: six-n-d\n/m, '$1')
				.replace(/^(chinchilla-training-tokens:\n)  section: six-n-d\n/m, '$1  section: six-nd\n'),
	});
	assert.notEqual(status, 0, `the build succeeded:\n${output.slice(-2000)}`);
	assert.match(
		output,
		/content\/numbers\/cost\/training-compute\.yaml:\d+: number "chinchilla-parameters" has no section: add `section:`.*Sections of \/cost\/training-compute\/ \(content\/docs\/cost\/training-compute\.mdx\): key-takeaways, six-n-d, mfu/,
	);
	assert.match(
		output,
		/content\/numbers\/cost\/training-compute\.yaml:\d+: number "chinchilla-training-tokens": section "#six-nd" is not on \/cost\/training-compute\/\. Sections of .*six-n-d/,
	);
});

test('a section must name its page where the data file mirrors none, stay on the page of a page file, and for a chart be on the page that places it', () => {
	const problems = figureSectionProblems(
		[
			{ kind: 'number', id: 'a', file: 'content/numbers/shared.yaml', line: 3, section: 'six-n-d' },
			{
				kind: 'number',
				id: 'b',
				file: 'content/numbers/cost/trends.yaml',
				line: 7,
				section: '/cost/inference/#price-decline',
			},
			{ kind: 'chart', id: 'frontier-training-cost', file: 'content/charts/trends.yaml', line: 2, section: 'mfu' },
			{
				kind: 'chart',
				id: 'frontier-training-cost',
				file: 'content/charts/trends.yaml',
				line: 2,
				section: '/cost/inference/#price-decline',
			},
		],
		pages,
	);
	assert.equal(problems.length, 4, problems.join('\n'));
	assert.match(
		problems[0]!,
		/^content\/numbers\/shared\.yaml:3: number "a": section "six-n-d" names no page.*write it as \/track\/page\/#six-n-d/,
	);
	assert.match(
		problems[1]!,
		/^content\/numbers\/cost\/trends\.yaml:7: number "b": .* is on another page than \/cost\/trends\//,
	);
	assert.match(
		problems[2]!,
		/^content\/charts\/trends\.yaml:2: chart "frontier-training-cost": section "#mfu" is not on \/cost\/trends\/\. Sections of .*cost-chart/,
	);
	assert.match(problems[3]!, /does not place the chart .* it is on \/cost\/trends\//);
});

test('sectionShortLink gives the section key, else the page key', () => {
	assert.equal(sectionShortLink('/cost/trends/', 'cost-chart'), 'cost-chart');
	assert.equal(sectionShortLink('/cost/trends/', 'further-reading'), 'trends');
	assert.equal(sectionShortLink('/cost/trends/'), 'trends');
	assert.equal(sectionShortLink('/no/such/page/'), undefined);
});
