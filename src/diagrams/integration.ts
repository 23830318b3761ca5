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
	listDiagrams,
	type DiagramInfo,
} from './catalog.ts';
import { closeMermaidRenderer, mermaidRenderer, standaloneFrame } from './render-mermaid.ts';
import { framedSvg, svgToPng } from '../figures/index.ts';
import { readShortLinks } from '../links/index.ts';
import { absoluteUrl, displayUrl, shortLinkHref } from '../lib/site-urls.ts';
import { basePath } from '../site.config.ts';
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
						for (const [format, bytes] of Object.entries(files)) {
							const target = join(
								fileURLToPath(dir),
								diagramDownloadFile(diagram.lang, diagram.id, format as 'svg' | 'png'),
							);
							mkdirSync(dirname(target), { recursive: true });
							writeFileSync(target, bytes);
						}
					}
					const ms = Math.round(performance.now() - started);
					logger.info(
						`wrote ${all.length * 2} diagram download(s) in ${ms} ms; browser launches in this build: ${mermaidRenderer().launches}`,
					);
				} finally {
					await closeMermaidRenderer();
				}
			},
			'astro:server:setup': ({ server }) => {
				server.middlewares.use((req, res, next) => {
					const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
					const match = /\/diagrams\/([a-z0-9-]+)\.(svg|png)$/.exec(path);
					if (!match) return next();
					let diagram: DiagramInfo | undefined;
					try {
						diagram = listDiagrams().find((d) => diagramDownloadPath(d.lang, d.id, match[2] as 'svg' | 'png') === path);
					} catch (error) {
						return next(error);
					}
					if (!diagram) return next();
					downloads(diagram).then((files) => {
						res.setHeader('Content-Type', match[2] === 'svg' ? 'image/svg+xml' : 'image/png');
						res.end(match[2] === 'svg' ? files.svg : files.png);
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
 * The standalone files, for slides and documents: light palette, opaque background, and the
 * diagram's title and the site's short link drawn into the image (src/charts/export.ts frames
 * charts the same way). The PNG keeps Chromium's 2× rendering of the diagram and adds the frame.
 */
async function downloads(diagram: DiagramInfo): Promise<{ svg: string; png: Buffer }> {
	const { svg, png } = await renderedDiagram(blockOf(diagram));
	const standalone = withPalette(standaloneFrame(svg), readPalettes().light);
	// the rendered size Mermaid gave the diagram (the cached PNG is twice this)
	const width = Number(/^<svg\b[^>]*?\swidth="([\d.]+)"/.exec(standalone)?.[1]);
	const height = Number(/^<svg\b[^>]*?\sheight="([\d.]+)"/.exec(standalone)?.[1]);
	const frame = (body: string) =>
		framedSvg({
			title: diagram.title,
			body,
			bodyWidth: width,
			bodyHeight: height,
			footer: [],
			link: diagramLink(diagram),
		});
	const framedPng = svgToPng(
		frame(`<image width="${width}" height="${height}" href="data:image/png;base64,${png.toString('base64')}"/>`),
	);
	return { svg: `<?xml version="1.0" encoding="UTF-8"?>\n${frame(standalone)}\n`, png: framedPng };
}

/** The short link printed under a diagram: its page's key in content/shortlinks.yaml, else the page's address. */
function diagramLink(diagram: DiagramInfo): string {
	const path = diagram.page.url.slice(basePath.length).replace(/^\/id(?=\/)/, '');
	const links = readShortLinks().filter((l) => l.page === path);
	const link = links.find((l) => !l.section) ?? links[0];
	return displayUrl(
		absoluteUrl(link ? shortLinkHref(link.key, diagram.lang) : `${diagram.page.url}#${diagram.anchor}`),
	);
}
