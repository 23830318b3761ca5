import type { Lang } from '../site.config.ts';

import { bcp47, bcp47Dates } from './bcp47.ts';

const locales: Record<Lang, string> = bcp47Dates;

/** "2024-12-27" → "27 Dec 2024" / "27 Des 2024"; "2024-12" → "Dec 2024"; "2024" stays "2024". */
export function formatDate(isoDate: string, lang: Lang): string {
	const [year, month, day] = isoDate.split('-').map(Number);
	if (!month) return String(year);
	const date = new Date(Date.UTC(year!, month - 1, day ?? 1));
	const options: Intl.DateTimeFormatOptions = day
		? { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }
		: { month: 'short', year: 'numeric', timeZone: 'UTC' };
	return new Intl.DateTimeFormat(locales[lang], options).format(date);
}

/** "2024-12-27" → "December 27" / "27 Desember": the month and day of an APA reference. */
export function formatApaMonthDay(isoDate: string, lang: Lang): string {
	return new Intl.DateTimeFormat(bcp47[lang], { month: 'long', day: 'numeric', timeZone: 'UTC' }).format(
		new Date(`${isoDate}T00:00:00Z`),
	);
}
