import { closestKeys, shortLinkRequest } from './closest-keys.ts';

/**
 * The 404 pages' script (browser). A short link typed in another letter case (/go/MoE) reaches the
 * 404 page on every static host: it forwards to the key when it exists (/go/moe/). Otherwise it
 * offers the closest keys, in the language of the address first.
 * The page's `.not-found` element carries the keys (data-keys) and the base path (data-base).
 */
export function handleNotFound(): void {
	const root = document.querySelector<HTMLElement>('.not-found');
	const base = root?.dataset.base ?? '';
	const request = root && shortLinkRequest(location.pathname, base);
	if (!root || !request) return;
	const keys = (root.dataset.keys ?? '').split(' ');
	const prefix = (lang: string) => `${base}${lang === 'id' ? '/id' : ''}/go/`;
	if (keys.includes(request.key) && !location.pathname.endsWith(`/go/${request.key}/`)) {
		location.replace(`${prefix(request.lang)}${request.key}/${location.search}${location.hash}`);
		return;
	}
	const suggestions = closestKeys(request.key, keys);
	const sections = [...root.querySelectorAll<HTMLElement>('section[lang]')];
	const own = sections.find((s) => s.lang === request.lang);
	if (own) root.prepend(own);
	for (const section of sections) {
		const box = section.querySelector<HTMLElement>('.closest');
		const list = box?.querySelector('ul');
		if (!box || !list || suggestions.length === 0) continue;
		for (const key of suggestions) {
			const item = document.createElement('li');
			const link = document.createElement('a');
			link.href = `${prefix(section.lang)}${key}/`;
			link.textContent = `${prefix(section.lang).replace(/^\//, '')}${key}`;
			item.append(link);
			list.append(item);
		}
		box.hidden = false;
	}
}
