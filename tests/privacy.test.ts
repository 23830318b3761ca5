import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { browserSkipReason, eachInParallel, launchChromium, newSiteContext } from './support/browser.ts';
import { builtContentPages, distDir, readBuilt, urlPathOf } from '../scripts/lib/built-site.ts';
import { siteWideHeaders } from './support/headers-file.ts';
import { pagesWithEveryElementKind } from './support/element-kinds.ts';
import { serveStatic, type StaticSite } from '../scripts/lib/static-server.ts';

// Served like production (with the headers from public/_headers), loading any page and searching
// sends no request to another origin and triggers no Content-Security-Policy violation.
// What each page's markup references is checked on every page without a browser
// (security-headers.test.ts); what runs in the browser belongs to a kind of element (search, the
// estimators, citation cards…), so the pages that together hold every kind are loaded here.
const allPages = builtContentPages();
const pages = pagesWithEveryElementKind(allPages);

let site: StaticSite;
let browser: Browser;
const skip = browserSkipReason();

before(async () => {
	if (skip) return;
	site = await serveStatic(distDir, { headers: siteWideHeaders() });
	browser = await launchChromium();
});
after(async () => {
	await browser?.close();
	await site?.close();
});

/** Records every request leaving the site's origin and every CSP violation, page by page. */
async function watch(context: BrowserContext) {
	const offSite: string[] = [];
	const violations: string[] = [];
	context.on('request', (request) => {
		const url = request.url();
		if (/^(data|blob|about):/.test(url)) return;
		if (new URL(url).origin !== site.origin) offSite.push(url);
	});
	await context.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) => {
			console.error(
				`Content Security Policy violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`,
			);
		});
	});
	const page = await context.newPage();
	page.on('console', (message) => {
		if (/Content[ -]Security[ -]Policy/i.test(message.text())) violations.push(message.text());
	});
	return { page, offSite, violations };
}

/** The longest word of the page's <h1>, which Pagefind must find. */
function searchTermFor(file: string): string {
	const h1 = /<h1[^>]*>([\s\S]*?)<\/h1>/i.exec(readBuilt(file))?.[1]?.replace(/<[^>]+>/g, '') ?? '';
	return h1.split(/[^\p{L}\p{N}]+/u).sort((a, b) => b.length - a.length)[0] ?? '';
}

async function search(page: Page, term: string) {
	await page.waitForSelector('site-search button[data-open-modal]:not([disabled])');
	// Opening the dialog loads the search UI if the browser has not had idle time for it yet.
	await page.keyboard.press('Control+KeyK');
	await page.waitForSelector('#starlight__search input', { state: 'visible', timeout: 60_000 });
	await page.keyboard.type(term);
	await page.waitForSelector('.pagefind-ui__result-link', { timeout: 60_000 });
	await page.locator('.pagefind-ui__result-link').first().getAttribute('href');
}

// The tests are independent (a browser context each) and run two at a time (a CI runner's two cores).
describe('no third party, no CSP violation', { concurrency: 2 }, () => {
	test(
		'loading the pages that hold every kind of element makes no third-party request and no CSP violation (headers from public/_headers)',
		{ skip },
		async () => {
			assert.ok(pages.length > 0, 'no pages in dist/: run npm run build first');
			// two watched browser contexts share the pages and load them side by side
			const watchers = await Promise.all(
				[1, 2].map(async () => {
					const context = await newSiteContext(browser);
					return { context, ...(await watch(context)) };
				}),
			);
			const problems: string[] = [];
			await eachInParallel(pages, watchers.length, async (file, worker) => {
				const { page, offSite, violations } = watchers[worker]!;
				const path = urlPathOf(file);
				const response = await page.goto(`${site.url}${path}`, { waitUntil: 'networkidle' });
				assert.ok(response?.headers()['content-security-policy'], 'the test server did not send the CSP header');
				problems.push(...offSite.splice(0).map((u) => `${path}: request to ${u}`));
				problems.push(...violations.splice(0).map((v) => `${path}: ${v}`));
			});
			for (const { context } of watchers) await context.close();
			problems.sort();
			assert.deepEqual(problems, [], problems.join('\n'));
		},
	);

	test('searching (English and Indonesian) stays on the site and violates no CSP', { skip }, async () => {
		const context = await newSiteContext(browser);
		const { page, offSite, violations } = await watch(context);
		const problems: string[] = [];
		const samples = allPages.filter((p) => p === 'about/index.html' || p === 'id/about/index.html');
		assert.ok(samples.length > 0, 'no about page to search from');
		for (const file of samples) {
			const path = urlPathOf(file);
			await page.goto(`${site.url}${path}`, { waitUntil: 'networkidle' });
			await search(page, searchTermFor(file));
			await page.waitForLoadState('networkidle');
			problems.push(...offSite.splice(0).map((u) => `${path} (search): request to ${u}`));
			problems.push(...violations.splice(0).map((v) => `${path} (search): ${v}`));
		}
		await context.close();
		assert.deepEqual(problems, [], problems.join('\n'));
	});

	test('the watcher sees an injected inline script as a CSP violation (the check can fail)', { skip }, async () => {
		const context = await newSiteContext(browser);
		const { page, violations } = await watch(context);
		await page.goto(`${site.url}/`, { waitUntil: 'load' });
		await page.evaluate(() => {
			const script = document.createElement('script');
			script.textContent = 'window.__injected = true';
			document.body.append(script);
		});
		await page.waitForTimeout(200);
		assert.equal(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected), undefined);
		assert.ok(violations.length > 0, 'an unhashed inline script ran or went unreported');
		await context.close();
	});
});
