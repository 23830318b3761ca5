declare module 'virtual:decks/list' {
	/** Every deck of the site (both languages), from buildDecks() in src/decks/build.ts. */
	const decks: import('./build.ts').DeckListing[];
	export default decks;
}
