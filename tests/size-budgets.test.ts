import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtContentPages, builtHtmlFiles, distDir, readBuilt } from './support/dist.ts';
import { measurePage } from '../src/lib/page-weight.ts';

// Page-weight budgets, in gzip -9 bytes, measured on the built files (deterministic).
const budget = {
	/** HTML plus render-blocking CSS, per page */
	htmlAndCss: 30 * 1024,
	/** JavaScript that runs before any interaction, on pages without an estimator */
	initialJs: 12 * 1024,
};

/** Estimator pages (the Estimators track, or a page holding an estimator widget) may load more JS. */
const hasEstimator = (file: string) => /(^|\/)tools\//.test(file) || readBuilt(file).includes('data-estimator');

const pages = builtContentPages();
const weights = pages.map((file) => ({ file, ...measurePage(distDir, file) }));
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

test('the heaviest pages (gzip -9)', (t) => {
	assert.ok(pages.length > 0, 'no pages in dist/: run npm run build first');
	const rows = [...weights].sort((a, b) => b.html.gzip + b.css.gzip - (a.html.gzip + a.css.gzip)).slice(0, 10);
	t.diagnostic('page | HTML | CSS | HTML+CSS | JS before interaction');
	for (const w of rows) {
		t.diagnostic(
			`${w.file} | ${kb(w.html.gzip)} | ${kb(w.css.gzip)} | ${kb(w.html.gzip + w.css.gzip)} | ${kb(w.js.gzip)}`,
		);
	}
});

test(`HTML + render-blocking CSS is at most ${kb(budget.htmlAndCss)} per page`, () => {
	const over = weights
		.filter((w) => w.html.gzip + w.css.gzip > budget.htmlAndCss)
		.map((w) => `${w.file}: ${kb(w.html.gzip + w.css.gzip)} (HTML ${kb(w.html.gzip)}, CSS ${kb(w.css.gzip)})`);
	assert.deepEqual(over, [], `pages over the HTML+CSS budget:\n${over.join('\n')}`);
});

test(`JavaScript before interaction is at most ${kb(budget.initialJs)} on pages without an estimator`, () => {
	const over = weights
		.filter((w) => !hasEstimator(w.file) && w.js.gzip > budget.initialJs)
		.map((w) => `${w.file}: ${kb(w.js.gzip)} from ${w.scripts.join(', ')} and inline scripts`);
	assert.deepEqual(over, [], `pages over the JS budget:\n${over.join('\n')}`);
});

test("no page ships Mermaid's runtime (diagrams are rendered to SVG at build time)", () => {
	const mermaidRuntime = /mermaidAPI|mermaid\.initialize|\bmermaid\.run\b/;
	const shipped = new Set<string>();
	for (const file of builtHtmlFiles()) {
		const html = readBuilt(file);
		if (/<script[^>]*src="[^"]*mermaid[^"]*"/i.test(html) || mermaidRuntime.test(html)) shipped.add(file);
	}
	for (const w of weights) {
		for (const script of w.scripts) {
			if (mermaidRuntime.test(readFileSync(join(distDir, script), 'utf8'))) shipped.add(`${w.file} (via ${script})`);
		}
	}
	assert.deepEqual([...shipped], [], `Mermaid's runtime is loaded by:\n${[...shipped].join('\n')}`);
});
