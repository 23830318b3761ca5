/**
 * What the pages contain, read once per file version with the build's own MDX parser: the page
 * files (page-files.ts), their syntax trees (mdx-tree.ts), the page catalog built from them
 * (page-index.ts: every page, its sections, diagrams, charts and figures) and the rule that every page
 * has a twin that matches (locale-twins.ts). Every feature that needs to know what pages exist (links,
 * navigation, references, i18n, diagrams, charts, og, slide kit) reads it through here.
 */
export { listPageFiles } from './page-files.ts';
export {
	pageTree,
	parsePageMdx,
	walk,
	jsxUses,
	codeFences,
	fenceId,
	plainTextOf,
	type JsxUse,
	type CodeFence,
} from './mdx-tree.ts';
export { readPage, readPages, publishedPages, findPage, type Page, type Section } from './page-index.ts';
export { twinProblems, pageProblems, catalogProblems, type KnownIds } from './locale-twins.ts';
