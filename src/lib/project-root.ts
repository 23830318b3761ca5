/**
 * Absolute path of the project root. Astro, npm scripts and tests all run from there; `import.meta.url`
 * is not used because pages are bundled into dist/ chunks where it no longer points into src/.
 */
export const projectRoot = process.cwd();
