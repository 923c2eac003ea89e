/**
 * Content loader for the flashcards: every `*.yaml` file in
 * `src/content/flashcards/` is a list of cards for the sub-objective it is
 * named after, with ids unique across files; a card filed under the wrong
 * objective is rejected.
 */
import type { Loader } from 'astro/loaders';
import { assertUniqueCardIds, parseFlashcardFile } from '../lib/flashcard-files';
import { yamlListLoader } from './yaml-list';

export function flashcardsLoader(options: { base?: string } = {}): Loader {
	return yamlListLoader({
		name: 'pmle-flashcards-loader',
		base: options.base ?? './src/content/flashcards/',
		items: 'flashcards',
		parseFile: parseFlashcardFile,
		assertUnique: assertUniqueCardIds,
	});
}
