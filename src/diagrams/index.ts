/**
 * Mermaid diagrams rendered at build time: ```mermaid fences → inline SVG with theme colours, plus
 * SVG/PNG downloads and the slide kit's list. See "Diagrams" in docs/authoring.md.
 *
 * - source.ts          reads a fence as authors write it (id, title, description; errors with line)
 * - render-mermaid.ts  the renderer: Mermaid in headless Chromium (the one interface to replace it)
 * - mermaid-in-page.ts its in-browser half: render, prune, check every colour is themed
 * - theme.ts           palette sentinels → CSS custom properties, light and dark (the palette
 *                      itself, the frame and PNG rendering of downloads: src/figures/)
 * - layouts.ts         the three layouts: page (as written), narrow (phones), slide (16:9)
 * - cache.ts           content/diagram-cache/: a fresh clone builds without a browser
 * - pipeline.ts        cache or render, for one diagram, in every layout
 * - markup.ts          the figure on the page
 * - catalog.ts         every diagram on the site, from the MDX sources
 * - attribution.ts     what downloads print: source line, review date, the section's short link
 * - slide-frame.ts     a diagram on a 1920×1080 slide (the shared frame in src/figures/)
 * - satteri-plugin.ts  the page side: replaces fences with figures
 * - integration.ts     the build side: checks and renders before the build, writes downloads
 */
export { mermaidDiagrams } from './satteri-plugin.ts';
export { diagrams } from './integration.ts';
export { listDiagrams, type DiagramInfo } from './catalog.ts';
export { renderedDiagram } from './pipeline.ts';
