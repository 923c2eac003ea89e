/**
 * Reads the committed question files the way the content loader does (same file
 * rule, same order, file paths relative to the project root), for the tests and
 * author tools that check the bank without a build.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { isQuestionFile, parseQuestionFile, type RawQuestion } from '../../src/lib/question-files';
import { projectRoot } from './fixture-build';

export const questionsDir = join(projectRoot, 'src', 'content', 'questions');

/** Every question of every question file, unvalidated, in file order. */
export async function readRawQuestions(): Promise<RawQuestion[]> {
	const raw: RawQuestion[] = [];
	for (const name of (await readdir(questionsDir)).filter(isQuestionFile).sort()) {
		const path = join(questionsDir, name);
		raw.push(...parseQuestionFile(relative(projectRoot, path), await readFile(path, 'utf8')));
	}
	return raw;
}
