import type { Lang } from '../site.config.ts';

/**
 * The home page's hero picture: Xia "Ben" Hu's four components of AI (the ABCD page explains them),
 * marking the two that efficiency gains pressure and the two that still favour incumbents. Inline SVG
 * coloured by Starlight's theme variables, so it follows light and dark without a second image; the
 * two groups differ by fill and by a dashed outline, not by colour alone.
 */
const text = {
	en: {
		title: 'The ABCD of AI',
		description:
			'Four tiles: Algorithms and Big data, which efficiency gains such as DeepSeek’s put under pressure; Compute and Distribution, which still favour the largest players.',
		tiles: ['Algorithms', 'Big data', 'Compute', 'Distribution'],
		pressured: 'Under pressure from efficiency',
		incumbent: 'Still favour the largest players',
	},
	id: {
		title: 'ABCD dalam AI',
		description:
			'Empat petak: Algoritma dan Big Data, yang tertekan oleh peningkatan efisiensi seperti DeepSeek; Komputasi dan Distribusi, yang masih menguntungkan pemain terbesar.',
		tiles: ['Algoritma', 'Big Data', 'Komputasi', 'Distribusi'],
		pressured: 'Tertekan oleh efisiensi',
		incumbent: 'Masih menguntungkan pemain terbesar',
	},
} as const;

const letters = ['A', 'B', 'C', 'D'];

export function abcdPictureSvg(lang: Lang): string {
	const t = text[lang];
	const tiles = letters
		.map((letter, i) => {
			const x = 8 + (i % 2) * 156;
			const y = 8 + Math.floor(i / 2) * 126;
			const pressured = i < 2;
			const box = pressured
				? `<rect x="${x + 1.5}" y="${y + 1.5}" width="145" height="115" rx="13" fill="var(--sl-color-accent-low)" stroke="var(--sl-color-accent)" stroke-width="3"/>`
				: `<rect x="${x + 1.5}" y="${y + 1.5}" width="145" height="115" rx="13" fill="var(--sl-color-bg)" stroke="var(--sl-color-gray-3)" stroke-width="3" stroke-dasharray="8 6"/>`;
			const ink = 'var(--sl-color-white)';
			return `${box}<text x="${x + 74}" y="${y + 62}" fill="${ink}" font-size="48" font-weight="700" text-anchor="middle">${letter}</text><text x="${x + 74}" y="${y + 96}" fill="${ink}" font-size="17" text-anchor="middle">${t.tiles[i]}</text>`;
		})
		.join('');
	const legend =
		`<rect x="9.5" y="271.5" width="15" height="15" rx="3" fill="var(--sl-color-accent-low)" stroke="var(--sl-color-accent)" stroke-width="3"/>` +
		`<text x="34" y="284" fill="var(--sl-color-gray-2)" font-size="15">${t.pressured}</text>` +
		`<rect x="9.5" y="299.5" width="15" height="15" rx="3" fill="none" stroke="var(--sl-color-gray-3)" stroke-width="3" stroke-dasharray="4 3"/>` +
		`<text x="34" y="313" fill="var(--sl-color-gray-2)" font-size="15">${t.incumbent}</text>`;
	return (
		`<svg class="abcd-picture" viewBox="0 0 320 324" role="img" aria-labelledby="abcd-picture-title abcd-picture-desc" xmlns="http://www.w3.org/2000/svg">` +
		`<title id="abcd-picture-title">${t.title}</title><desc id="abcd-picture-desc">${t.description}</desc>` +
		`${tiles}${legend}</svg>`
	);
}
