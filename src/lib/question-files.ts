/**
 * Reads question bank files: each YAML file in `src/content/questions/` holds a
 * list of questions. Pure parsing and cross-file checks, so the loader stays thin
 * and the rules are unit-tested.
 */
import {
	assertUniqueListIds,
	isListFile,
	ListFileError,
	parseListFile,
	type ListFileWords,
	type RawEntry,
} from './yaml-list-files';

export type RawQuestion = RawEntry;

export class QuestionFileError extends ListFileError {
	override name = 'QuestionFileError';
}

const words: ListFileWords = {
	item: 'question',
	items: 'questions',
	fields: 'id, objective, stem, options…',
	formatHint: 'See CONTRIBUTING.md "Add a practice question".',
	yamlHint: 'Check indentation and quote strings that contain ": ".',
	idExample: 'bqml-churn-class-weights',
	duplicateHint: 'Question ids are permanent deep links and progress keys: give the new question a new id.',
};
const makeError = (message: string, hint: string) => new QuestionFileError(message, hint);

/** Which files in the question folder hold questions: YAML, except drafts named `_…`. */
export const isQuestionFile = isListFile;

/** Parses one question file into raw entries. Throws a QuestionFileError naming the file. */
export function parseQuestionFile(file: string, source: string): RawQuestion[] {
	return parseListFile(file, source, words, makeError);
}

/** Throws when two questions anywhere in the bank share an id, naming both places. */
export function assertUniqueIds(questions: readonly RawQuestion[]): void {
	assertUniqueListIds(questions, words, makeError);
}
