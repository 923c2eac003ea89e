/**
 * Content loader for the flashcards: every `*.yaml` file in
 * `src/content/flashcards/` is a list of cards for the sub-objective it is
 * named after. Like the question loader, it rejects duplicate ids across files
 * instead of overwriting them, and a card filed under the wrong objective.
 */
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';
import type { Loader } from 'astro/loaders';
import { assertUniqueCardIds, isFlashcardFile, parseFlashcardFile, type RawCard } from '../lib/flashcard-files';

export function flashcardsLoader(options: { base?: string } = {}): Loader {
	const baseOption = options.base ?? './src/content/flashcards/';
	return {
		name: 'pmle-flashcards-loader',
		load: async ({ config, store, parseData, generateDigest, watcher, logger }) => {
			const baseUrl = new URL(baseOption.endsWith('/') ? baseOption : `${baseOption}/`, config.root);
			const rootPath = fileURLToPath(config.root);

			const loadAll = async () => {
				const names = (await readdir(baseUrl)).filter(isFlashcardFile).sort();
				const raw: RawCard[] = [];
				for (const name of names) {
					const url = new URL(name, baseUrl);
					const file = relative(rootPath, fileURLToPath(url));
					raw.push(...parseFlashcardFile(file, await readFile(url, 'utf8')));
				}
				assertUniqueCardIds(raw);
				store.clear();
				for (const card of raw) {
					const data = await parseData({ id: card.id, data: card.data, filePath: card.file });
					store.set({ id: card.id, data, filePath: card.file, digest: generateDigest(card.data) });
				}
				logger.info(`Loaded ${raw.length} flashcards from ${names.length} files.`);
			};

			await loadAll();
			watcher?.add(fileURLToPath(baseUrl));
			watcher?.on('change', async (path) => {
				if (path.startsWith(fileURLToPath(baseUrl))) await loadAll();
			});
		},
	};
}
