import { paletteRoles, readPalettes, type Palette, type PaletteRole } from '../figures/index.ts';

export {
	diagramCssFile,
	paletteRoles,
	readPalettes,
	type Palette,
	type PaletteRole,
	type Theme,
} from '../figures/index.ts';

/**
 * Diagram colours. Mermaid renders with one placeholder ("sentinel") colour per role; the build then
 * swaps each sentinel for `var(--diagram-<role>)`, defined for both themes in src/styles/diagrams.css,
 * so a single inline SVG follows Starlight's light/dark switch. Downloads use the light palette.
 */

/** Sentinels share the prefix #0d1e (an unlikely near-black) and differ in the last byte. */
const sentinelRed = 0x0d;
const sentinelGreen = 0x1e;

export function sentinelOf(role: PaletteRole): string {
	const blue = paletteRoles.indexOf(role) + 1;
	return `#0d1e${blue.toString(16).padStart(2, '0')}`;
}

function roleOfBlue(blue: number): PaletteRole | undefined {
	return paletteRoles[blue - 1];
}

/** Every sentinel as the rgb() string a browser's computed style reports. */
export const sentinelRgb: string[] = paletteRoles.map((_, i) => `rgb(${sentinelRed}, ${sentinelGreen}, ${i + 1})`);

const series = ['series-1', 'series-2', 'series-3', 'series-4', 'series-5', 'series-6'] as const;

/** Which role each Mermaid theme variable takes (theme "base", light mode: nothing is derived). */
const themeVariableRoles: Record<string, PaletteRole> = {
	background: 'bg',
	primaryColor: 'node',
	mainBkg: 'node',
	nodeBkg: 'node',
	actorBkg: 'node',
	labelBoxBkgColor: 'node',
	stateBkg: 'node',
	compositeTitleBackground: 'node',
	personBkg: 'node',
	requirementBackground: 'node',
	secondaryColor: 'node-alt',
	activationBkgColor: 'node-alt',
	tertiaryColor: 'cluster',
	clusterBkg: 'cluster',
	compositeBackground: 'cluster',
	altBackground: 'cluster',
	errorBkgColor: 'cluster',
	primaryBorderColor: 'node-border',
	secondaryBorderColor: 'node-border',
	nodeBorder: 'node-border',
	actorBorder: 'node-border',
	labelBoxBorderColor: 'node-border',
	activationBorderColor: 'node-border',
	compositeBorder: 'node-border',
	personBorder: 'node-border',
	requirementBorderColor: 'node-border',
	tertiaryBorderColor: 'cluster-border',
	clusterBorder: 'cluster-border',
	border2: 'cluster-border',
	flowContainerStroke: 'cluster-border',
	primaryTextColor: 'text',
	secondaryTextColor: 'text',
	tertiaryTextColor: 'text',
	textColor: 'text',
	nodeTextColor: 'text',
	titleColor: 'text',
	actorTextColor: 'text',
	signalTextColor: 'text',
	labelTextColor: 'text',
	loopTextColor: 'text',
	noteTextColor: 'text',
	transitionLabelColor: 'text',
	stateLabelColor: 'text',
	classText: 'text',
	errorTextColor: 'text',
	requirementTextColor: 'text',
	relationLabelColor: 'text',
	pieTitleTextColor: 'text',
	pieLegendTextColor: 'text',
	pieSectionTextColor: 'series-text',
	pieStrokeColor: 'bg',
	pieOuterStrokeColor: 'line',
	lineColor: 'line',
	arrowheadColor: 'line',
	defaultLinkColor: 'line',
	signalColor: 'line',
	actorLineColor: 'line',
	transitionColor: 'line',
	specialStateColor: 'line',
	innerEndBackground: 'line',
	relationColor: 'line',
	sequenceNumberColor: 'bg',
	edgeLabelBackground: 'label-bg',
	labelBackgroundColor: 'label-bg',
	relationLabelBackground: 'label-bg',
	noteBkgColor: 'note',
	noteBorderColor: 'note-border',
};

/** Font stack used to measure labels at render time and to draw them on the page. */
export const diagramFontFamily = 'ui-sans-serif, system-ui, sans-serif';

/** The Mermaid configuration every diagram is rendered with. Part of the cache key. */
export function mermaidConfig(): Record<string, unknown> {
	const themeVariables: Record<string, unknown> = {
		darkMode: false,
		fontFamily: diagramFontFamily,
		fontSize: '16px',
		pieOpacity: '1',
		pieStrokeWidth: '2px',
		pieOuterStrokeWidth: '1px',
		xyChart: {
			backgroundColor: sentinelOf('bg'),
			titleColor: sentinelOf('text'),
			dataLabelColor: sentinelOf('text'),
			legendTextColor: sentinelOf('text'),
			xAxisTitleColor: sentinelOf('text'),
			xAxisLabelColor: sentinelOf('text'),
			xAxisTickColor: sentinelOf('line'),
			xAxisLineColor: sentinelOf('line'),
			yAxisTitleColor: sentinelOf('text'),
			yAxisLabelColor: sentinelOf('text'),
			yAxisTickColor: sentinelOf('line'),
			yAxisLineColor: sentinelOf('line'),
			plotColorPalette: series.map(sentinelOf).join(','),
		},
	};
	for (const [variable, role] of Object.entries(themeVariableRoles)) themeVariables[variable] = sentinelOf(role);
	for (let i = 1; i <= 12; i++) themeVariables[`pie${i}`] = sentinelOf(series[(i - 1) % series.length]!);
	return {
		// Mermaid draws edge-label backgrounds half transparent, so an edge shows through its label
		themeCSS: `${timelineCss()}.edgeLabel rect{opacity:1}`,
		startOnLoad: false,
		securityLevel: 'strict',
		theme: 'base',
		look: 'classic',
		htmlLabels: false,
		fontFamily: diagramFontFamily,
		deterministicIds: true,
		themeVariables,
	};
}

/**
 * Timelines colour each section from Mermaid's cScale ramp, which the base theme always darkens
 * (so no sentinel colour survives); these rules, appended after Mermaid's own, paint periods as nodes and
 * events as secondary nodes instead.
 */
function timelineCss(): string {
	const c = sentinelOf;
	return [
		`.timeline-node path,.timeline-node rect,.timeline-node circle{fill:${c('node')};stroke:${c('node-border')};stroke-width:1px}`,
		`.eventWrapper .timeline-node path,.eventWrapper .timeline-node rect{fill:${c('node-alt')}}`,
		`.timeline-node text,.timeline-node tspan{fill:${c('text')}}`,
		`.timeline-node line,.lineWrapper line{stroke:${c('line')}}`,
		`.eventWrapper{filter:none}`,
	].join('');
}

const sentinelPattern = /#0d1e([0-9a-f]{2})\b|rgba?\(\s*13,\s*30,\s*(\d+)\s*(?:,\s*([\d.]+)\s*)?\)/gi;

/**
 * Rewrites every sentinel colour with `colour(role, alpha)`. Throws on a sentinel that maps to no
 * role (a renderer bug, not an author error).
 */
function replaceSentinels(svg: string, colour: (role: PaletteRole, alpha: number) => string): string {
	return svg.replace(sentinelPattern, (match, hexBlue?: string, rgbBlue?: string, alpha?: string) => {
		const role = roleOfBlue(hexBlue ? parseInt(hexBlue, 16) : Number(rgbBlue));
		if (!role) throw new Error(`Diagram SVG holds an unknown palette sentinel colour ${match}.`);
		return colour(role, alpha === undefined ? 1 : Number(alpha));
	});
}

/** The inline form: colours are CSS custom properties, so the page's theme applies. */
export function withThemeVariables(svg: string): string {
	return replaceSentinels(svg, (role, alpha) =>
		alpha === 1
			? `var(--diagram-${role})`
			: `color-mix(in srgb, var(--diagram-${role}) ${round(alpha * 100)}%, transparent)`,
	);
}

/** The standalone form (downloads, PNG): fixed colours from one palette. */
export function withPalette(svg: string, palette: Palette): string {
	return replaceSentinels(svg, (role, alpha) => {
		const hex = palette[role];
		if (alpha === 1) return hex;
		const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
		return `rgba(${r}, ${g}, ${b}, ${alpha})`;
	});
}

function round(n: number): number {
	return Math.round(n * 100) / 100;
}

/** What, besides the source and Mermaid's version, decides a diagram's rendered bytes. */
export function themeFingerprint(): string {
	return JSON.stringify({ mermaid: mermaidConfig(), light: readPalettes().light });
}
