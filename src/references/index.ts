/**
 * Sources, key numbers, glossary terms and quotes: typed data in content/ (schemas.ts,
 * read-data-folder.ts, site-data.ts), and the Sätteri plugins that turn <Cite>, <Num>, <Quote> and
 * <Term> on pages into numbered citations, formatted figures and term definitions.
 */
export { changeFeedHref, changeFeedXml } from './change-feed.ts';
export { changeLog, type ChangeLogEntry } from './change-log.ts';
export { citations } from './citations.ts';
export { dataPlacement, misplacedNumbers } from './data-placement.ts';
export { dataReload } from './data-reload.ts';
export {
	changesPagePath,
	figureChanges,
	figureHistoryHref,
	figureHref,
	figuresLastChanged,
	figuresWithHistory,
	figureVersion,
	lastChanged,
	recentChange,
	recentChangeDays,
	type FigureChangeRecord,
} from './figure-history.ts';
export { glossaryTerms } from './glossary-terms.ts';
export { pagesCitingEachSource } from './citation-index.ts';
export { keyNumberRecords, keyNumbersCsv } from './key-numbers-export.ts';
export { figureSection, type FigureChange, type KeyNumber, type Locator, locIn } from './schemas.ts';
export { loadSiteData } from './site-data.ts';
export { sourceReferenceHtml } from './source-reference.ts';
