/**
 * Finding one's way: the sidebar (sidebar.ts, one entry per page, in both languages), the tracks
 * pages belong to (tracks.ts) and the kinds of page (page-kinds.ts: explainer, pointer, reference).
 */
export { repeatedTextSearchWeight, isExplainerPage, isPointerPage } from './page-kinds.ts';
export { tracks } from './tracks.ts';
