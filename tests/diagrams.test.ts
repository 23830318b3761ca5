import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { htmlToHast, type HastNode } from 'satteri';
import { listDiagrams, diagramDownloadFile, type DiagramInfo } from '../src/diagrams/catalog.ts';
import { basePath } from '../src/site.config.ts';
import { distDir, readBuilt } from '../scripts/lib/built-site.ts';

// Diagrams in the built site (run `npm run build` first): inline SVG images with their title and
// description, and downloads that exist at the promised paths.

type Element = Extract<HastNode, { type: 'element' }>;

const diagrams = listDiagrams();

function builtPageOf(d: DiagramInfo): string {
	return `${d.page.url.slice(basePath.length + 1)}index.html`;
}

function find(node: HastNode, match: (el: Element) => boolean): Element | undefined {
	if (node.type === 'element' && match(node)) return node;
	for (const child of 'children' in node ? (node.children as HastNode[]) : []) {
		const found = find(child, match);
		if (found) return found;
	}
	return undefined;
}

function findAll(node: HastNode, match: (el: Element) => boolean, found: Element[] = []): Element[] {
	if (node.type === 'element' && match(node)) found.push(node);
	for (const child of 'children' in node ? (node.children as HastNode[]) : []) findAll(child, match, found);
	return found;
}

function text(node: HastNode): string {
	if (node.type === 'text') return node.value;
	return 'children' in node ? (node.children as HastNode[]).map(text).join('') : '';
}

const idRefs = (value: unknown) => (Array.isArray(value) ? value.map(String) : String(value ?? '').split(/\s+/));

test('the site has diagrams in both languages', () => {
	assert.ok(diagrams.some((d) => d.lang === 'en') && diagrams.some((d) => d.lang === 'id'), 'no diagrams found');
});

for (const d of diagrams) {
	test(`${d.lang} "${d.id}" is an inline SVG image named by its accTitle and described by its accDescr`, () => {
		const page = htmlToHast(readBuilt(builtPageOf(d)));
		const figure = find(page, (el) => el.tagName === 'figure' && el.properties?.['id'] === d.anchor);
		assert.ok(figure, `${builtPageOf(d)} has no <figure id="${d.anchor}">`);
		// the page layout, and on figures too wide for a phone the narrow layout too (CSS shows one)
		const svgs = findAll(figure, (el) => el.tagName === 'svg');
		assert.ok(svgs.length === 1 || svgs.length === 2, `#${d.anchor} holds ${svgs.length} inline <svg>`);
		for (const svg of svgs) {
			assert.equal(svg.properties?.['role'], 'img');
			const [titleId] = idRefs(svg.properties?.['ariaLabelledBy']);
			const [descId] = idRefs(svg.properties?.['ariaDescribedBy']);
			const title = find(svg, (el) => el.tagName === 'title' && el.properties?.['id'] === titleId);
			const desc = find(svg, (el) => el.tagName === 'desc' && el.properties?.['id'] === descId);
			assert.equal(title && text(title), d.title, 'aria-labelledby does not point at a <title> holding accTitle');
			assert.equal(desc && text(desc), d.description, 'aria-describedby does not point at a <desc> holding accDescr');
		}
		// no Mermaid sentinel colour or fixed palette colour: every colour follows the theme
		const markup = readBuilt(builtPageOf(d)).slice(...rangeOf(readBuilt(builtPageOf(d)), d.anchor));
		assert.doesNotMatch(markup, /#0d1e[0-9a-f]{2}|rgba?\(13, 30,/i, 'palette sentinel colours leaked into the page');
		assert.match(markup, /var\(--diagram-/);
		const links = findAll(figure, (el) => el.tagName === 'a').map((a) => String(a.properties?.['href']));
		assert.ok(
			links.includes(d.downloads.svg) && links.includes(d.downloads.png) && links.includes(d.downloads['slide-png']),
			`download links: ${links.join(', ')}`,
		);
	});
}

function rangeOf(html: string, anchor: string): [number, number] {
	const start = html.search(new RegExp(`<figure class="diagram[^"]*" id="${anchor}"`));
	return [start, html.indexOf('</figure>', start)];
}

function pngSize(bytes: Buffer): { width: number; height: number } {
	assert.equal(bytes.subarray(1, 4).toString('latin1'), 'PNG', 'not a PNG file');
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test('every diagram has its standalone SVG and its 2× PNG at /diagrams/ and /id/diagrams/', () => {
	for (const d of diagrams) {
		const svgPath = join(distDir, diagramDownloadFile(d.lang, d.id, 'svg'));
		const pngPath = join(distDir, diagramDownloadFile(d.lang, d.id, 'png'));
		assert.ok(existsSync(svgPath) && existsSync(pngPath), `missing download for ${d.lang} "${d.id}"`);
		const svg = readFileSync(svgPath, 'utf8');
		assert.match(svg, /^<\?xml [^>]*\?>\n<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
		assert.doesNotMatch(svg, /var\(--|#0d1e[0-9a-f]{2}/i, 'the standalone SVG must carry its own colours');
		const width = Number(/<svg [^>]*\bwidth="(\d+)"/.exec(svg)?.[1]);
		const height = Number(/<svg [^>]*\bheight="(\d+)"/.exec(svg)?.[1]);
		assert.deepEqual(
			pngSize(readFileSync(pngPath)),
			{ width: width * 2, height: height * 2 },
			`${d.lang} "${d.id}" PNG`,
		);
	}
});
