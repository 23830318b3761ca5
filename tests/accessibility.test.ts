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

// axe-core over the built pages (both languages, and the 404 pages): WCAG 2.0/2.1/2.2 A and AA
// rules, zero violations.
// Each page is checked in the light theme, then switched to the dark one in place.
// - Desktop: every page.
// - Phone: the pages that together hold every kind of element
//   (tests/support/element-kinds.ts). A narrow screen changes how each kind is laid out, the same
//   on every page that has it.
const axeSource = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const pages = [...builtContentPages(), ...['404.html', 'id/404.html'].filter((f) => existsSync(join(distDir, f)))];
const everyKind = pagesWithEveryElementKind(pages);

const variants: { viewport: ViewportName; pages: string[]; what: string }[] = [
	{ viewport: 'desktop', pages, what: 'every page' },
	{ viewport: 'phone', pages: everyKind, what: 'the pages with every kind of element' },
];
const themes: Theme[] = ['light', 'dark'];

const web = builtSiteInBrowser();
const { skip } = web;

interface AxeViolation {
	id: string;
	impact: string | null;
	help: string;
	nodes: { target: string[]; failureSummary?: string }[];
}

for (const { viewport, pages, what } of variants) {
	test(`axe finds no WCAG A/AA violation, light and dark theme: ${viewport}, ${what}`, { skip }, async () => {
		assert.ok(pages.length > 0, 'no pages in dist/: run npm run build first');
		// The site's CSP (rightly) blocks injected inline scripts; axe is a test tool, so this context bypasses it.
		const context = await newSiteContext(web.browser, { theme: 'light', viewport, bypassCSP: true });
		// axe is given to every page as it loads; two pages are checked side by side (a CI runner's two cores).
		await context.addInitScript({ path: axeSource });
		const tabs = await Promise.all([1, 2].map(() => context.newPage()));
		const found: string[] = [];
		await eachInParallel(pages, tabs.length, async (file, worker) => {
			const page = tabs[worker]!;
			const path = file.endsWith('404.html') ? `/${file}` : urlPathOf(file);
			await page.goto(`${web.site.url}${path}`, { waitUntil: 'load' });
			// Each page once per theme: loaded in the first, then switched as the theme picker does
			// (data-theme on <html>), which is all the theme changes.
			for (const theme of themes) {
				const applied = await page.evaluate(async (chosen) => {
					document.documentElement.dataset.theme = chosen;
					await new Promise((resolve) => requestAnimationFrame(resolve));
					return getComputedStyle(document.documentElement).colorScheme;
				}, theme);
				assert.equal(applied, theme, `${path}: the ${theme} theme was not applied`);
				const violations = await page.evaluate(async (tags) => {
					const axe = (
						window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: unknown[] }> } }
					).axe;
					const result = await axe.run(document, {
						runOnly: { type: 'tag', values: tags },
						resultTypes: ['violations'],
					});
					return result.violations;
				}, wcagTags);
				for (const v of violations as AxeViolation[]) {
					for (const node of v.nodes) {
						found.push(`${path} (${theme}) [${v.id}, ${v.impact}] ${node.target.join(' ')}: ${v.help}`);
					}
				}
			}
		});
		found.sort();
		await context.close();
		assert.deepEqual(found, [], `${found.length} axe violation(s) (${viewport}):\n${found.join('\n')}`);
	});
}
