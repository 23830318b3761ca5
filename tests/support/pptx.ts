import { strFromU8, unzipSync } from 'fflate';

/**
 * A .pptx read the way a presentation program reads it: the package's parts, the slides in the
 * order presentation.xml lists them, and for each slide its texts, pictures and notes.
 */

export interface PptxSlide {
	path: string;
	/** every text run on the slide, in order */
	texts: string[];
	/** font sizes (hundredths of a point) of the runs, in order */
	sizes: number[];
	/** pictures on the slide: the file in the package, its size there in EMU */
	pictures: { target: string; cx: number; cy: number; bytes: Uint8Array }[];
	/** the notes' paragraphs, or undefined when the slide has no notes part */
	notes: string[] | undefined;
}

export interface Pptx {
	files: Record<string, Uint8Array>;
	slides: PptxSlide[];
	/** problems a presentation program would stumble on: missing parts, dangling relationships */
	problems: string[];
}

const text = (files: Record<string, Uint8Array>, path: string) => (files[path] ? strFromU8(files[path]) : undefined);
const unescape = (s: string) =>
	s
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&apos;/g, "'")
		.replace(/&amp;/g, '&');

type Rel = { type: string; target: string; external: boolean };

/** The relationships in one .rels file; targets resolved against the folder the .rels file describes. */
function relsIn(files: Record<string, Uint8Array>, relsPath: string): Map<string, Rel> {
	const base = relsPath.replace(/_rels\/[^/]*$/, '');
	const rels = new Map<string, Rel>();
	for (const m of (text(files, relsPath) ?? '').matchAll(/<Relationship\b([^>]*)\/>/g)) {
		const attr = (n: string) => new RegExp(`\\b${n}="([^"]*)"`).exec(m[1]!)?.[1] ?? '';
		const external = attr('TargetMode') === 'External';
		const target = external ? attr('Target') : new URL(attr('Target'), `file:///${base}`).pathname.slice(1);
		rels.set(attr('Id'), { type: attr('Type').split('/').at(-1)!, target, external });
	}
	return rels;
}

/** The relationships of a part: ppt/slides/slide1.xml → ppt/slides/_rels/slide1.xml.rels */
const relsOf = (files: Record<string, Uint8Array>, partPath: string) =>
	relsIn(files, partPath.replace(/([^/]+)$/, '_rels/$1.rels'));

const paragraphs = (xml: string) =>
	[...xml.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)]
		.map((p) => [...p[1]!.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((t) => unescape(t[1]!)).join(''))
		.filter(Boolean);

export function readPptx(bytes: Uint8Array): Pptx {
	const files = unzipSync(bytes);
	const problems: string[] = [];
	const types = text(files, '[Content_Types].xml');
	if (!types) problems.push('no [Content_Types].xml');
	const presentation = text(files, 'ppt/presentation.xml') ?? '';
	const presRels = relsOf(files, 'ppt/presentation.xml');
	const slideIds = [...presentation.matchAll(/<p:sldId [^>]*r:id="([^"]+)"/g)].map((m) => m[1]!);
	// every internal relationship of every part points at a part that exists
	for (const path of Object.keys(files).filter((p) => p.endsWith('.rels'))) {
		for (const [id, rel] of relsIn(files, path)) {
			if (!rel.external && !files[rel.target]) problems.push(`${path}: ${id} → missing ${rel.target}`);
		}
	}
	const slides = slideIds.map((id) => {
		const path = presRels.get(id)?.target ?? '';
		const xml = text(files, path);
		if (!xml) {
			problems.push(`presentation.xml lists ${id}, which is no slide`);
			return { path, texts: [], sizes: [], pictures: [], notes: undefined };
		}
		if (!types?.includes(`PartName="/${path}"`)) problems.push(`${path} has no content type`);
		const rels = relsOf(files, path);
		const pictures = [...xml.matchAll(/<p:pic>[\s\S]*?r:embed="([^"]+)"[\s\S]*?<a:ext cx="(\d+)" cy="(\d+)"/g)].map(
			(m) => {
				const target = rels.get(m[1]!)?.target ?? '';
				return { target, cx: Number(m[2]), cy: Number(m[3]), bytes: files[target] ?? new Uint8Array() };
			},
		);
		const notesRel = [...rels.values()].find((r) => r.type === 'notesSlide');
		const notesXml = notesRel ? text(files, notesRel.target) : undefined;
		if (notesRel && !types?.includes(`PartName="/${notesRel.target}"`))
			problems.push(`${notesRel.target} has no content type`);
		if (notesRel) {
			const back = [...relsOf(files, notesRel.target).values()].find((r) => r.type === 'slide');
			if (back?.target !== path) problems.push(`${notesRel.target} points back to ${back?.target}, not ${path}`);
		}
		return {
			path,
			texts: [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => unescape(m[1]!)),
			sizes: [...xml.matchAll(/<a:rPr [^>]*\bsz="(\d+)"/g)].map((m) => Number(m[1])),
			pictures,
			// the notes body placeholder, without the slide-number field
			notes: notesXml ? paragraphs(/<p:ph type="body"[\s\S]*?<\/p:txBody>/.exec(notesXml)?.[0] ?? '') : undefined,
		};
	});
	return { files, slides, problems };
}

/** Width and height of a PNG, from its header. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
	const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
	return { width: view.getUint32(16), height: view.getUint32(20) };
}
