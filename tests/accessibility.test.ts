import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import {
	eachInParallel,
	newSiteContext,
	type Theme,
	type ViewportName,
	builtSiteInBrowser,
} from './support/browser.ts';
import { builtContentPages, distDir, urlPathOf } from '../scripts/lib/built-site.ts';
import { pagesWithEveryElementKind } from './support/element-kinds.ts';

// axe-core over the built pages (both languages, and the 404 page): WCAG 2.0/2.1/2.2 A and AA
// rules, zero violations.
// - Desktop, both themes: every rule on every page.
// - Phone, both themes: every rule on the pages that together hold every kind of element
//   (tests/support/element-kinds.ts). A narrow screen changes how each kind is laid out, the same
//   on every page that has it.
const axeSource = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const pages = [...builtContentPages(), ...(existsSync(join(distDir, '404.html')) ? ['404.html'] : [])];
const everyKind = pagesWithEveryElementKind(pages);
const allRules = { type: 'tag', values: wcagTags };

const variants: { theme: Theme; viewport: ViewportName; pages: string[]; rules: object; what: string }[] = [
	{ theme: 'light', viewport: 'desktop', pages, rules: allRules, what: 'every page' },
	{ theme: 'dark', viewport: 'desktop', pages, rules: allRules, what: 'every page' },
	{ theme: 'light', viewport: 'phone', pages: everyKind, rules: allRules, what: 'every kind of element' },
	{ theme: 'dark', viewport: 'phone', pages: everyKind, rules: allRules, what: 'every kind of element' },
];

const web = builtSiteInBrowser();
const { skip } = web;

interface AxeViolation {
	id: string;
	impact: string | null;
	help: string;
	nodes: { target: string[]; failureSummary?: string }[];
}

for (const { theme, viewport, pages, rules, what } of variants) {
	test(`axe finds no WCAG A/AA violation: ${theme} theme, ${viewport} (${what})`, { skip }, async () => {
		assert.ok(pages.length > 0, 'no pages in dist/: run npm run build first');
		// The site's CSP (rightly) blocks injected inline scripts; axe is a test tool, so this context bypasses it.
		const context = await newSiteContext(web.browser, { theme, viewport, bypassCSP: true });
		// axe is given to every page as it loads; two pages are checked side by side (a CI runner's two cores).
		await context.addInitScript({ path: axeSource });
		const tabs = await Promise.all([1, 2].map(() => context.newPage()));
		const found: string[] = [];
		await eachInParallel(pages, tabs.length, async (file, worker) => {
			const page = tabs[worker]!;
			const path = file === '404.html' ? '/404.html' : urlPathOf(file);
			await page.goto(`${web.site.url}${path}`, { waitUntil: 'load' });
			assert.equal(
				await page.evaluate(() => document.documentElement.dataset.theme),
				theme,
				`${path}: the ${theme} theme was not applied`,
			);
			const violations = await page.evaluate(async (runOnly) => {
				const axe = (
					window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: unknown[] }> } }
				).axe;
				const result = await axe.run(document, {
					runOnly,
					resultTypes: ['violations'],
				});
				return result.violations;
			}, rules);
			for (const v of violations as AxeViolation[]) {
				for (const node of v.nodes) {
					found.push(`${path} [${v.id}, ${v.impact}] ${node.target.join(' ')}: ${v.help}`);
				}
			}
		});
		found.sort();
		await context.close();
		assert.deepEqual(found, [], `${found.length} axe violation(s) (${theme}, ${viewport}):\n${found.join('\n')}`);
	});
}
