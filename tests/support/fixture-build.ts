/**
 * Builds a throw-away copy of the site with some files added or replaced, to
 * prove that bad input fails the real build with a useful message.
 */
import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';

export const projectRoot = resolve(import.meta.dirname, '../..');

export interface BuildResult {
	code: number | null;
	output: string;
	dir: string;
}

/** Runs `astro build` with the current Node (the pinned one under npm scripts) in `cwd`. */
export function runAstroBuild(cwd: string, env: Record<string, string> = {}): Promise<BuildResult> {
	// Vitest sets Vite's env variables (BASE_URL, MODE, …) in process.env; a child
	// build must not inherit them, or BASE_URL would override the configured base.
	const inherited = Object.fromEntries(
		Object.entries(process.env).filter(([key]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|VITEST.*|TEST)$/.test(key))
	);
	return new Promise((resolvePromise) => {
		const child = spawn(process.execPath, [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build'], {
			cwd,
			env: { ...inherited, ...env, FORCE_COLOR: '0', NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1' },
		});
		let output = '';
		child.stdout.on('data', (chunk) => (output += chunk));
		child.stderr.on('data', (chunk) => (output += chunk));
		child.on('close', (code) => resolvePromise({ code, output, dir: cwd }));
	});
}

/** Copies the project into a temporary folder, applies `files` (path → content), and builds it. */
export async function buildFixture(
	files: Record<string, string>,
	env: Record<string, string> = {}
): Promise<BuildResult> {
	await mkdir(join(projectRoot, '.tmp'), { recursive: true });
	const dir = await mkdtemp(join(projectRoot, '.tmp', 'fixture-'));
	for (const entry of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
		await cp(join(projectRoot, entry), join(dir, entry), { recursive: true });
	}
	await symlink(join(projectRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
	for (const [path, content] of Object.entries(files)) {
		await mkdir(dirname(join(dir, path)), { recursive: true });
		await writeFile(join(dir, path), content);
	}
	const result = await runAstroBuild(dir, env);
	return result;
}

export async function removeFixture(result: BuildResult): Promise<void> {
	await rm(result.dir, { recursive: true, force: true });
}
