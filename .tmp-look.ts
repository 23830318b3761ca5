import { join } from 'node:path';
import { launchChromium } from './src/lib/chromium.ts';
import { serveStatic } from './scripts/lib/static-server.ts';
const [,, ...specs] = process.argv; // path|selector|index|width|theme
const browser = await launchChromium();
const site = await serveStatic(join(process.cwd(), 'dist'));
for (const spec of specs) {
  const [path, selector, idx, width, theme] = spec.split('|');
  const ctx = await browser.newContext({ viewport: { width: Number(width), height: 900 }, colorScheme: theme as 'light'|'dark', isMobile: Number(width) < 600, hasTouch: Number(width) < 600 });
  await ctx.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
  const page = await ctx.newPage();
  await page.goto(site.url + path, { waitUntil: 'load' });
  const el = page.locator(selector).filter({ visible: true }).nth(Number(idx));
  const name = `/tmp/look/${path.replace(/\//g, '_')}-${selector.replace(/[^a-z0-9]/gi, '')}-${idx}-${width}-${theme}.png`;
  await el.scrollIntoViewIfNeeded();
  await el.screenshot({ path: name });
  console.log(name);
  await ctx.close();
}
await site.close?.();
await browser.close();
