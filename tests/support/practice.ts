/**
 * Helpers for the practice browser tests: the built question bank (to know
 * which options are right), choosing options, and importing a progress file.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { PracticeBank, PracticeQuestion } from '../../src/lib/practice/types';
import { distDir } from './dist';

export async function readBank(): Promise<PracticeBank> {
	return JSON.parse(await readFile(join(distDir, 'practice', 'questions.json'), 'utf8')) as PracticeBank;
}

export const correctIndexes = (q: PracticeQuestion) => q.options.flatMap((o, i) => (o.correct ? [i] : []));
export const wrongIndexes = (q: PracticeQuestion) => q.options.flatMap((o, i) => (o.correct ? [] : [i]));
/** A complete but wrong answer: as many options as the question asks for, all incorrect. */
export const wrongAnswer = (q: PracticeQuestion) => wrongIndexes(q).slice(0, q.select);

/** The article of a question on a practice page. */
export const card = (page: Page, id: string) => page.locator(`article.question[id="${id}"]`);

/** Chooses options (authoring indexes) of a question rendered with id prefix `prefix`. */
export async function choose(page: Page, scope: string, indexes: readonly number[]): Promise<void> {
	for (const index of indexes) await page.locator(`${scope} input[value="${index}"]`).check();
}

/** Picks `content` as the file in the practice hub's "Import progress…" control, as a reader would. */
export const importFile = (page: Page, name: string, content: string | Buffer) =>
	page.locator('[data-import]').setInputFiles({
		name,
		mimeType: 'application/json',
		buffer: typeof content === 'string' ? Buffer.from(content) : content,
	});
