/**
 * One Indonesian term per concept (content/i18n/terminology.yaml) on every Indonesian page, in the
 * Indonesian glossary entries, the Indonesian labels of numbers and charts, and the UI strings; and
 * bound forms written joined (PUEBI/EYD V: prapelatihan, antarnode; antar-GPU keeps its hyphen).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listPageFiles, pageTree, parsePageMdx } from '../src/content-index/index.ts';
import { docsDir } from '../src/lib/content-files.ts';
import { projectRoot } from '../src/lib/project-root.ts';
import {
	checkSpans,
	dataFileSpans,
	jsonSpans,
	loadTerminology,
	pageSpans,
	yamlFilesUnder,
	type TermHit,
} from './support/terminology.ts';

const terminology = loadTerminology();
const report = (hits: TermHit[]) => hits.map((h) => `${h.file}:${h.line}: “${h.found}”; write ${h.preferred}`);

const planted = `---
title: Contoh pra-pelatihan
description: Halaman contoh dengan istilah yang harus dihindari dan bentuk terikat berhyphen.
---

Model pra-latih dan model yang dipra-latih memakai komunikasi antar-node.

Harga 1 juta token dari cache KV dihitung per byte <Cite id="x" loc="§2; aslinya: “pre-training”" />.

Ini benchmark pada chip baru, dengan hadiah dan balik modal.
`;

const correct = `---
title: Contoh prapelatihan
description: Istilah yang benar, glos bahasa Inggris, nama diri, dan kutipan.
---

Prapelatihan, pascapelatihan, antarnode, nonpenalaran, subtugas; antar-GPU, non-MoE, pra-2025, multi-GPU.

Tolok ukur (*benchmark*), cip (*chip*), bita (*byte*), dan FLOP (*model FLOPs utilization*) <Cite id="x" loc="§2; teks asli: “pre-training benchmark”" />.

Judul “Chips and benchmark data” dan kode \`pra-pelatihan\` tidak diperiksa; Mixture of Experts (MoE) memakai KV cache.

\`\`\`mdx
pra-pelatihan di dalam contoh kode
\`\`\`
`;

test('a planted page: each avoided variant and hyphenated bound form, with its line', () => {
	const hits = checkSpans(pageSpans(parsePageMdx(planted, 'planted.mdx')), 'planted.mdx', terminology);
	assert.deepEqual(
		hits.map((h) => `${h.line} ${h.found}`).sort(),
		[
			'2 pra-pelatihan',
			'6 antar-node',
			'6 dipra-latih',
			'6 pra-latih',
			'8 aslinya:',
			'8 byte',
			'8 cache KV',
			'10 balik modal',
			'10 benchmark',
			'10 chip',
			'10 hadiah',
		].sort(),
	);
});

test('correct Indonesian, English glosses in italics, capitals after the hyphen, quotations and code pass', () => {
	assert.deepEqual(report(checkSpans(pageSpans(parsePageMdx(correct, 'correct.mdx')), 'correct.mdx', terminology)), []);
});

test('data files: only the Indonesian side of { en, id } is read, not a chart series id', () => {
	const yaml = `x:\n  measures:\n    en: pre-training tokens\n    id: token pra-pelatihan\n  series:\n    - id: non-reasoning\n      label: { en: byte, id: bita }\n`;
	assert.deepEqual(
		checkSpans(dataFileSpans(yaml), 'x.yaml', terminology).map((h) => `${h.line} ${h.found}`),
		['4 pra-pelatihan'],
	);
	assert.deepEqual(
		checkSpans(jsonSpans('{\n\t"a": "Presisi cache KV",\n\t"b": "KV cache"\n}'), 'id.json', terminology).map(
			(h) => h.line,
		),
		[2],
	);
});

test('Indonesian pages use the terminology', () => {
	const hits = listPageFiles()
		.filter((f) => f.startsWith('id/'))
		.flatMap((f) => {
			const rel = `content/docs/${f}`;
			return checkSpans(pageSpans(pageTree(join(docsDir, f), rel)), rel, terminology);
		});
	assert.deepEqual(report(hits), []);
});

test('Indonesian glossary entries, number and chart labels use the terminology', () => {
	const files = ['content/glossary', 'content/numbers', 'content/charts'].flatMap((d) => yamlFilesUnder(d));
	const hits = files.flatMap((f) =>
		checkSpans(dataFileSpans(readFileSync(join(projectRoot, f), 'utf8')), f, terminology),
	);
	assert.deepEqual(report(hits), []);
});

test('Indonesian UI strings use the terminology', () => {
	const file = 'content/i18n/id.json';
	assert.deepEqual(report(checkSpans(jsonSpans(readFileSync(join(projectRoot, file), 'utf8')), file, terminology)), []);
});
