import { join } from 'node:path';
import { jsxUses, listPageFiles, pageTree } from '../content-index/index.ts';
import { docsDir, langOfPage } from '../lib/content-files.ts';
import { basePath, type Lang } from '../site.config.ts';
import { inLang, loadCharts } from './data.ts';
import { chartDownloadPath } from './export.ts';
import { chartAnchor } from './markup.ts';

export interface ChartInfo {
	id: string;
	lang: Lang;
	title: string;
	description: string;
	/** Starlight slug of the first page that shows it ("cost/trends", "id/cost/trends") */
	pageSlug: string;
	pageUrl: string;
	anchor: string;
	downloads: { 'slide-png': string; 'slide-svg': string; svg: string; png: string; csv: string };
}

/** Every chart placed on a page, per language (the slide kit's list). */
export function listCharts(): ChartInfo[] {
	const charts = loadCharts();
	const found: ChartInfo[] = [];
	for (const docsPath of listPageFiles()) {
		const lang = langOfPage(docsPath);
		for (const { values } of jsxUses(pageTree(join(docsDir, docsPath), `content/docs/${docsPath}`), ['Chart'])) {
			const chart = charts.get(String(values.id));
			if (!chart || found.some((c) => c.id === chart.id && c.lang === lang)) continue;
			const slug = docsPath.replace(/\.mdx$/, '').replace(/(^|\/)index$/, '');
			found.push({
				id: chart.id,
				lang,
				title: inLang(chart.title, lang),
				description: inLang(chart.description, lang),
				pageSlug: slug,
				pageUrl: `${basePath}/${slug ? `${slug}/` : ''}`,
				anchor: chartAnchor(chart.id),
				downloads: {
					'slide-png': chartDownloadPath(lang, chart.id, 'slide-png'),
					'slide-svg': chartDownloadPath(lang, chart.id, 'slide-svg'),
					svg: chartDownloadPath(lang, chart.id, 'svg'),
					png: chartDownloadPath(lang, chart.id, 'png'),
					csv: chartDownloadPath(lang, chart.id, 'csv'),
				},
			});
		}
	}
	return found;
}
