/**
 * The three layouts every diagram is drawn in (all rendered by Mermaid, none scaled from another):
 * - page:   as the author wrote it, for the page at desktop width and the 2× download;
 * - narrow: compact spacing and narrow labels, for phones (the page shows it below the width the
 *           page layout needs: markup.ts);
 * - slide:  for a 1920×1080 slide, the candidate that draws largest in the slide's graphic area.
 * Only flowcharts are re-flowed; other diagram types keep the author's layout in all three.
 */

export interface FlowchartLayout {
	/** Mermaid's flowchart.wrappingWidth; the renderer widens it to the widest word, so no word is cut. */
	wrappingWidth: number;
	/** Mermaid 12 widens every node to at least this (default 120) */
	minNodeWidth: number;
	nodeSpacing: number;
	rankSpacing: number;
	padding: number;
}

export type Direction = 'TB' | 'LR';

export interface LayoutCandidate {
	/** undefined: the author's direction */
	direction?: Direction;
	/** Draw decisions as hexagons (withHexagonDecisions) */
	hexagons?: boolean;
	flowchart: FlowchartLayout;
}

export const pageLayout: LayoutCandidate = {
	flowchart: { wrappingWidth: 120, minNodeWidth: 120, nodeSpacing: 50, rankSpacing: 50, padding: 15 },
};

/** Narrow labels and tight spacing; the direction that gives the narrower drawing wins (TB on a tie). */
const narrowFlowchart: FlowchartLayout = {
	wrappingWidth: 80,
	minNodeWidth: 40,
	nodeSpacing: 12,
	rankSpacing: 28,
	padding: 6,
};
export const narrowCandidates: LayoutCandidate[] = [
	{ direction: 'TB', hexagons: true, flowchart: narrowFlowchart },
	{ direction: 'LR', hexagons: true, flowchart: narrowFlowchart },
];

/** A narrow drawing at most this wide fits a 360 px phone with labels at 12 px or more (markup.ts). */
export const phoneFitWidth = 400;

export const slideCandidates: LayoutCandidate[] = [
	{
		direction: 'LR',
		hexagons: true,
		flowchart: { wrappingWidth: 100, minNodeWidth: 60, nodeSpacing: 20, rankSpacing: 30, padding: 10 },
	},
	{
		direction: 'LR',
		flowchart: { wrappingWidth: 100, minNodeWidth: 60, nodeSpacing: 24, rankSpacing: 36, padding: 10 },
	},
	{
		direction: 'LR',
		flowchart: { wrappingWidth: 170, minNodeWidth: 80, nodeSpacing: 36, rankSpacing: 56, padding: 15 },
	},
	{
		direction: 'LR',
		flowchart: { wrappingWidth: 260, minNodeWidth: 80, nodeSpacing: 36, rankSpacing: 56, padding: 15 },
	},
	{
		direction: 'TB',
		flowchart: { wrappingWidth: 260, minNodeWidth: 80, nodeSpacing: 40, rankSpacing: 40, padding: 15 },
	},
	{
		direction: 'TB',
		flowchart: { wrappingWidth: 380, minNodeWidth: 80, nodeSpacing: 40, rankSpacing: 36, padding: 15 },
	},
];

const header = /^(\s*(?:flowchart|graph))[ \t]+(TB|TD|BT|LR|RL)\b/m;

export function isFlowchart(source: string): boolean {
	return header.test(source.replace(/^\s*(?:%%.*\n\s*)*/, ''));
}

/**
 * The source with its flowchart direction changed. With `subgraphs` set, subgraphs that set their own
 * direction get that one too (a side-by-side pair inside a subgraph stacks on a phone).
 */
export function withDirection(source: string, direction: Direction | undefined, subgraphs = false): string {
	if (!direction || !isFlowchart(source)) return source;
	const turned = source.replace(header, `$1 ${direction}`);
	return subgraphs ? turned.replace(/^(\s*direction)[ \t]+(TB|TD|BT|LR|RL)\b/gm, `$1 ${direction}`) : turned;
}

/**
 * Decisions drawn as hexagons instead of diamonds: a diamond is as wide as its label's width plus
 * its height, a hexagon little more than its label, which is what lets a decision path fit a phone.
 */
export function withHexagonDecisions(source: string): string {
	if (!isFlowchart(source)) return source;
	return source.replace(/(^|[\s>&])([A-Za-z0-9_]+)\{(?!\{)([^{}\n]+)\}(?!\})/gm, '$1$2{{$3}}');
}

/** The candidates worth rendering for a source: one (the author's) unless it is a flowchart. */
export function candidatesFor(source: string, candidates: LayoutCandidate[]): LayoutCandidate[] {
	return isFlowchart(source) ? candidates : [{ flowchart: pageLayout.flowchart }];
}
