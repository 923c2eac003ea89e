/**
 * Helpers for the practice browser tests: the built question bank (to know
 * which options are right), isolated browser contexts, and error collection.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import type { PracticeBank, PracticeQuestion } from '../../src/lib/practice/types';
import { distDir } from './dist';

export async function readBank(): Promise<PracticeBank> {
	return JSON.parse(await readFile(join(distDir, 'practice', 'questions.json'), 'utf8')) as PracticeBank;
}

export const correctIndexes = (q: PracticeQuestion) => q.options.flatMap((o, i) => (o.correct ? [i] : []));
export const wrongIndexes = (q: PracticeQuestion) => q.options.flatMap((o, i) => (o.correct ? [] : [i]));
/** A complete but wrong answer: as many options as the question asks for, all incorrect. */
export const wrongAnswer = (q: PracticeQuestion) => wrongIndexes(q).slice(0, q.select);

export interface TestPage {
	context: BrowserContext;
	page: Page;
	/** Console errors, page errors and failed requests. */
	errors: string[];
	/** Paths requested by the page. */
	requests: string[];
}

/** A page in a fresh context (its own localStorage) that records errors and requests. */
export async function openPage(browser: Browser, options: BrowserContextOptions = {}): Promise<TestPage> {
	const context = await browser.newContext({ viewport: { width: 1100, height: 900 }, ...options });
	const page = await context.newPage();
	const errors: string[] = [];
	const requests: string[] = [];
	page.on('console', (msg) => {
		if (msg.type() === 'error') errors.push(msg.text());
	});
	page.on('pageerror', (error) => errors.push(error.message));
	page.on('request', (request) => requests.push(new URL(request.url()).pathname));
	page.on('response', (response) => {
		if (response.status() >= 400) errors.push(`${response.status()} ${response.url()}`);
	});
	return { context, page, errors, requests };
}

/** The article of a question on a practice page. */
export const card = (page: Page, id: string) => page.locator(`article.question[id="${id}"]`);

/** Chooses options (authoring indexes) of a question rendered with id prefix `prefix`. */
export async function choose(page: Page, scope: string, indexes: readonly number[]): Promise<void> {
	for (const index of indexes) await page.locator(`${scope} input[value="${index}"]`).check();
}
