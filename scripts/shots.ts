/**
 * npm run shots: screenshots of every page type at phone and desktop width, light and dark, in both
 * languages, from the built site (run `npm run build` first), into shots/ (not committed), so that
 * anyone changing the site can look at what readers see.
 *
 *   npm run shots                              every page type, full page
 *   npm run shots -- --pages=/,/cost/inference/  only these paths
 *   npm run shots -- --viewport-only            the first screen only
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '../src/lib/chromium.ts';
import { projectRoot } from '../src/lib/project-root.ts';
import { serveStatic } from './lib/static-server.ts';

/** One page of each kind: home, explainers (with a table, a diagram, a chart), reference, slide kit, about, 404. */
const pageTypes = [
	'/',
	'/start/deepseek-moment/',
	'/cost/inference/',
	'/cost/trends/',
	'/efficiency/mixture-of-experts/',
	'/enterprise/build-or-buy/',
	'/reference/glossary/',
	'/reference/key-numbers/',
	'/slides/',
	'/about/',
	'/go/no-such-key/',
];
const widths = [390, 1280];
const themes = ['light', 'dark'] as const;
const langs = ['en', 'id'] as const;

const args = process.argv.slice(2);
const pagesArg = args.find((a) => a.startsWith('--pages='))?.slice('--pages='.length);
const paths = pagesArg ? pagesArg.split(',') : pageTypes;
const fullPage = !args.includes('--viewport-only');
const outDir = join(projectRoot, 'shots');

const browser = await launchChromium();
mkdirSync(outDir, { recursive: true });
const site = await serveStatic(join(projectRoot, 'dist'));
let count = 0;
try {
	for (const width of widths) {
		for (const theme of themes) {
			const context = await browser.newContext({
				viewport: { width, height: width < 600 ? 844 : 900 },
				deviceScaleFactor: 1,
				colorScheme: theme,
				isMobile: width < 600,
				hasTouch: width < 600,
			});
			await context.addInitScript((chosen) => localStorage.setItem('starlight-theme', chosen), theme);
			const page = await context.newPage();
			for (const lang of langs) {
				for (const path of paths) {
					const url = `${site.url}${lang === 'id' ? '/id' : ''}${path}`;
					const response = await page.goto(url, { waitUntil: 'load' });
					if (!response || (response.status() >= 400 && !path.startsWith('/go/'))) {
						console.warn(`shots: ${url} answered ${response?.status() ?? 'nothing'}; skipped`);
						continue;
					}
					const name = `${lang}${path === '/' ? '-home' : path.replace(/\/$/, '').replaceAll('/', '-')}-${width}-${theme}.png`;
					await page.screenshot({ path: join(outDir, name), fullPage, timeout: 180_000 });
					count++;
				}
			}
			await context.close();
		}
	}
} finally {
	await browser.close();
	await site.close();
}
console.log(`shots: ${count} screenshot(s) in ${outDir}`);
