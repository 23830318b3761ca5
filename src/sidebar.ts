import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { tracks, trackHasPages } from './tracks.ts';
import { projectRoot } from './lib/project-root.ts';

const pageExists = (file: string) => existsSync(join(projectRoot, 'content/docs', file));

/**
 * The sidebar follows the content brief's tracks (src/tracks.ts). A track with no pages yet is left
 * out, so the sidebar only ever links to pages that exist.
 */
export const sidebar = [
	{ label: 'Home', translations: { id: 'Beranda' }, link: '/' },
	...tracks.filter(trackHasPages).map((t) => ({
		label: t.label.en,
		translations: { id: t.label.id },
		items: [{ autogenerate: { directory: t.directory } }],
	})),
	...(pageExists('slides.mdx') ? [{ label: 'Slide kit', translations: { id: 'Kit slide' }, link: '/slides/' }] : []),
	{ label: 'About', translations: { id: 'Tentang' }, link: '/about/' },
];
