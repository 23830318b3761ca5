import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { renderedDiagram } from './pipeline.ts';
import { DiagramAuthoringError } from './source.ts';
import { readPalettes, withPalette } from './theme.ts';
import {
	collectDiagrams,
	diagramDownloadFile,
	diagramDownloadPath,
	diagramDownloads,
	listDiagrams,
	type DiagramDownload,
	type DiagramInfo,
} from './catalog.ts';
import { closeMermaidRenderer, mermaidRenderer, standaloneFrame } from './render-mermaid.ts';
import { framedSvg, svgToPng } from '../figures/index.ts';
import { datedSourceLine, diagramAttribution } from './attribution.ts';
import { slidePng, slideSvg } from './slide-frame.ts';
import { slideKitDiagramsModule } from './slide-kit-module.ts';

/**
 * Build-time side of the diagrams (the page side is src/diagrams/satteri-plugin.ts):
 * - before the build writes anything, checks every diagram and renders the ones missing from
 *   content/diagram-cache/ (the only step that may launch Chromium), so a bad diagram fails the
 *   build with file and line and nothing half-rendered reaches dist/;
 * - writes the downloads, /diagrams/<id>.svg|.png and /id/diagrams/<id>.svg|.png;
 * - closes the browser when the build (or dev server) ends;
 * - serves the list of diagrams to the slide kit (`virtual:slide-kit/diagrams`).
 */
export function diagrams(): AstroIntegration {
	return {
		name: 'diagrams',
		hooks: {
			'astro:config:setup': ({ updateConfig }) => {
				updateConfig({ vite: { plugins: [slideKitDiagramsModule()] } });
			},
			'astro:build:start': async ({ logger }) => {
				const started = performance.now();
				const { diagrams: all, problems } = collectDiagrams();
				let rendered = 0;
				try {
					for (const diagram of all) {
						try {
							const output = await renderedDiagram(blockOf(diagram));
							if (output.renderMs === undefined) continue;
							rendered++;
							logger.info(
								`rendered ${diagram.page.file}:${diagram.page.line} "${diagram.id}" in ${output.renderMs} ms`,
							);
						} catch (error) {
							if (!(error instanceof DiagramAuthoringError)) throw error;
							problems.push(error.message);
						}
					}
				} catch (error) {
					await closeMermaidRenderer();
					throw error;
				}
				if (problems.length) {
					await closeMermaidRenderer();
					const byPlace = (p: string) => /^(.*?):(\d+):/.exec(p)?.slice(1) ?? [p, '0'];
					problems.sort((a, b) => {
						const [fileA, lineA] = byPlace(a);
						const [fileB, lineB] = byPlace(b);
						return fileA!.localeCompare(fileB!) || Number(lineA) - Number(lineB);
					});
					const error = new Error(`${problems.length} diagram problem(s):\n${problems.join('\n')}`);
					error.stack = error.message;
					throw error;
				}
				const ms = Math.round(performance.now() - started);
				logger.info(
					`${all.length} diagram(s): ${all.length - rendered} from content/diagram-cache/, ${rendered} rendered (${ms} ms)`,
				);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				try {
					const all = listDiagrams();
					for (const diagram of all) {
						const files = await downloads(diagram);
						for (const format of diagramDownloads) {
							const bytes = files[format];
							const target = join(fileURLToPath(dir), diagramDownloadFile(diagram.lang, diagram.id, format));
							mkdirSync(dirname(target), { recursive: true });
							writeFileSync(target, bytes);
						}
					}
					const ms = Math.round(performance.now() - started);
					logger.info(
						`wrote ${all.length * diagramDownloads.length} diagram download(s) in ${ms} ms; browser launches in this build: ${mermaidRenderer().launches}`,
					);
				} finally {
					await closeMermaidRenderer();
				}
			},
			'astro:server:setup': ({ server }) => {
				server.middlewares.use((req, res, next) => {
					const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
					if (!/\/diagrams\/[a-z0-9-]+\.(svg|png)$/.test(path)) return next();
					let found: { diagram: DiagramInfo; format: DiagramDownload } | undefined;
					try {
						for (const diagram of listDiagrams()) {
							const format = diagramDownloads.find((f) => diagramDownloadPath(diagram.lang, diagram.id, f) === path);
							if (format) found = { diagram, format };
						}
					} catch (error) {
						return next(error);
					}
					if (!found) return next();
					const { diagram, format } = found;
					downloads(diagram).then((files) => {
						res.setHeader('Content-Type', format.endsWith('svg') ? 'image/svg+xml' : 'image/png');
						res.end(files[format]);
					}, next);
				});
			},
			'astro:server:done': async () => {
				await closeMermaidRenderer();
			},
		},
	};
}

function blockOf(diagram: DiagramInfo) {
	return { ...diagram, file: diagram.page.file, line: diagram.page.line };
}

/**
 * The standalone files, for slides and documents, all in the light palette on an opaque background:
 * - `<id>.svg` / `<id>.png`: the page layout framed with the title, the source and date lines and the
 *   short link (src/charts/export.ts frames charts the same way); the PNG keeps Chromium's 2× rendering;
 * - `<id>-slide.svg` / `<id>-slide.png`: the slide layout on a 1920×1080 slide (slide-frame.ts) with
 *   the same lines and a QR code of the short link.
 */
async function downloads(diagram: DiagramInfo): Promise<Record<DiagramDownload, string | Buffer>> {
	const rendered = await renderedDiagram(blockOf(diagram));
	const attribution = diagramAttribution(diagram);
	const source = datedSourceLine(attribution, diagram.lang);
	const light = (svg: string) => withPalette(standaloneFrame(svg), readPalettes().light);
	const sizeOf = (svg: string) => ({
		width: Number(/^<svg\b[^>]*?\swidth="([\d.]+)"/.exec(svg)?.[1]),
		height: Number(/^<svg\b[^>]*?\sheight="([\d.]+)"/.exec(svg)?.[1]),
	});
	const image = (png: Buffer, { width, height }: { width: number; height: number }) =>
		`<image width="${width}" height="${height}" href="data:image/png;base64,${png.toString('base64')}"/>`;

	const standalone = light(rendered.svg);
	const size = sizeOf(standalone);
	const frame = (body: string) =>
		framedSvg({
			title: diagram.title,
			body,
			bodyWidth: size.width,
			bodyHeight: size.height,
			footer: [source],
			link: attribution.display,
		});

	const slideStandalone = light(rendered.slideSvg);
	const slideSize = sizeOf(slideStandalone);
	const slide = (body: string) =>
		slideSvg({
			lang: diagram.lang,
			title: diagram.title,
			body,
			width: slideSize.width,
			height: slideSize.height,
			source,
			link: { text: attribution.display, url: attribution.url },
		});
	const xml = (svg: string) => `<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`;
	return {
		svg: xml(frame(standalone)),
		png: svgToPng(frame(image(rendered.png, size))),
		'slide.svg': slide(slideStandalone),
		'slide.png': slidePng(slide(image(rendered.slidePng, slideSize))),
	};
}
