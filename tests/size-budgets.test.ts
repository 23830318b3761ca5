import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { builtContentPages, builtHtmlFiles, distDir, readBuilt } from '../scripts/lib/built-site.ts';
import { measurePage } from '../scripts/lib/page-weight.ts';

// Page-weight budgets, in gzip -9 bytes, measured on the built files (deterministic).
const budget = {
	/**
	 * HTML plus render-blocking CSS, per page. Raised from 30 KB when the site reached 45 pages per
	 * language: every page now carries about 5.5 KB of fixed chrome (a sidebar listing every page, the
	 * CSP with its script hashes) and 10.3 KB of CSS that browsers cache after the first page, and the
	 * brief's longest explainers (2,500 words, 40-odd cited figures with their source cards, charts)
	 * weigh 38–39 KB. Cutting their prose, diagrams or citations to fit would make them worse to read.
	 * Raised to 42 KB on 7 December 2026 for what phone readers asked for: every citation and glossary
	 * card has a visible close button (about 1 KB on a page with 150 cards), diagrams too wide for a
	 * phone carry their narrow layout too, and the CSS grew to 11.2 KB. The heaviest explainers then
	 * weighed 40.1–41.1 KB (Indonesian build-or-buy, Mixture of Experts and training compute).
	 */
	htmlAndCss: 42 * 1024,
	/** JavaScript that runs before any interaction, on pages without an estimator */
	initialJs: 12 * 1024,
	/** compressed JavaScript each estimator may add (its own script plus the code estimators share) */
	perEstimatorJs: 6 * 1024,
};

/**
 * Documented exceptions, both lists that grow with the site and are read with the browser's find:
 * - the slide kit (/slides/), a reference sheet for presenters, printed on A4, that renders every
 *   short link (with full link and citation), every chart and diagram and every key number up front,
 *   each figure with its source (printed too, since the 7 December 2026 review), and the ready-made
 *   decks with the deck builder: 72.6 KB in English and 75.0 KB in Indonesian on 7 December 2026,
 *   76 KB allowed. Its QR codes and previews are
 *   separate files, loaded lazily. docs/authoring.md, "Links for slides".
 * - Key numbers (/reference/key-numbers/), every figure the site quotes with its source, and Sources
 *   (/reference/sources/), every source with the pages that cite it (47–48 KB on 7 December 2026).
 * And one explainer: Serving costs (/cost/inference/) carries DeepSeek's whole list-price history
 * (every official list since January 2025, in a table and a chart) next to its worked examples:
 * 44.2 KB in English and 45.6 KB in Indonesian on 7 December 2026 (with the cards' close buttons). A
 * shorter history would hide the price rises a presenter needs to see, so the page gets 46 KB rather
 * than losing rows.
 * Their current weights are in the heaviest-pages table of `npm run bench` (bench/RESULTS.md).
 */
const htmlAndCssBudgetOf = (file: string) => {
	if (/^(id\/)?slides\/index\.html$/.test(file)) return 76 * 1024;
	if (/^(id\/)?reference\/(key-numbers|sources)\/index\.html$/.test(file)) return 56 * 1024;
	if (/^(id\/)?cost\/inference\/index\.html$/.test(file)) return 46 * 1024;
	return budget.htmlAndCss;
};

/** The estimators a built page holds (`data-estimator="training-cost"` on each estimator's root element). */
const estimatorsOn = (file: string) => [...readBuilt(file).matchAll(/\bdata-estimator="([^"]+)"/g)].map((m) => m[1]!);
const hasEstimator = (file: string) => /(^|\/)tools\//.test(file) || estimatorsOn(file).length > 0;

const pages = builtContentPages();
const weights = pages.map((file) => ({ file, ...measurePage(distDir, file) }));
const gzip9 = (text: string) => gzipSync(text, { level: 9 }).length;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

// The ten heaviest pages are listed by `npm run bench` (bench/RESULTS.md), not here: a test asserts.
test(`HTML + render-blocking CSS is at most ${kb(budget.htmlAndCss)} per page (slide kit, key numbers, sources and serving costs: documented exceptions)`, () => {
	assert.ok(pages.length > 0, 'no pages in dist/: run npm run build first');
	const over = weights
		.filter((w) => w.html.gzip + w.css.gzip > htmlAndCssBudgetOf(w.file))
		.map((w) => `${w.file}: ${kb(w.html.gzip + w.css.gzip)} (HTML ${kb(w.html.gzip)}, CSS ${kb(w.css.gzip)})`);
	assert.deepEqual(over, [], `pages over the HTML+CSS budget:\n${over.join('\n')}`);
});

test(`JavaScript before interaction is at most ${kb(budget.initialJs)} on pages without an estimator`, () => {
	const over = weights
		.filter((w) => !hasEstimator(w.file) && w.js.gzip > budget.initialJs)
		.map((w) => `${w.file}: ${kb(w.js.gzip)} from ${w.scripts.join(', ')} and inline scripts`);
	assert.deepEqual(over, [], `pages over the JS budget:\n${over.join('\n')}`);
});

test(`an estimator page loads at most ${kb(budget.initialJs)} of JavaScript plus ${kb(budget.perEstimatorJs)} per estimator`, () => {
	const estimatorPages = weights.filter((w) => estimatorsOn(w.file).length > 0);
	assert.ok(estimatorPages.length > 0, 'no page holds an estimator');
	const over = estimatorPages
		.filter((w) => w.js.gzip > budget.initialJs + budget.perEstimatorJs * estimatorsOn(w.file).length)
		.map((w) => `${w.file}: ${kb(w.js.gzip)} for ${estimatorsOn(w.file).length} estimator(s)`);
	assert.deepEqual(over, [], `estimator pages over the JS budget:\n${over.join('\n')}`);
});

test(`each estimator adds at most ${kb(budget.perEstimatorJs)} of compressed JavaScript`, (t) => {
	// On /tools/ (all three estimators): the scripts beyond those of a page without an estimator are
	// one entry per estimator (…Estimator.astro…js) and the chunks they share; each estimator needs its
	// entry plus every shared chunk.
	const baseline = new Set(weights.filter((w) => !hasEstimator(w.file)).flatMap((w) => w.scripts));
	const tools = weights.find((w) => w.file === 'tools/index.html');
	assert.ok(tools, 'tools/index.html was not built');
	const extra = tools.scripts.filter((s) => !baseline.has(s));
	const entries = extra.filter((s) => /Estimator\.astro/.test(s));
	const shared = extra.filter((s) => !entries.includes(s));
	assert.equal(
		entries.length,
		estimatorsOn('tools/index.html').length,
		`one script per estimator: ${extra.join(', ')}`,
	);
	const read = (s: string) => readFileSync(join(distDir, s), 'utf8');
	for (const entry of entries) {
		const size = gzip9([entry, ...shared].map(read).join('\n'));
		t.diagnostic(`${entry}: ${kb(size)} with ${shared.join(', ')}`);
		assert.ok(size <= budget.perEstimatorJs, `${entry}: ${kb(size)} (budget ${kb(budget.perEstimatorJs)})`);
	}
});

// The one check of this rule: no HTML and no JavaScript file in dist/, loaded at once or on demand,
// holds Mermaid's runtime, so no page can load it.
test("no page ships Mermaid's runtime (diagrams are rendered to SVG at build time)", () => {
	const mermaidRuntime = /mermaidAPI|mermaid\.initialize|\bmermaid\.run\b/;
	const shipped = new Set<string>();
	for (const file of builtHtmlFiles()) {
		const html = readBuilt(file);
		if (/<script[^>]*src="[^"]*mermaid[^"]*"/i.test(html) || mermaidRuntime.test(html)) shipped.add(file);
	}
	const scripts = (readdirSync(distDir, { recursive: true }) as string[]).filter((f) => /\.m?js$/.test(f));
	assert.ok(scripts.length > 0, 'no JavaScript in dist/ to check');
	for (const script of scripts) {
		if (/mermaid/i.test(script) || mermaidRuntime.test(readFileSync(join(distDir, script), 'utf8'))) {
			shipped.add(script);
		}
	}
	assert.deepEqual([...shipped], [], `Mermaid's runtime is in:\n${[...shipped].join('\n')}`);
});

test('page weight counts what loads before interaction: blocking CSS, scripts and their static imports', () => {
	const dir = mkdtempSync(join(tmpdir(), 'page-weight-'));
	const files: Record<string, string> = {
		'index.html':
			`<!doctype html><html><head><link href="/a.css" rel='stylesheet'><link rel="stylesheet" media="print" href="/print.css">` +
			`<style>p{color:red}</style><link rel=modulepreload href="/m.js"><script type="application/json">{"x":1}</script>` +
			`<!-- <link rel="stylesheet" href="/commented.css"> --></head><body><script type="module" src="/main.js"></script>` +
			`<script>inline()</script></body></html>`,
		'a.css': 'a{}',
		'print.css': 'PRINT',
		'commented.css': 'COMMENTED',
		'main.js': `import "./dep.js"; const lazy = () => import("./lazy.js");`,
		'dep.js': 'dep()',
		'lazy.js': 'LAZY',
		'm.js': 'preloaded()',
	};
	for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
	const weight = measurePage(dir, 'index.html');
	assert.equal(
		weight.css.raw,
		Buffer.byteLength('a{}\np{color:red}'),
		'the stylesheet and the <style>, not print or a comment',
	);
	assert.deepEqual(weight.scripts.sort(), ['dep.js', 'm.js', 'main.js'], 'scripts, modulepreloads and static imports');
	assert.equal(weight.js.raw, Buffer.byteLength(['preloaded()', files['main.js'], 'dep()', 'inline()'].join('\n')));
});
