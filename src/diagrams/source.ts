import type { Lang } from '../site.config.ts';
import { fenceId } from '../content-index/index.ts';

export { fenceId };

/**
 * Reads a ```mermaid fence as authors write it (see "Diagrams" in docs/authoring.md): a stable id in the
 * fence meta and the accTitle/accDescr lines Mermaid itself understands. Every problem is an
 * error naming the file and the line of the fence.
 */

export interface DiagramBlock {
	/** Stable kebab-case id from the fence meta, shared by both languages. */
	id: string;
	lang: Lang;
	/** Mermaid source, exactly as written between the fences. */
	source: string;
	/** accTitle: the diagram's accessible name and visible caption. */
	title: string;
	/** accDescr: what the diagram shows, in words. */
	description: string;
	/** Where the fence starts: "content/docs/about.mdx" and its 1-based line. */
	file: string;
	line: number;
}

/** An authoring mistake; the message starts with "file:line:". */
export class DiagramAuthoringError extends Error {}

const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function readDiagramBlock(
	fence: { meta: string | null | undefined; value: string; line: number },
	page: { file: string; lang: Lang },
): DiagramBlock {
	const where = `${page.file}:${fence.line}`;
	const fail = (message: string): never => {
		throw new DiagramAuthoringError(`${where}: ${message}`);
	};
	const id = fenceId(fence.meta);
	if (!id) {
		return fail(
			'this mermaid diagram has no id. Add a stable kebab-case id to the fence, the same in both languages: ```mermaid id="diagram-id"',
		);
	}
	if (!idPattern.test(id)) fail(`diagram id "${id}" must be English kebab-case (a-z, 0-9 and hyphens).`);

	const title = /^[ \t]*accTitle[ \t]*:[ \t]*(.*?)[ \t]*$/m.exec(fence.value)?.[1];
	if (!title) {
		fail(
			`diagram "${id}" has no accTitle. Add a line "accTitle: What the diagram shows" after the diagram type: it names the image for screen readers and is its caption.`,
		);
	}
	const description =
		/^[ \t]*accDescr[ \t]*:[ \t]*(.*?)[ \t]*$/m.exec(fence.value)?.[1] ??
		/^[ \t]*accDescr[ \t]*\{([^}]*)\}/m
			.exec(fence.value)?.[1]
			?.split('\n')
			.map((l) => l.trim())
			.filter(Boolean)
			.join(' ');
	if (!description) {
		fail(
			`diagram "${id}" has no accDescr. Add a line "accDescr: One or two sentences saying what the diagram shows" (or accDescr { … } over several lines): screen-reader users get this instead of the picture.`,
		);
	}
	return {
		id,
		lang: page.lang,
		source: fence.value,
		title: title!,
		description: description!,
		file: page.file,
		line: fence.line,
	};
}

/**
 * Diagram ids are unique per language across the site (download paths and slide references use
 * them). Forgetting a file before re-reading it keeps the dev server's re-renders from tripping it.
 */
export class DiagramIdRegistry {
	#claims = new Map<string, DiagramBlock>();

	claim(block: DiagramBlock): void {
		const key = `${block.lang}:${block.id}`;
		const first = this.#claims.get(key);
		if (first && (first.file !== block.file || first.line !== block.line)) {
			throw new DiagramAuthoringError(
				`${block.file}:${block.line}: diagram id "${block.id}" is already used by ${first.file}:${first.line}. Ids must be unique per language; rename one of them.`,
			);
		}
		this.#claims.set(key, block);
	}

	forgetFile(file: string): void {
		for (const [key, block] of this.#claims) if (block.file === file) this.#claims.delete(key);
	}
}
