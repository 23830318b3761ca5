/** The part of fflate the deck builder uses, in a module of its own so the bundle keeps only that. */
export { strToU8, zipSync } from 'fflate';
