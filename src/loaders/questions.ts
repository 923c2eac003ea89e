/**
 * Content loader for the practice question bank: every `*.yaml` file in
 * `src/content/questions/` is a list of questions, with ids unique across files.
 */
import type { Loader } from 'astro/loaders';
import { assertUniqueIds, parseQuestionFile } from '../lib/question-files';
import { yamlListLoader } from './yaml-list';

export function questionsLoader(options: { base?: string } = {}): Loader {
	return yamlListLoader({
		name: 'pmle-questions-loader',
		base: options.base ?? './src/content/questions/',
		items: 'questions',
		parseFile: parseQuestionFile,
		assertUnique: assertUniqueIds,
	});
}
