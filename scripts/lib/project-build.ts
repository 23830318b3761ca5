import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { projectRoot } from './built-site.ts';

export interface FaultBuildResult {
	status: number | null;
	/** stdout and stderr together, ANSI colours removed */
	output: string;
	/** the temp copy's dist/ (check that nothing half-built landed) */
	distDir: string;
}

/** A file edit: new full contents, or a function of the current contents. */
export type FileEdit = string | ((current: string) => string);

const skip = new Set(['node_modules', 'dist', '.astro', '.git', '.tmp', 'bench']);
const isBuildOutput = (top: string) => top.startsWith('dist-');

/**
 * Copies the project to a temp dir, applies `edits` (paths relative to the project root), runs
 * `astro build` there and returns what happened. Builds run in child processes, so several can run
 * at once (a failing build stops early, but still takes seconds to start).
 */
export async function buildWithFault(
	edits: Record<string, FileEdit>,
	env: Record<string, string> = {},
): Promise<FaultBuildResult> {
	const dir = projectCopy(edits);
	const { status, output } = await astroBuildAsync(dir, [], env);
	return { status, output, distDir: join(dir, 'dist') };
}

/**
 * A temp copy of the project (sources and content, no build output or caches) with `edits`
 * applied; removed when the test process exits. Build it with `astroBuild(dir, …)`. The copy lives
 * in the project's .tmp/ so Node finds the project's node_modules by walking up: a symlinked
 * node_modules makes Vite resolve Astro's components to their real path and the build fails
 * ("No cached compile metadata").
 */
export function projectCopy(edits: Record<string, FileEdit> = {}): string {
	mkdirSync(join(projectRoot, '.tmp'), { recursive: true });
	const dir = mkdtempSync(join(projectRoot, '.tmp', 'fault-build-'));
	try {
		// entry by entry: cpSync refuses to copy a folder into its own subfolder (.tmp/), filter or not
		for (const entry of readdirSync(projectRoot)) {
			if (skip.has(entry) || isBuildOutput(entry)) continue;
			cpSync(join(projectRoot, entry), join(dir, entry), { recursive: true });
		}
		applyEdits(dir, edits);
		return dir;
	} finally {
		// keep nothing behind; callers inspect distDir before returning if they need it
		process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
	}
}

/** Applies `edits` (paths relative to `dir`) to the files in `dir`. */
export function applyEdits(dir: string, edits: Record<string, FileEdit>): void {
	for (const [path, edit] of Object.entries(edits)) {
		const target = join(dir, path);
		mkdirSync(dirname(target), { recursive: true });
		const current = typeof edit === 'function' ? readFileSync(target, 'utf8') : '';
		writeFileSync(target, typeof edit === 'function' ? edit(current) : edit);
	}
}

/**
 * Runs `astro build` in `cwd` with the project's Node and Astro (`args` e.g. ['--outDir', dir]),
 * returning the exit status and the output without colours.
 */
const astroCli = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin/astro.mjs');

export function astroBuild(
	cwd: string,
	args: string[] = [],
	env: Record<string, string> = {},
): { status: number | null; output: string } {
	const run = spawnSync(process.execPath, [astroCli, 'build', ...args], {
		cwd,
		encoding: 'utf8',
		env: { ...process.env, ...env, FORCE_COLOR: '0', NO_COLOR: '1' },
		timeout: 600_000,
		maxBuffer: 64 * 1024 * 1024,
	});
	return { status: run.status, output: withoutColours(`${run.stdout}\n${run.stderr}`) };
}

/** `astroBuild` without blocking the test process, so builds (and tests) can run side by side. */
export function astroBuildAsync(
	cwd: string,
	args: string[] = [],
	env: Record<string, string> = {},
): Promise<{ status: number | null; output: string }> {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, [astroCli, 'build', ...args], {
			cwd,
			env: { ...process.env, ...env, FORCE_COLOR: '0', NO_COLOR: '1' },
			timeout: 600_000,
		});
		const chunks: Buffer[] = [];
		child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
		child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
		child.on('error', reject);
		child.on('close', (status) => resolve({ status, output: withoutColours(Buffer.concat(chunks).toString('utf8')) }));
	});
}

const withoutColours = (text: string) => text.replace(/\u001b\[[0-9;]*m/g, '');
