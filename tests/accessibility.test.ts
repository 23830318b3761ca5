import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { newSiteContext, type Theme, type ViewportName, builtSiteInBrowser } from './support/browser.ts';
import { builtContentPages, distDir, urlPathOf } from '../scripts/lib/built-site.ts';

// axe-core over every built page (both languages, and the 404 page), in the light and dark
// themes at a desktop and a phone viewport: WCAG 2.0/2.1/2.2 A and AA rules, zero violations.
const axeSource = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const pages = [...builtContentPages(), ...(existsSync(join(distDir, '404.html')) ? ['404.html'] : [])];

const web = builtSiteInBrowser();
const { skip } = web;

interface AxeViolation {
	id: string;
	impact: string | null;
	help: string;
	nodes: { target: string[]; failureSummary?: string }[];
}

for (const theme of ['light', 'dark'] as Theme[]) {
	for (const viewport of ['desktop', 'phone'] as ViewportName[]) {
		test(`axe finds no WCAG A/AA violation: ${theme} theme, ${viewport}`, { skip }, async () => {
			assert.ok(pages.length > 0, 'no pages in dist/: run npm run build first');
			// The site's CSP (rightly) blocks injected inline scripts; axe is a test tool, so this context bypasses it.
			const context = await newSiteContext(web.browser, { theme, viewport, bypassCSP: true });
			const page = await context.newPage();
			const found: string[] = [];
			for (const file of pages) {
				const path = file === '404.html' ? '/404.html' : urlPathOf(file);
				await page.goto(`${web.site.url}${path}`, { waitUntil: 'load' });
				assert.equal(
					await page.evaluate(() => document.documentElement.dataset.theme),
					theme,
					`${path}: the ${theme} theme was not applied`,
				);
				await page.addScriptTag({ path: axeSource });
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
						found.push(`${path} [${v.id}, ${v.impact}] ${node.target.join(' ')}: ${v.help}`);
					}
				}
			}
			await context.close();
			assert.deepEqual(found, [], `${found.length} axe violation(s) (${theme}, ${viewport}):\n${found.join('\n')}`);
		});
	}
}
