/**
 * The slide kit (/slides/): what it lists for presenters (listing.ts): pages, short links, figures
 * and where each figure is first used.
 */
export { generalPages, slideKitGroups, firstUseOfNumbers, shortLinkFor } from './listing.ts';
