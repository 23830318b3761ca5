/**
 * The seed article's speakers (Hu, Cox, Sattigeri: the speakers of content/quotes/seed-article.yaml)
 * are quoted only through `<Quote id>`, in both languages: prose that puts their words in quotation
 * marks retypes a quotation, and retyped quotations drift (back-translations from the Indonesian,
 * two renderings of one sentence). A paraphrase without quotation marks is fine ("Hu predicts…").
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { listPageFiles, pageTree, parsePageMdx } from '../src/content-index/index.ts';
import { docsDir } from '../src/lib/content-files.ts';
import { seedSpeakers, speakerQuotes } from './support/speaker-quotes.ts';

const speakers = seedSpeakers();

test('the speakers come from the quotes file', () => {
	assert.deepEqual(
		speakers.map((s) => s.surname),
		['Hu', 'Cox', 'Sattigeri'],
	);
});

const planted = `---
title: Example
description: A page with a retyped quotation of the seed article and quotations done right.
---

Cox draws the line: “It's not that everyone with USD 5 million can build a top model overnight” <Cite id="seed-article" />.

The article gives Cox the argument. “Secrets don't stay secret forever in this field,” he says.

- Hu points out that "DeepSeek has the backing of big venture capital".

Menurutnya begitu. Hu berkata bahwa, “komputasi dan distribusi tetap menjadi keunggulan”.

| Who | Said |
| --- | --- |
| Sattigeri says “a shift toward synthetic data” | |

Hu expects that companies “are starting to consider” their own models.
`;

const correct = `---
title: Example
description: Quotations done right, paraphrases, a nickname and other people's words near a speaker.
---

Rice University's Xia “Ben” Hu puts it this way: <Quote id="hu-traditional-industries" /> Xia "Ben" Hu agrees.

Cox, quoted in the same article, says that <Quote id="cox-moe-puzzle" /> Hu predicts that costs will fall <Cite id="seed-article" />.

DeepSeek credits the “co-design of algorithms, frameworks, and hardware” <Cite id="deepseek-v3" />. That is why Cox adds: <Quote id="cox-infrastructure-talent" />

Hu et al. call it “low-rank adaptation”, and Epoch AI finds a lag “of about one year”.

“Tens of thousands” is Hu's characterisation, in his “ABCD” terms.

\`\`\`mdx
Cox says “not in a code sample”.
\`\`\`
`;

test('a planted retyped quotation is found, with its line, in every form', () => {
	const hits = speakerQuotes(parsePageMdx(planted, 'planted.mdx'), speakers, 'en');
	assert.deepEqual(
		hits.map((h) => [h.line, h.speaker]),
		[
			[6, 'Cox'],
			[8, 'Cox'],
			[10, 'Xia “Ben” Hu'],
			[12, 'Xia “Ben” Hu'],
			[16, 'Sattigeri'],
			[18, 'Xia “Ben” Hu'],
		],
	);
});

test('<Quote>, paraphrases, nicknames and other people’s quoted words are not flagged', () => {
	assert.deepEqual(speakerQuotes(parsePageMdx(correct, 'correct.mdx'), speakers, 'en'), []);
});

test('no page puts a speaker of the seed article in quotation marks outside <Quote> (either language)', () => {
	const problems: string[] = [];
	for (const file of listPageFiles()) {
		const rel = `content/docs/${file}`;
		for (const hit of speakerQuotes(
			pageTree(join(docsDir, file), rel),
			speakers,
			file.startsWith('id/') ? 'id' : 'en',
		)) {
			problems.push(
				`${rel}:${hit.line}: “${hit.quoted}” is attributed to ${hit.speaker}; use <Quote id="…" /> from content/quotes/seed-article.yaml, or paraphrase without quotation marks`,
			);
		}
	}
	assert.deepEqual(problems, []);
});
