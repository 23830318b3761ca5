/**
 * Puts a .pptx together from prepared parts: the package every deck shares (theme, masters, layout,
 * properties) and one part per slide (slide, notes, their relationships and pictures). The build
 * writes its decks with it and the deck builder in the browser runs the same code, so both produce
 * the same kind of file. No imports: this file is bundled for the browser.
 */

/** One slide: its XML and relationships, its notes and theirs, and the names of its pictures in ppt/media/. */
export interface SlidePart {
	slide: string;
	slideRels: string;
	notes: string;
	notesRels: string;
	media: string[];
}

/** The files every deck shares, by path in the package, without slides, notes or pictures. */
export type DeckShell = Record<string, string>;

const ns = {
	slide: 'application/vnd.openxmlformats-officedocument.presentationml.slide+xml',
	notes: 'application/vnd.openxmlformats-officedocument.presentationml.notesSlide+xml',
	slideRel: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/slide',
};

const escapeXml = (text: string) =>
	text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function appProperties(slides: number): string {
	return (
		'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
		'<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" ' +
		'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
		`<PresentationFormat>On-screen Show (16:9)</PresentationFormat><Slides>${slides}</Slides><Notes>${slides}</Notes>` +
		'<HiddenSlides>0</HiddenSlides></Properties>'
	);
}

/** Every text file of a deck of `parts`, in package order ([Content_Types].xml first); pictures are added by the caller. */
export function assembleDeck(shell: DeckShell, parts: readonly SlidePart[], title: string): Map<string, string> {
	const numbers = parts.map((_, i) => i + 1);
	const files = new Map<string, string>();
	files.set(
		'[Content_Types].xml',
		shell['[Content_Types].xml']!.replace(
			/<Override PartName="\/ppt\/(?:slides\/slide|notesSlides\/notesSlide)\d+\.xml"[^>]*\/>/g,
			'',
		).replace(
			'</Types>',
			numbers
				.map(
					(n) =>
						`<Override PartName="/ppt/slides/slide${n}.xml" ContentType="${ns.slide}"/>` +
						`<Override PartName="/ppt/notesSlides/notesSlide${n}.xml" ContentType="${ns.notes}"/>`,
				)
				.join('') + '</Types>',
		),
	);
	for (const [path, text] of Object.entries(shell)) {
		if (path === '[Content_Types].xml') continue;
		if (path === 'ppt/presentation.xml') {
			const list = numbers.map((n) => `<p:sldId id="${255 + n}" r:id="rIdSlide${n}"/>`).join('');
			files.set(
				path,
				text.replace(/<p:sldIdLst>[\s\S]*?<\/p:sldIdLst>|<p:sldIdLst\/>/, `<p:sldIdLst>${list}</p:sldIdLst>`),
			);
		} else if (path === 'ppt/_rels/presentation.xml.rels') {
			const rels = numbers
				.map((n) => `<Relationship Id="rIdSlide${n}" Type="${ns.slideRel}" Target="slides/slide${n}.xml"/>`)
				.join('');
			files.set(
				path,
				text
					.replace(/<Relationship [^>]*Target="slides\/slide\d+\.xml"\/>/g, '')
					.replace('</Relationships>', `${rels}</Relationships>`),
			);
		} else if (path === 'docProps/app.xml') {
			files.set(path, appProperties(parts.length));
		} else if (path === 'docProps/core.xml') {
			files.set(path, text.replace(/<dc:title>[\s\S]*?<\/dc:title>/, `<dc:title>${escapeXml(title)}</dc:title>`));
		} else {
			files.set(path, text);
		}
	}
	parts.forEach((part, i) => {
		const n = i + 1;
		files.set(`ppt/slides/slide${n}.xml`, part.slide);
		files.set(
			`ppt/slides/_rels/slide${n}.xml.rels`,
			part.slideRels.replace(/notesSlide\d+\.xml/, `notesSlide${n}.xml`),
		);
		files.set(`ppt/notesSlides/notesSlide${n}.xml`, part.notes);
		files.set(
			`ppt/notesSlides/_rels/notesSlide${n}.xml.rels`,
			part.notesRels.replace(/slides\/slide\d+\.xml/, `slides/slide${n}.xml`),
		);
	});
	return files;
}
