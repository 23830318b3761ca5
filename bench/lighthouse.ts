import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions, findChromium } from '../src/lib/chromium.ts';
import { urlPathOf } from '../scripts/lib/built-site.ts';

/** Lighthouse mobile (default throttling) on built pages, in a Chromium it can reach by its debugging port. */

export const lighthouseCategories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

export interface LighthouseScore {
	type: string;
	file: string;
	scores: Record<string, number>;
	/** audits in the four categories that score below 1, with their values */
	issues: string[];
	benchmarkIndex: number;
}

export async function lighthouseMobile(
	siteUrl: string,
	pages: { type: string; file: string }[],
	log: (message: string) => void,
): Promise<LighthouseScore[]> {
	const port = 9300 + Math.floor(Math.random() * 500);
	const launch = chromiumLaunchOptions(findChromium()!);
	const browser = await chromium.launch({
		...launch,
		args: [...(launch.args ?? []), `--remote-debugging-port=${port}`],
	});
	const results: LighthouseScore[] = [];
	try {
		for (const { type, file } of pages) {
			log(`lighthouse: ${type} (${file})`);
			const result = await lighthouse(`${siteUrl}${urlPathOf(file)}`, {
				port,
				output: 'json',
				logLevel: 'error',
				onlyCategories: [...lighthouseCategories],
			});
			const lhr = result?.lhr;
			if (!lhr) continue;
			const scores = Object.fromEntries(
				lighthouseCategories.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]),
			);
			const issues = Object.values(lhr.audits)
				.filter(
					(a) =>
						a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual',
				)
				.filter((a) =>
					lighthouseCategories.some((c) => lhr.categories[c]?.auditRefs.some((r) => r.id === a.id && r.weight > 0)),
				)
				.map((a) => `${a.id}${a.displayValue ? ` (${a.displayValue})` : ''}`);
			results.push({ type, file, scores, issues, benchmarkIndex: lhr.environment.benchmarkIndex });
		}
	} finally {
		await browser.close();
	}
	return results;
}
