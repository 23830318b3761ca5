/**
 * Every explainer page keeps the shape the content brief promises readers and presenters: a direct
 * answer, key takeaways, the brief's section ids, further reading, citations, and an Indonesian twin
 * that says as much.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { publishedPages, type Page } from '../src/content-index/page-index.ts';
import { projectRoot } from '../src/lib/project-root.ts';
import { proseWordCount } from '../src/lib/prose-words.ts';
import { briefSectionIds } from './support/brief-sections.ts';

const explainerTracks = new Set(['start', 'cost', 'efficiency', 'enterprise', 'landscape']);
/** Words that mark a section written to be filled in later, in either language. */
const placeholderWords = /\b(coming soon|segera hadir|lorem ipsum|placeholder|under construction)\b/i;
const placeholderMarks = /\b(TODO|TBD|FIXME)\b/;

/** `## Heading { #id }` sections that say nothing yet: empty, or holding a placeholder phrase. */
const placeholderSections = (mdx: string) =>
	mdx
		.split(/\n(?=## )/)
		.filter((section) => section.startsWith('## '))
		.map((section) => ({
			id: /\{\s*#([\w-]+)\s*\}/.exec(section.split('\n')[0]!)?.[1] ?? section.split('\n')[0]!,
			rest: section.split('\n').slice(1).join('\n').trim(),
		}))
		.filter(({ rest }) => rest === '' || placeholderWords.test(rest) || placeholderMarks.test(rest))
		.map(({ id }) => id);

/** The `## … { #estimator }` section renders one of the estimator components. */
const hasEstimatorComponent = (mdx: string) => {
	const section = mdx.slice(mdx.indexOf('{ #estimator }')).split(/\n## /)[0]!;
	return /<(TrainingCost|ModelMemory|BuildOrBuy)Estimator\s*\/>/.test(section);
};

const pages = publishedPages();
const explainers = pages.filter((p) => p.lang === 'en' && explainerTracks.has(p.track));
const body = (page: Page) => readFileSync(join(projectRoot, page.file), 'utf8').replace(/^---[\s\S]*?\n---\n/, '');
const twin = (page: Page) => pages.find((p) => p.lang === 'id' && p.path === page.path);
const proseWords = proseWordCount;

test('there are explainer pages to check', () => {
	assert.ok(explainers.length > 0, 'no pages under content/docs/{start,cost,…}');
});

for (const page of explainers) {
	test(`${page.file}: direct answer, key takeaways, the brief's sections, further reading`, () => {
		const ids = page.sections.map((s) => s.id);
		const required = ['key-takeaways', ...(briefSectionIds[page.path] ?? []), 'further-reading'];
		const missing = required.filter((id) => !ids.includes(id));
		assert.deepEqual(missing, [], `missing sections (## Heading { #id })`);
		assert.equal(ids[0], 'key-takeaways', 'the page opens with its answer, then Key takeaways');
		const text = body(page);
		for (const [file, mdx] of [
			[page.file, text],
			[twin(page)?.file, twin(page) ? body(twin(page)!) : ''],
		] as const) {
			assert.deepEqual(placeholderSections(mdx), [], `${file}: sections with nothing in them but a placeholder`);
		}
		if (ids.includes('estimator')) {
			assert.ok(hasEstimatorComponent(text), 'the estimator section holds an estimator component');
		}

		const opening = text
			.slice(0, text.indexOf('{ #key-takeaways }'))
			.replace(/^import .*$/gm, '')
			.replace(/^##.*$/m, '');
		const sentences = opening.split(/(?<=[.!?])\s+(?=[A-Z“"])/).filter((s) => /\w/.test(s));
		assert.ok(sentences.length >= 2, `the opening answers in 2–4 sentences (found ${sentences.length})`);

		const takeaways = text.slice(text.indexOf('{ #key-takeaways }')).split(/\n## /)[0]!;
		const bullets = takeaways.split('\n').filter((l) => /^\s*[-*] /.test(l)).length;
		assert.ok(bullets >= 3 && bullets <= 5, `Key takeaways has 3–5 bullets (found ${bullets})`);
		assert.match(text, /<(Cite|Num) id=/, 'at least one citation');
	});

	// That the twin exists with the same sections, diagrams, charts and figures is a build rule
	// (src/content-index/locale-twins.ts); this checks that it says as much.
	test(`${page.file}: the Indonesian twin says as much`, (t) => {
		const id = twin(page);
		assert.ok(id, `no Indonesian twin at content/docs/id${page.path.replace(/\/$/, '')}.mdx`);
		const en = proseWords(body(page));
		const idWords = proseWords(body(id));
		t.diagnostic(`words: en ${en}, id ${idWords}`);
		assert.ok(en >= 1000, `${en} words: an explainer runs 1,200–2,500 words`);
		assert.ok(idWords >= en * 0.7, `the Indonesian page (${idWords} words) says much less than the English (${en})`);
	});
}
