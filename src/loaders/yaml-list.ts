/**
 * Content loader for a folder of YAML lists (src/lib/yaml-list-files.ts): the
 * question bank and the flashcards. Unlike Astro's `file()` loader it reads
 * every file of the folder and rejects duplicate ids across files instead of
 * overwriting them; each kind brings its own parsing and id check.
 */
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';
import type { Loader } from 'astro/loaders';
import { isListFile, type RawEntry } from '../lib/yaml-list-files';

export interface YamlListLoaderOptions {
	/** Loader name, shown in Astro's logs. */
	name: string;
	/** The folder, relative to the project root. */
	base: string;
	/** What the log line counts: "questions", "flashcards". */
	items: string;
	/** Parses one file (path relative to the project root) into raw entries, throwing on bad input. */
	parseFile: (file: string, source: string) => RawEntry[];
	/** Throws when two entries share an id. */
	assertUnique: (entries: readonly RawEntry[]) => void;
}

export function yamlListLoader({ name, base, items, parseFile, assertUnique }: YamlListLoaderOptions): Loader {
	return {
		name,
		load: async ({ config, store, parseData, generateDigest, watcher, logger }) => {
			const baseUrl = new URL(base.endsWith('/') ? base : `${base}/`, config.root);
			const rootPath = fileURLToPath(config.root);

			const loadAll = async () => {
				const names = (await readdir(baseUrl)).filter(isListFile).sort();
				const raw: RawEntry[] = [];
				for (const fileName of names) {
					const url = new URL(fileName, baseUrl);
					const file = relative(rootPath, fileURLToPath(url));
					raw.push(...parseFile(file, await readFile(url, 'utf8')));
				}
				assertUnique(raw);
				store.clear();
				for (const entry of raw) {
					const data = await parseData({ id: entry.id, data: entry.data, filePath: entry.file });
					store.set({ id: entry.id, data, filePath: entry.file, digest: generateDigest(entry.data) });
				}
				logger.info(`Loaded ${raw.length} ${items} from ${names.length} files.`);
			};

			await loadAll();
			watcher?.add(fileURLToPath(baseUrl));
			watcher?.on('change', async (path) => {
				if (path.startsWith(fileURLToPath(baseUrl))) await loadAll();
			});
		},
	};
}
