/**
 * Benchmark: `npm run bench` (not part of `npm test`). Builds a copy of the project, measures it
 * and writes bench/RESULTS.md:
 *  - pages built, build wall time and time per page;
 *  - a scaling run on synthetic pages (generated into temp copies, never committed), showing how
 *    build time and the Pagefind index grow;
 *  - raw and gzip -9 bytes of HTML, CSS and JS per page type;
 *  - bytes fetched for a first search, and the first search's answer time after the index loads;
 *  - Lighthouse mobile scores for Home, a long explainer, a page with diagrams and an estimator page.
 * Options: --sizes=100,400,1600 (synthetic page counts, both languages together), --skip-scaling,
 * --skip-lighthouse.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { measurePage } from '../scripts/lib/page-weight.ts';
import { findChromium, launchChromium } from '../src/lib/chromium.ts';
import { builtContentPages, builtHtmlFiles, projectRoot, readBuilt, urlPathOf } from '../scripts/lib/built-site.ts';
import { astroBuild, projectCopy } from '../scripts/lib/project-build.ts';
import { serveStatic } from '../scripts/lib/static-server.ts';
import { generateSyntheticPages } from './synthetic-pages.ts';
import { lighthouseCategories, lighthouseMobile } from './lighthouse.ts';

const args = new Map(
	process.argv.slice(2).map((a) => {
		const [k, v] = a.replace(/^--/, '').split('=');
		return [k!, v ?? 'true'] as const;
	}),
);
const sizes = (args.get('sizes') ?? '100,400,1600').split(',').map(Number);
const log = (message: string) => console.error(`[bench] ${message}`);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const gzip9 = (b: Buffer | string) => gzipSync(b, { level: 9 }).length;

function timedBuild(dir: string, label: string): { ms: number; outDir: string } {
	log(`building ${label}…`);
	const start = performance.now();
	const result = astroBuild(dir);
	const ms = performance.now() - start;
	if (result.status !== 0) throw new Error(`${label}: build failed\n${result.output.slice(-3000)}`);
	log(`${label}: ${seconds(ms)}`);
	return { ms, outDir: join(dir, 'dist') };
}

function folderBytes(dir: string): number {
	return (readdirSync(dir, { recursive: true }) as string[])
		.map((f) => statSync(join(dir, f)))
		.filter((s) => s.isFile())
		.reduce((sum, s) => sum + s.size, 0);
}

// 1. The project as it is.
const machine = {
	cores: os.availableParallelism(),
	memory: `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`,
	cpu: os.cpus()[0]?.model ?? 'unknown',
	node: process.version,
	chromium: findChromium() ? execFileSync(findChromium()!, ['--version'], { encoding: 'utf8' }).trim() : 'none',
	load: os
		.loadavg()
		.map((l) => l.toFixed(1))
		.join(', '),
};
const baseCopy = projectCopy();
const base = timedBuild(baseCopy, 'the site');
const pages = builtContentPages(base.outDir);
const htmlFiles = builtHtmlFiles(base.outDir);

// 2. Scaling on synthetic content.
const scaling: { pages: number; built: number; ms: number; pagefind: number }[] = [];
if (!args.has('skip-scaling')) {
	for (const count of sizes) {
		const dir = projectCopy();
		generateSyntheticPages(dir, count);
		const run = timedBuild(dir, `${count} synthetic pages`);
		scaling.push({
			pages: count,
			built: builtHtmlFiles(run.outDir).length,
			ms: run.ms,
			pagefind: folderBytes(join(run.outDir, 'pagefind')),
		});
	}
}

// 3. Page types and their weight.
const contentSize = (file: string) => readBuilt(file, base.outDir).replace(/<[^>]+>/g, '').length;
const longest = (candidates: string[]) => [...candidates].sort((a, b) => contentSize(b) - contentSize(a))[0];
const english = pages.filter((p) => !p.startsWith('id/'));
const diagramCount = (file: string) => (readBuilt(file, base.outDir).match(/class="diagram__scroll/g) ?? []).length;
const mostDiagrams = (candidates: string[]) =>
	[...candidates].filter((p) => diagramCount(p) > 0).sort((a, b) => diagramCount(b) - diagramCount(a))[0];
const longExplainer = longest(english.filter((p) => /^(start|cost|efficiency|enterprise|landscape)\//.test(p)));
const pageTypes: { type: string; file: string | undefined; note?: string }[] = [
	{ type: 'Home', file: english.find((p) => p === 'index.html') },
	{ type: 'Long explainer', file: longExplainer },
	{
		type: 'Page with diagrams',
		file: mostDiagrams(english.filter((p) => p !== longExplainer)) ?? mostDiagrams(english),
	},
	{
		type: 'Estimator',
		file: english.find((p) => /^tools\//.test(p) || readBuilt(p, base.outDir).includes('data-estimator')),
	},
	{ type: 'Reference', file: longest(english.filter((p) => /^reference\//.test(p))) },
];
const weights = pageTypes.map((t) => ({ ...t, weight: t.file ? measurePage(base.outDir, t.file) : undefined }));
/** The ten heaviest pages by HTML + render-blocking CSS (gzip -9): what the size budgets bind first. */
const heaviest = pages
	.map((file) => ({ file, weight: measurePage(base.outDir, file) }))
	.sort((a, b) => b.weight.html.gzip + b.weight.css.gzip - (a.weight.html.gzip + a.weight.css.gzip))
	.slice(0, 10);

// 4. Search: bytes for a first search, and answer time once the index is loaded.
const site = await serveStatic(base.outDir);
const browser: Browser = await launchChromium();
const searchPage = english.find((p) => p === 'about/index.html') ?? english[0]!;
const searchTerm = 'cost';
const search = await (async () => {
	// Pagefind's own API in a fresh page: load the index (WebAssembly + metadata), then time the
	// first search (which fetches the index chunk for its term) and a few more.
	const apiContext = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	const apiPage = await apiContext.newPage();
	await apiPage.goto(`${site.url}${urlPathOf(searchPage)}`, { waitUntil: 'networkidle' });
	const api = await apiPage.evaluate(async (term) => {
		const t0 = performance.now();
		const pagefind = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
		await pagefind.init();
		const initMs = performance.now() - t0;
		const times: number[] = [];
		for (const word of [term, 'training', 'inference', 'gpu', 'deepseek']) {
			const t = performance.now();
			const result = await pagefind.search(word);
			if (result.results[0]) await result.results[0].data();
			times.push(performance.now() - t);
		}
		return { initMs, first: times[0]!, times };
	}, searchTerm);
	await apiContext.close();

	// The search box as a reader uses it, in another fresh page: bytes fetched and time to results.
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	const page = await context.newPage();
	await page.goto(`${site.url}${urlPathOf(searchPage)}`, { waitUntil: 'networkidle' });
	const fetched: { url: string; bytes: number; gzip: number }[] = [];
	page.on('response', async (response) => {
		const body = await response.body().catch(() => Buffer.alloc(0));
		fetched.push({ url: response.url(), bytes: body.length, gzip: gzip9(body) });
	});
	await page.waitForSelector('#starlight__search input', { state: 'attached' });
	await page.keyboard.press('Control+KeyK');
	const typed = performance.now();
	await page.keyboard.type(searchTerm);
	await page.waitForSelector('.pagefind-ui__result-link', { timeout: 30_000 });
	const uiMs = performance.now() - typed;
	await page.waitForLoadState('networkidle');
	await context.close();
	const searchFetched = fetched.filter((f) => f.url.includes('/pagefind/'));
	return {
		uiMs,
		api,
		requests: searchFetched.length,
		bytes: searchFetched.reduce((s, f) => s + f.bytes, 0),
		gzip: searchFetched.reduce((s, f) => s + f.gzip, 0),
	};
})();
log(`search: ${search.requests} requests, ${kb(search.bytes)}, first answer ${search.api.first.toFixed(0)} ms`);

// 5. Lighthouse mobile.
await browser.close();
// Lighthouse sees the site compressed, as every host in the README serves it.
const compressedSite = args.has('skip-lighthouse') ? undefined : await serveStatic(base.outDir, { gzip: true });
const lighthouseScores = !compressedSite
	? []
	: await lighthouseMobile(
			compressedSite.url,
			pageTypes.slice(0, 4).flatMap(({ type, file }) => (file ? [{ type, file }] : [])),
			log,
		);
await compressedSite?.close();
await site.close();

// 6. Report.
const perPage = base.ms / htmlFiles.length;
const lines: string[] = [];
lines.push('# Benchmark results', '');
lines.push(`Run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC with \`npm run bench\`.`, '');
lines.push('## Machine', '');
lines.push(`| nproc | memory | CPU | Node | Chromium | load average at start (1, 5, 15 min) |`);
lines.push(`| --- | --- | --- | --- | --- | --- |`);
lines.push(
	`| ${machine.cores} | ${machine.memory} | ${machine.cpu} | ${machine.node} | ${machine.chromium} | ${machine.load} |`,
	'',
);
lines.push(
	'The machine is shared: other builds and browsers ran at the same time, so wall times are upper bounds and vary between runs.',
	'',
);
lines.push('## Summary', '');
lines.push('| measure | value | target |', '| --- | --- | --- |');
lines.push(`| pages built (HTML files; content pages) | ${htmlFiles.length}; ${pages.length} | |`);
lines.push(`| build wall time | ${seconds(base.ms)} | |`);
lines.push(`| build time per HTML file | ${perPage.toFixed(0)} ms | |`);
lines.push(
	`| bytes fetched for a first search ("${searchTerm}") | ${kb(search.bytes)} raw, ${kb(search.gzip)} gzip -9, ${search.requests} requests | |`,
);
lines.push(`| Pagefind init (WebAssembly + metadata) | ${search.api.initMs.toFixed(0)} ms | |`);
lines.push(
	`| first search answer after the index loads | ${search.api.first.toFixed(0)} ms (next: ${search.api.times
		.slice(1)
		.map((t) => t.toFixed(0))
		.join(', ')} ms) | < 100 ms |`,
);
lines.push(
	`| search box: typing to first result shown, fresh page | ${search.uiMs.toFixed(0)} ms (includes loading the search UI and index, and the UI's input debounce) | |`,
);
lines.push('');
lines.push('## Scaling on synthetic pages', '');
if (scaling.length) {
	lines.push(
		'Synthetic pages (half English, half their Indonesian twins; headings, lists, prose and links between them) are generated into a temp copy of the project, on top of the real pages, and never committed.',
		'',
	);
	lines.push('| synthetic pages | HTML files built | build wall time | per HTML file | Pagefind index |');
	lines.push('| --- | --- | --- | --- | --- |');
	lines.push(
		`| 0 (the site) | ${htmlFiles.length} | ${seconds(base.ms)} | ${perPage.toFixed(0)} ms | ${kb(folderBytes(join(base.outDir, 'pagefind')))} |`,
	);
	for (const s of scaling) {
		lines.push(
			`| ${s.pages} | ${s.built} | ${seconds(s.ms)} | ${(s.ms / s.built).toFixed(0)} ms | ${kb(s.pagefind)} |`,
		);
	}
	if (scaling.length >= 2) {
		const first = scaling[0]!;
		const last = scaling.at(-1)!;
		const slope = (last.ms - first.ms) / (last.built - first.built);
		lines.push(
			'',
			`Marginal cost between ${first.pages} and ${last.pages} synthetic pages: ${slope.toFixed(0)} ms per extra HTML file; ` +
				`a linear fit predicts ${seconds(first.ms + slope * (scaling[Math.floor(scaling.length / 2)]!.built - first.built))} for the middle run ` +
				`(measured ${seconds(scaling[Math.floor(scaling.length / 2)]!.ms)}). Target: build time linear in page count.`,
		);
	}
} else {
	lines.push('Skipped (--skip-scaling).');
}
lines.push('', '## Bytes per page type', '');
lines.push(
	'Raw and gzip -9 bytes. CSS counts render-blocking stylesheets; JS counts what runs before any interaction.',
	'',
);
lines.push('| page type | page | HTML raw | HTML gzip | CSS raw | CSS gzip | JS raw | JS gzip |');
lines.push('| --- | --- | --- | --- | --- | --- | --- | --- |');
for (const { type, file, weight } of weights) {
	if (!file || !weight) {
		lines.push(`| ${type} | none yet: no such page in the build | | | | | | |`);
		continue;
	}
	lines.push(
		`| ${type} | /${file.replace(/index\.html$/, '')} | ${kb(weight.html.raw)} | ${kb(weight.html.gzip)} | ${kb(weight.css.raw)} | ${kb(weight.css.gzip)} | ${kb(weight.js.raw)} | ${kb(weight.js.gzip)} |`,
	);
}
lines.push('', '## The heaviest pages', '');
lines.push('gzip -9 bytes; the budgets are in tests/size-budgets.test.ts.', '');
lines.push('| page | HTML | CSS | HTML + CSS | JS before interaction |');
lines.push('| --- | --- | --- | --- | --- |');
for (const { file, weight } of heaviest) {
	lines.push(
		`| /${file.replace(/index\.html$/, '')} | ${kb(weight.html.gzip)} | ${kb(weight.css.gzip)} | ${kb(weight.html.gzip + weight.css.gzip)} | ${kb(weight.js.gzip)} |`,
	);
}
lines.push('', '## Lighthouse (mobile, default throttling)', '');
if (lighthouseScores.length) {
	lines.push(
		'| page type | page | Performance | Accessibility | Best Practices | SEO | audits below 100 | Lighthouse benchmarkIndex |',
	);
	lines.push('| --- | --- | --- | --- | --- | --- | --- | --- |');
	for (const { type, file, scores, issues, benchmarkIndex } of lighthouseScores) {
		lines.push(
			`| ${type} | /${file.replace(/index\.html$/, '')} | ${lighthouseCategories.map((c) => scores[c]).join(' | ')} | ${issues.join(', ') || 'none'} | ${benchmarkIndex} |`,
		);
	}
	for (const { type, file } of pageTypes.slice(0, 4)) if (!file) lines.push('', `${type}: skipped, no such page yet.`);
	lines.push(
		'',
		"Target: 100 in all four categories. benchmarkIndex is Lighthouse's measure of how fast the machine was during the run (a quiet modern desktop scores about 1,000-2,000); a low value means the simulated mobile timings are inflated.",
	);
} else {
	lines.push('Skipped (--skip-lighthouse).');
}
// The "Test suite" section is measured separately (the timed `node --test` run it describes), so a
// benchmark run keeps it.
const resultsFile = join(projectRoot, 'bench/RESULTS.md');
const previous = existsSync(resultsFile) ? readFileSync(resultsFile, 'utf8') : '';
const testSuite = /\n## Test suite\n[\s\S]*?(?=\n## |$)/.exec(previous)?.[0] ?? '';
const report = `${lines.join('\n')}\n${testSuite}`;
mkdirSync(join(projectRoot, 'bench'), { recursive: true });
writeFileSync(resultsFile, report);
console.log(report);
