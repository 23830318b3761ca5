/**
 * Readers see a finished site: no visible text on any page speaks of the site's own making
 * ("coming soon", "in a later issue", "segera hadir"…), in either language.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { builtContentPages, readBuilt } from '../scripts/lib/built-site.ts';

const phrases = [
	// English
	/coming soon/i,
	/coming in (a )?later/i,
	/later issues?\b/i,
	/in a future (issue|release|version)/i,
	/\b(yet|still|page is|section is) to be written/i,
	/not yet written/i,
	/under construction/i,
	/\bTODO\b/,
	/\bTBD\b/,
	/\bFIXME\b/,
	/lorem ipsum/i,
	/placeholder/i,
	// Bahasa Indonesia
	/segera hadir/i,
	/edisi berikutnya/i,
	/akan segera (ditambahkan|ditulis|tersedia)/i,
	/belum ditulis/i,
	/sedang (disusun|ditulis|dikerjakan)/i,
	/dalam pengerjaan/i,
];

/** The text a reader can see: no scripts, styles, comments, tags or attribute values. */
function visibleText(html: string): string {
	return html
		.replace(/<script[\s\S]*?<\/script>/g, ' ')
		.replace(/<style[\s\S]*?<\/style>/g, ' ')
		.replace(/<!--[\s\S]*?-->/g, ' ')
		.replace(/<[^>]+>/g, ' ')
		.replace(/&nbsp;|\s+/g, ' ');
}

test('the phrase list catches what it is meant to catch', () => {
	const planted = visibleText('<p>Estimators are <em>coming soon</em>.</p><p title="TODO">Ok</p><p>Segera hadir</p>');
	assert.equal(phrases.filter((p) => p.test(planted)).length, 2);
});

test('no page speaks of the site’s own making', () => {
	const pages = [...builtContentPages(), '404.html'];
	const problems: string[] = [];
	for (const file of pages) {
		const text = visibleText(readBuilt(file));
		for (const phrase of phrases) {
			const match = phrase.exec(text);
			if (match) problems.push(`${file}: “…${text.slice(Math.max(0, match.index - 60), match.index + 60).trim()}…”`);
		}
	}
	assert.deepEqual(problems, []);
});
