import { join } from 'node:path';
import { z } from 'astro/zod';
import { readYamlMap, validateYamlEntry } from '../lib/yaml-data.ts';
import { projectRoot } from '../lib/project-root.ts';

export const figureKinds = ['chart', 'diagram', 'number'] as const;
export type FigureKind = (typeof figureKinds)[number];

export interface FigureRef {
	kind: FigureKind;
	id: string;
}

export const boardBriefingFile = 'content/decks/board-briefing.yaml';

const entrySchema = z.strictObject({ kind: z.enum(figureKinds) });

/**
 * The headline figures of a board talk, in talk order (content/decks/board-briefing.yaml). Only
 * the shape is checked here; whoever resolves the ids (slide kit, decks) reports an unknown one.
 */
export function boardBriefingFigures(root = projectRoot): FigureRef[] {
	const yaml = readYamlMap(join(root, boardBriefingFile), boardBriefingFile);
	return yaml.entries.map((entry) => ({
		id: entry.key,
		kind: validateYamlEntry(entrySchema, entry, yaml, `board-briefing figure "${entry.key}"`).kind,
	}));
}
