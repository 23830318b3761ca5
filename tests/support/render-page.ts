import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { mdxToJs, type MdastPluginList, type HastPluginList, type Features } from 'satteri';
import config from '../../astro.config.mjs';
import { projectRoot } from '../../scripts/lib/built-site.ts';

/** A page edit: new full contents, or a function of the current contents. */
export type PageEdit = string | ((current: string) => string);

/** The Markdown processor options of astro.config.mjs: the site's own Sätteri plugins and features. */
const { mdastPlugins, hastPlugins, features } = (
	config.markdown as unknown as {
		processor: { options: { mdastPlugins: MdastPluginList; hastPlugins: HastPluginList; features: Features } };
	}
).processor.options;

/**
 * Compiles one page under content/docs/ (path relative to the project root, e.g.
 * 'content/docs/about.mdx') with the site's Markdown plugins, the way the build compiles it: the
 * frontmatter blanked out with spaces so lines keep their numbers (as @astrojs/mdx does). Without a
 * site build, in well under a second. Throws what a plugin throws (e.g. "content/docs/about.mdx:12:
 * unknown source id …"); returns the compiled text (the page's JavaScript module) otherwise.
 *
 * The edited text is compiled in memory; the file on disk is not touched.
 */
export async function compilePage(file: string, edit?: PageEdit): Promise<string> {
	const path = join(projectRoot, file);
	const current = readFileSync(path, 'utf8');
	const text = edit === undefined ? current : typeof edit === 'function' ? edit(current) : edit;
	const frontmatter = /^---\r?\n[\s\S]*?\r?\n---/.exec(text)?.[0] ?? '';
	const body = frontmatter.replace(/[^\r\n]/g, ' ') + text.slice(frontmatter.length);
	const { code } = await mdxToJs(body, {
		mdastPlugins,
		hastPlugins,
		features,
		fileURL: pathToFileURL(path),
		// what Starlight's mdx({ optimize: true }) and Astro's MDX renderer pass
		optimizeStatic: { component: 'Fragment', prop: 'set:html' },
		jsxImportSource: 'astro',
		elementAttributeNameCase: 'html',
	});
	return code;
}
