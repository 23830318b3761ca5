import { createHash } from 'node:crypto';
import { tracks } from '../navigation/tracks.ts';
import { siteUrl, type Lang } from '../site.config.ts';
import { pageHref, displayUrl } from './site-urls.ts';
import { escapeHtml } from './html.ts';
import type { Page } from '../links/page-index.ts';

/**
 * The Open Graph card of a page (1200×630 PNG): site name, the track the page belongs to, the page
 * title and its language. Rendered once per distinct card by Chromium and cached by content hash
 * (src/integrations/og-images.ts), so builds copy the same bytes every time.
 */
export const ogImageSize = { width: 1200, height: 630 } as const;

const siteName: Record<Lang, string> = { en: 'What AI Costs', id: 'Berapa Biaya AI' };
const languageName: Record<Lang, string> = { en: 'English', id: 'Bahasa Indonesia' };

export interface OgCard {
	lang: Lang;
	site: string;
	track: string;
	title: string;
	domain: string;
}

export function ogCardOf(page: Page): OgCard {
	const track = tracks.find((t) => t.directory === page.track);
	return {
		lang: page.lang,
		site: siteName[page.lang],
		track: track ? track.label[page.lang] : '',
		title: page.title,
		domain: displayUrl(new URL(pageHref('/', 'en'), siteUrl).href),
	};
}

/** Site-relative URL of a page's card: /og/en/cost/training-compute.png, /og/id/index.png for /id/. */
export function ogImageHref(path: string, lang: Lang): string {
	const name = path === '/' ? 'index' : path.slice(1, -1);
	return `${pageHref('/', 'en')}og/${lang}/${name}.png`;
}

/** The card as a standalone HTML document (system fonts only; nothing is fetched). */
export function ogCardHtml(card: OgCard): string {
	const titleSize = card.title.length > 60 ? 64 : card.title.length > 34 ? 76 : 92;
	return `<!doctype html><html lang="${card.lang}"><head><meta charset="utf-8"><style>
html,body{margin:0;width:${ogImageSize.width}px;height:${ogImageSize.height}px}
body{box-sizing:border-box;padding:64px 80px;display:flex;flex-direction:column;justify-content:space-between;
background:#0f1b2d;color:#f4f1ea;font-family:'DejaVu Sans','Liberation Sans',sans-serif;border-left:24px solid #f2a93b}
.site{font-size:34px;font-weight:bold;letter-spacing:.5px;color:#f2a93b}
.track{margin-top:14px;font-size:30px;color:#b8c4d6;text-transform:uppercase;letter-spacing:3px}
h1{margin:0;font-size:${titleSize}px;line-height:1.12;max-height:${Math.round(titleSize * 1.12 * 3)}px;overflow:hidden}
.foot{display:flex;justify-content:space-between;align-items:center;font-size:28px;color:#b8c4d6}
.lang{border:2px solid #b8c4d6;border-radius:999px;padding:6px 22px;color:#f4f1ea}
</style></head><body>
<div><div class="site">${escapeHtml(card.site)}</div>${card.track ? `<div class="track">${escapeHtml(card.track)}</div>` : ''}</div>
<h1>${escapeHtml(card.title)}</h1>
<div class="foot"><span>${escapeHtml(card.domain)}</span><span class="lang">${card.lang.toUpperCase()} · ${languageName[card.lang]}</span></div>
</body></html>`;
}

/** Cache key: changes when the card's text or its template changes. */
export function ogCardHash(card: OgCard): string {
	return createHash('sha256').update(ogCardHtml(card)).digest('hex').slice(0, 16);
}
