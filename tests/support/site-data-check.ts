import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { projectRoot } from '../../scripts/lib/built-site.ts';
import { applyEdits, type FileEdit } from '../../scripts/lib/project-build.ts';

/** The folders loadSiteData() reads (src/references/site-data.ts). */
const dataFolders = ['sources', 'numbers', 'glossary', 'quotes'];
const siteDataModule = pathToFileURL(join(projectRoot, 'src/references/site-data.ts')).href;

/**
 * Loads content/'s sources, key numbers, glossary and quotes with `edits` applied (paths relative to
 * the project root), through the same loadSiteData() the build's content loaders and Markdown
 * plugins call, and returns its error message, or '' when the data loads. The data is copied to a
 * temp dir and read by a child Node process started there (the loader reads from the working
 * directory): a second or two, not a site build, and several can run at once.
 */
export async function siteDataError(edits: Record<string, FileEdit>): Promise<string> {
	mkdirSync(join(projectRoot, '.tmp'), { recursive: true });
	const dir = mkdtempSync(join(projectRoot, '.tmp', 'site-data-'));
	try {
		for (const folder of dataFolders) {
			cpSync(join(projectRoot, 'content', folder), join(dir, 'content', folder), { recursive: true });
		}
		applyEdits(dir, edits);
		const script = `import { loadSiteData } from ${JSON.stringify(siteDataModule)};
try { loadSiteData(); } catch (error) { process.stdout.write(error.message); }`;
		const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], { cwd: dir });
		return stdout;
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}
