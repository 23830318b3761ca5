import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { assembleDeck, type DeckShell, type SlidePart } from './client/assemble.ts';

/**
 * A PptxGenJS deck taken apart into the package every deck shares and one part per slide, so that
 * decks (and the reader's own selection) can be put together from any slides in any order. Pictures
 * are renamed after their slide's figure so that parts never collide.
 */

export interface SplitDeck {
	shell: DeckShell;
	parts: SlidePart[];
	/** every picture of every part, by its name in ppt/media/ */
	media: Map<string, Uint8Array>;
}

const perSlide = /^ppt\/(slides|notesSlides|media)\//;

/** `names[i]` names slide i + 1: its pictures become ppt/media/<name>-<n>.<ext>. */
export function splitDeck(pptx: Uint8Array, names: readonly string[], created: string, language: string): SplitDeck {
	const files = unzipSync(pptx);
	const text = (path: string) => {
		const bytes = files[path];
		if (!bytes) throw new Error(`the deck has no ${path}`);
		return strFromU8(bytes);
	};
	const shell: DeckShell = {};
	for (const path of Object.keys(files)) {
		if (path.endsWith('/') || perSlide.test(path)) continue;
		shell[path] = text(path);
	}
	// reproducible files: the date the content was last reviewed, not the time of the build
	shell['docProps/core.xml'] = shell['docProps/core.xml']!.replace(
		/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:(?:created|modified)>)/g,
		`$1${created}T00:00:00Z$2`,
	);
	const media = new Map<string, Uint8Array>();
	const parts = names.map((name, i) => {
		const n = i + 1;
		const pictures: string[] = [];
		const slideRels = text(`ppt/slides/_rels/slide${n}.xml.rels`).replace(
			/Target="\.\.\/media\/([^"]+)"/g,
			(_, file: string) => {
				const renamed = `${name}-${pictures.length + 1}${file.slice(file.lastIndexOf('.'))}`;
				pictures.push(renamed);
				media.set(renamed, files[`ppt/media/${file}`]!);
				return `Target="../media/${renamed}"`;
			},
		);
		return {
			slide: text(`ppt/slides/slide${n}.xml`),
			slideRels,
			notes: notesInParagraphs(text(`ppt/notesSlides/notesSlide${n}.xml`), language),
			notesRels: text(`ppt/notesSlides/_rels/notesSlide${n}.xml.rels`),
			media: pictures,
		};
	});
	return { shell, parts, media };
}

/** PptxGenJS writes notes as one text run (line ends as CRLF); a blank line in them starts a new paragraph instead. */
function notesInParagraphs(xml: string, language: string): string {
	return xml
		.replace(/(?:\r?\n){2}/g, `</a:t></a:r></a:p><a:p><a:r><a:rPr lang="${language}" dirty="0"/><a:t>`)
		.replace(/lang="en-US"/g, `lang="${language}"`);
}

/** A finished .pptx from parts, with a fixed time on every entry so that builds are reproducible. */
export function zipDeck(
	shell: DeckShell,
	parts: readonly SlidePart[],
	media: ReadonlyMap<string, Uint8Array>,
	title: string,
	created: string,
): Uint8Array {
	const entries: Zippable = {};
	for (const [path, content] of assembleDeck(shell, parts, title)) entries[path] = strToU8(content);
	for (const part of parts) {
		for (const name of part.media) entries[`ppt/media/${name}`] = [media.get(name)!, { level: 0 }];
	}
	return zipSync(entries, { level: 6, mtime: new Date(`${created}T00:00:00Z`) });
}
