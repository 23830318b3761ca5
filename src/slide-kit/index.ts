/**
 * The slide kit (/slides/): what it lists for presenters (listing.ts): pages, short links, figures
 * and the section that explains each key number; the board briefing's headline figures
 * (board-briefing.ts); the figure cards the finder filters, headline figures first (figure-cards.ts).
 */
export { generalPages, slideKitGroups, explainingSections, shortLinkFor, citationLine } from './listing.ts';
export {
	boardBriefingFigures,
	boardBriefingFile,
	figureKinds,
	type FigureKind,
	type FigureRef,
} from './board-briefing.ts';
export { figureCards, headlineFirst, shortPath, type FigureCard, type ImageFigure } from './figure-cards.ts';
