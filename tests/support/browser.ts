import type { Browser, BrowserContext } from 'playwright-core';
import { after, before } from 'node:test';
import { findChromium, launchChromium } from '../../src/lib/chromium.ts';
import { distDir } from '../../scripts/lib/built-site.ts';
import { serveStatic, type StaticSite } from '../../scripts/lib/static-server.ts';

export { findChromium, launchChromium };

/** For `test(name, { skip: browserSkipReason() }, …)`: never skips under CI. */
export function browserSkipReason(): string | false {
	if (findChromium() || process.env.CI) return false;
	return 'no system Chromium (apt-get install chromium, or set CHROMIUM_PATH)';
}

export const viewports = {
	desktop: { width: 1280, height: 800 },
	phone: { width: 360, height: 740 },
} as const;
export type ViewportName = keyof typeof viewports;
export type Theme = 'light' | 'dark';

/**
 * A browser context showing the site in one theme at one viewport size. Starlight keeps the
 * chosen theme in localStorage 'starlight-theme' and applies it (data-theme on <html>) before
 * first paint, so it is set before any page script runs.
 */
export async function newSiteContext(
	browser: Browser,
	{
		theme = 'light',
		viewport = 'desktop',
		bypassCSP = false,
	}: { theme?: Theme; viewport?: ViewportName; bypassCSP?: boolean } = {},
): Promise<BrowserContext> {
	const context = await browser.newContext({
		viewport: viewports[viewport],
		colorScheme: theme,
		bypassCSP,
		isMobile: viewport === 'phone',
		hasTouch: viewport === 'phone',
	});
	await context.addInitScript((chosen) => localStorage.setItem('starlight-theme', chosen), theme);
	return context;
}

/**
 * For a browser test file: serves the built site (dist/, or DIST_DIR) on localhost and launches one
 * Chromium before the file's tests, and closes both after them. Pass `skip` to each test.
 */
export function builtSiteInBrowser(options: Parameters<typeof serveStatic>[1] = {}, dir = distDir) {
	const skip = browserSkipReason();
	let site: StaticSite | undefined;
	let browser: Browser | undefined;
	before(async () => {
		if (skip) return;
		site = await serveStatic(dir, options);
		browser = await launchChromium();
	});
	after(async () => {
		await browser?.close();
		await site?.close();
	});
	return {
		skip,
		get site(): StaticSite {
			if (!site) throw new Error('the site is served only inside tests (before() has not run)');
			return site;
		},
		get browser(): Browser {
			if (!browser) throw new Error('the browser runs only inside tests (before() has not run)');
			return browser;
		},
	};
}

/**
 * Runs `task` over `items`, `workers` at a time (e.g. one browser page per worker, so pages load
 * and run side by side while each worker visits its share in order). Results a task collects in a
 * shared array arrive in no fixed order. The first failure stops every worker and is thrown.
 */
export async function eachInParallel<T>(
	items: readonly T[],
	workers: number,
	task: (item: T, worker: number) => Promise<void>,
): Promise<void> {
	let next = 0;
	let failed = false;
	const results = await Promise.allSettled(
		Array.from({ length: Math.min(workers, items.length) }, async (_, worker) => {
			while (!failed && next < items.length) {
				try {
					await task(items[next++]!, worker);
				} catch (error) {
					failed = true;
					throw error;
				}
			}
		}),
	);
	const failure = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
	if (failure) throw failure.reason;
}
