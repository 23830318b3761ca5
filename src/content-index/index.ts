/**
 * What the pages contain, read once per file version with the build's own MDX parser: the page
 * files (page-files.ts) and their syntax trees (mdx-tree.ts). The page index (src/links/page-index.ts),
 * the citation index, the diagram catalog and the chart list all read pages through here.
 */
export { listPageFiles } from './page-files.ts';
export {
	pageTree,
	parsePageMdx,
	walk,
	jsxUses,
	codeFences,
	plainTextOf,
	type JsxUse,
	type CodeFence,
} from './mdx-tree.ts';
