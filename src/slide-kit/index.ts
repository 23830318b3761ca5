/**
 * The slide kit (/slides/): what it lists for presenters (listing.ts): pages, short links, figures
 * and where each figure is first used; the board briefing's headline figures (board-briefing.ts);
 * the figure cards the finder filters, headline figures first (figure-cards.ts).
 */
export { generalPages, slideKitGroups, firstUseOfNumbers, shortLinkFor } from './listing.ts';
export {
	boardBriefingFigures,
	boardBriefingFile,
	figureKinds,
	type FigureKind,
	type FigureRef,
} from './board-briefing.ts';
export { figureCards, headlineFirst, shortPath, type FigureCard, type ImageFigure } from './figure-cards.ts';
