import { existsSync, readdirSync } from 'node:fs';

/**
 * The sidebar follows the content brief's tracks. Each track lists its folder under content/docs/,
 * and a track with no pages yet is left out, so the sidebar only ever links to pages that exist.
 */
const docsRoot = new URL('../content/docs/', import.meta.url);

function hasPages(directory: string): boolean {
	const dir = new URL(`${directory}/`, docsRoot);
	return existsSync(dir) && readdirSync(dir, { recursive: true }).some((f) => String(f).endsWith('.mdx'));
}

const tracks = [
	{ directory: 'start', label: 'Start here', id: 'Mulai di sini' },
	{ directory: 'cost', label: 'What it costs', id: 'Berapa biayanya' },
	{ directory: 'efficiency', label: 'What brings it down', id: 'Yang menurunkan biaya' },
	{ directory: 'enterprise', label: 'For companies', id: 'Untuk perusahaan' },
	{ directory: 'landscape', label: 'Landscape', id: 'Lanskap' },
	{ directory: 'tools', label: 'Estimators', id: 'Kalkulator' },
	{ directory: 'reference', label: 'Reference', id: 'Rujukan' },
];

export const sidebar = [
	{ label: 'Home', translations: { id: 'Beranda' }, link: '/' },
	...tracks
		.filter((t) => hasPages(t.directory))
		.map((t) => ({
			label: t.label,
			translations: { id: t.id },
			items: [{ autogenerate: { directory: t.directory } }],
		})),
	{ label: 'About', translations: { id: 'Tentang' }, link: '/about/' },
];
