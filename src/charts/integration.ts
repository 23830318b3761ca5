import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { langs } from '../lib/locale.ts';
import { loadCharts } from './data.ts';
import { chartDownloadFile, chartDownloads, plotFile, type Download } from './export.ts';
import { listCharts } from './pages.ts';
import type { Variant } from './render.ts';

const variants: Variant[] = ['wide', 'narrow'];
const virtualId = 'virtual:slide-kit/charts';

/** Every file a chart needs in dist/: the two theme-following drawings and the downloads (SVG, PNG, CSV, slide PNG and SVG), per language. */
export function chartFiles(): Map<string, string | Buffer> {
	const files = new Map<string, string | Buffer>();
	for (const chart of loadCharts().values()) {
		for (const lang of langs) {
			for (const variant of variants) {
				const { file, svg } = plotFile(chart, lang, variant);
				files.set(file, svg);
			}
			const downloads = chartDownloads(chart, lang);
			for (const format of Object.keys(downloads) as Download[]) {
				files.set(chartDownloadFile(lang, chart.id, format), downloads[format]);
			}
		}
	}
	return files;
}

/**
 * Build-time side of the charts (the page side is src/charts/plugin.ts): validates every chart
 * before anything is written (a bad chart fails the build with file and line), writes the chart
 * files to dist/, serves them in `astro dev`, and gives the slide kit its list.
 */
export function charts(): AstroIntegration {
	return {
		name: 'charts',
		hooks: {
			'astro:config:setup': ({ updateConfig }) => {
				updateConfig({
					vite: {
						plugins: [
							{
								name: 'slide-kit-charts',
								resolveId: (source: string) => (source === virtualId ? `\0${virtualId}` : undefined),
								load: (resolved: string) =>
									resolved === `\0${virtualId}` ? `export default ${JSON.stringify(listCharts())};` : undefined,
							},
						],
					},
				});
			},
			'astro:build:start': ({ logger }) => {
				const started = performance.now();
				const all = loadCharts();
				logger.info(`${all.size} chart(s) valid (${Math.round(performance.now() - started)} ms)`);
			},
			'astro:build:done': ({ dir, logger }) => {
				const started = performance.now();
				const files = chartFiles();
				for (const [file, bytes] of files) {
					const target = join(fileURLToPath(dir), file);
					mkdirSync(dirname(target), { recursive: true });
					writeFileSync(target, bytes);
				}
				logger.info(`wrote ${files.size} chart file(s) in ${Math.round(performance.now() - started)} ms`);
			},
			'astro:server:setup': ({ server }) => {
				server.middlewares.use((req, res, next) => {
					const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
					const match = /\/((?:id\/)?charts\/[a-z0-9/-]+\.(svg|png|csv))$/.exec(path);
					if (!match) return next();
					let bytes: string | Buffer | undefined;
					try {
						bytes = chartFiles().get(match[1]!);
					} catch (error) {
						return next(error);
					}
					if (bytes === undefined) return next();
					const type = { svg: 'image/svg+xml', png: 'image/png', csv: 'text/csv; charset=utf-8' }[
						match[2] as 'svg' | 'png' | 'csv'
					];
					res.setHeader('Content-Type', type);
					res.end(bytes);
				});
			},
		},
	};
}
