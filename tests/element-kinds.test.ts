import { test } from 'node:test';
import assert from 'node:assert/strict';
import { builtContentPages, readBuilt } from '../scripts/lib/built-site.ts';
import { elementKinds, pagesWithEveryElementKind } from './support/element-kinds.ts';

// The phone-width accessibility and focus checks run on these pages: they must meet every kind of
// element the site has, or a component would go unchecked on a phone.
test('the pages chosen for phone-width checks hold every kind of element on the site', () => {
	const pages = builtContentPages();
	const chosen = pagesWithEveryElementKind(pages);
	const onSite = new Set(pages.flatMap((file) => [...elementKinds(readBuilt(file))]));
	const met = new Set(chosen.flatMap((file) => [...elementKinds(readBuilt(file))]));
	const missed = [...onSite].filter((kind) => !met.has(kind));
	assert.deepEqual(missed, [], 'kinds of element that no chosen page holds');
	assert.ok(chosen.length < pages.length / 2, `${chosen.length} of ${pages.length} pages: hardly a saving`);
});

test('an element kind is its tag and classes, without drawing parts or scoped-style classes', () => {
	const kinds = elementKinds(
		'<main><button class="copy-section-link astro-abc123" type="button">Copy</button>' +
			'<table class="stack-narrow"><tr><td>1</td></tr></table><svg><path d="M0 0"/></svg></main>',
	);
	assert.ok(kinds.has('button.copy-section-link'));
	assert.ok(kinds.has('table.stack-narrow'));
	assert.ok(kinds.has('svg'));
	assert.ok(!kinds.has('path'));
	assert.ok(![...kinds].some((kind) => kind.includes('astro-')));
});
