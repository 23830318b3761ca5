import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Writes `count` synthetic pages into a project copy: count/2 English pages under
 * content/docs/bench-synthetic/ and their Indonesian twins under content/docs/id/bench-synthetic/.
 * Each has the site's page skeleton (frontmatter, explicit section ids, lists, links to its
 * neighbours' sections) and about 700 words drawn deterministically from a fixed vocabulary, so
 * the search index grows as it would with real prose.
 */
const english =
	'cost training inference model parameters tokens GPU cluster hours price energy data centre memory bandwidth chip exports licence ' +
	'efficiency mixture experts routing attention cache precision quantisation distillation benchmark dataset labour research ' +
	'capital rent owned cloud utilisation throughput latency batch serving revenue margin enterprise deployment risk policy';
const indonesian =
	'biaya pelatihan inferensi model parameter token GPU klaster jam harga energi pusat data memori bandwidth cip ekspor lisensi ' +
	'efisiensi campuran pakar perutean atensi cache presisi kuantisasi distilasi tolok ukur dataset tenaga riset ' +
	'modal sewa milik awan utilisasi throughput latensi batch layanan pendapatan margin perusahaan penerapan risiko kebijakan';

function words(vocabulary: string, seed: number, count: number): string {
	const list = vocabulary.split(' ');
	let state = seed * 2654435761;
	const out: string[] = [];
	for (let i = 0; i < count; i++) {
		state = (state * 1103515245 + 12345) % 2147483648;
		out.push(list[state % list.length]!);
	}
	return out.join(' ');
}

function page(lang: 'en' | 'id', index: number, total: number): string {
	const vocabulary = lang === 'en' ? english : indonesian;
	const prefix = lang === 'en' ? '' : '/id';
	const next = (index + 1) % total;
	const label = lang === 'en' ? 'Synthetic page' : 'Halaman sintetis';
	const sections = ['overview', 'details', 'numbers', 'further'];
	const body = sections
		.map(
			(id, s) =>
				`## ${label} ${index} ${words(vocabulary, index * 10 + s, 3)} { #${id} }\n\n` +
				`${words(vocabulary, index * 100 + s, 90)}.\n\n` +
				`- ${words(vocabulary, index * 1000 + s, 12)}\n- ${words(vocabulary, index * 1001 + s, 12)}\n\n` +
				`${words(vocabulary, index * 10000 + s, 60)} [${label} ${next}](${prefix}/bench-synthetic/page-${String(next).padStart(4, '0')}/#${sections[(s + 1) % sections.length]}).\n`,
		)
		.join('\n');
	return `---\ntitle: ${label} ${index}\ndescription: ${words(vocabulary, index, 12)}, generated for the build benchmark.\nlastReviewed: 2026-11-28\n---\n\n${words(vocabulary, index + 7, 50)}.\n\n${body}`;
}

export function generateSyntheticPages(projectDir: string, count: number): void {
	const perLanguage = Math.max(1, Math.round(count / 2));
	for (const [lang, folder] of [
		['en', 'content/docs/bench-synthetic'],
		['id', 'content/docs/id/bench-synthetic'],
	] as const) {
		const dir = join(projectDir, folder);
		mkdirSync(dir, { recursive: true });
		for (let i = 0; i < perLanguage; i++) {
			writeFileSync(join(dir, `page-${String(i).padStart(4, '0')}.mdx`), page(lang, i, perLanguage));
		}
	}
}
