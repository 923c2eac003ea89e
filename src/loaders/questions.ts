/**
 * Content loader for the practice question bank: every `*.yaml` file in
 * `src/content/questions/` is a list of questions. Unlike Astro's `file()`
 * loader it rejects duplicate ids across files instead of overwriting them.
 */
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';
import type { Loader } from 'astro/loaders';
import { assertUniqueIds, isQuestionFile, parseQuestionFile, type RawQuestion } from '../lib/question-files';

export function questionsLoader(options: { base?: string } = {}): Loader {
	const baseOption = options.base ?? './src/content/questions/';
	return {
		name: 'pmle-questions-loader',
		load: async ({ config, store, parseData, generateDigest, watcher, logger }) => {
			const baseUrl = new URL(baseOption.endsWith('/') ? baseOption : `${baseOption}/`, config.root);
			const rootPath = fileURLToPath(config.root);

			const loadAll = async () => {
				const names = (await readdir(baseUrl)).filter(isQuestionFile).sort();
				const raw: RawQuestion[] = [];
				for (const name of names) {
					const url = new URL(name, baseUrl);
					const file = relative(rootPath, fileURLToPath(url));
					raw.push(...parseQuestionFile(file, await readFile(url, 'utf8')));
				}
				assertUniqueIds(raw);
				store.clear();
				for (const q of raw) {
					const data = await parseData({ id: q.id, data: q.data, filePath: q.file });
					store.set({ id: q.id, data, filePath: q.file, digest: generateDigest(q.data) });
				}
				logger.info(`Loaded ${raw.length} questions from ${names.length} files.`);
			};

			await loadAll();
			watcher?.add(fileURLToPath(baseUrl));
			watcher?.on('change', async (path) => {
				if (path.startsWith(fileURLToPath(baseUrl))) await loadAll();
			});
		},
	};
}
