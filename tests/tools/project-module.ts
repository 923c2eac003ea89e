/**
 * Loads a project module for the author tools. The project's modules use
 * extension-less imports that Node alone cannot resolve; Vite's module runner
 * loads them as the build does.
 */
import { join, resolve } from 'node:path';
import { runnerImport } from 'vite';

export const projectRoot = resolve(import.meta.dirname, '../..');

/** The module at `path` (relative to the project root), loaded through Vite. */
export async function loadProjectModule<T>(path: string): Promise<T> {
	return (await runnerImport<T>(join(projectRoot, path), { root: projectRoot, logLevel: 'error' })).module;
}
