import assert from 'node:assert/strict';
import { XMLParser, XMLValidator } from 'fast-xml-parser';

export interface AtomEntry {
	id: string;
	title: string;
	updated: string;
	link: string;
	summary: string;
}

const atomNs = 'http://www.w3.org/2005/Atom';
const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * Parses an Atom document and checks what RFC 4287 requires: well-formed XML, a <feed> in the Atom
 * namespace with id, title, updated and an author, and entries each with id, title, updated (RFC
 * 3339 dates) and a link; ids unique. Returns the entries in document order.
 */
export function parseAtom(xml: string, name: string): { title: string; entries: AtomEntry[] } {
	const wellFormed = XMLValidator.validate(xml);
	assert.equal(wellFormed, true, `${name} is not well-formed XML: ${JSON.stringify(wellFormed)}`);
	const doc = new XMLParser({
		ignoreAttributes: false,
		attributeNamePrefix: '@',
		isArray: (tag) => ['entry', 'link'].includes(tag),
	}).parse(xml);
	const feed = doc.feed;
	assert.ok(feed, `${name}: the root element is not <feed>`);
	assert.equal(feed['@xmlns'], atomNs, `${name}: <feed> is not in the Atom namespace`);
	for (const field of ['id', 'title', 'updated']) assert.ok(feed[field], `${name}: <feed> has no <${field}>`);
	assert.match(String(feed.updated), rfc3339, `${name}: <feed><updated> is not an RFC 3339 date`);
	const entries: AtomEntry[] = (feed.entry ?? []).map((e: Record<string, unknown>, i: number) => {
		for (const field of ['id', 'title', 'updated']) assert.ok(e[field], `${name}: entry ${i + 1} has no <${field}>`);
		assert.match(String(e.updated), rfc3339, `${name}: entry ${i + 1}'s <updated> is not an RFC 3339 date`);
		const links = (e.link ?? []) as Record<string, string>[];
		const alternate = links.find((l) => !l['@rel'] || l['@rel'] === 'alternate');
		assert.ok(alternate?.['@href'], `${name}: entry ${i + 1} has no link to the page`);
		assert.ok(feed.author || e.author, `${name}: entry ${i + 1} has no author and neither has the feed`);
		const text = (v: unknown) =>
			typeof v === 'object' && v !== null ? String((v as Record<string, unknown>)['#text'] ?? '') : String(v ?? '');
		return {
			id: text(e.id),
			title: text(e.title),
			updated: text(e.updated),
			link: alternate!['@href']!,
			summary: text(e.summary),
		};
	});
	assert.equal(new Set(entries.map((e) => e.id)).size, entries.length, `${name}: two entries share an id`);
	return { title: String(feed.title?.['#text'] ?? feed.title), entries };
}
