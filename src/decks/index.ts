/**
 * PowerPoint decks for presenters, built with the site: per language a board briefing
 * (content/decks/board-briefing.yaml) and one deck per track, each figure on a 16:9 slide with its
 * source and date, short link, QR code and speaker notes from the page; and the parts from which the
 * slide kit's deck builder puts together the reader's own selection in the browser.
 *
 * - takeaways.ts         what the page says a section's point is (speaker notes), headline numbers
 * - figures.ts           a figure resolved for its slide; figureSlideGraphic() picks the picture
 * - slides.ts            the slides, written by PptxGenJS
 * - parts.ts             a deck taken apart into shared package + per-slide parts, and zipped again
 * - client/assemble.ts   the assembly both the build and the browser run
 * - client/deck-builder.ts, client/zip.ts  the slide kit's deck builder (zip code loads on click)
 * - build.ts             every deck and part of the site
 * - integration.ts       builds once, lists decks for the slide kit, writes dist/, serves dev
 */
export { decks } from './integration.ts';
export { buildDecks, partsPath, type DeckListing } from './build.ts';
export { figureSlideGraphic } from './figures.ts';
