/**
 * Progress kept in the browser: export and import as a file, reset with
 * confirmation, and bad data (in storage or in a file) reported without
 * breaking the page or replacing good data.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/browser';
import { assertBuilt, distDir } from '../support/dist';
import { serveDist, type RunningServer } from '../support/static-server';
import { card, choose, correctIndexes, openPage, readBank, wrongIndexes } from '../support/practice';
import type { PracticeBank, PracticeQuestion } from '../../src/lib/practice/types';

let server: RunningServer;
let browser: Browser;
let bank: PracticeBank;
let questions: PracticeQuestion[];

const progressKey = 'pmle-practice:progress';

beforeAll(async () => {
	assertBuilt();
	server = await serveDist(distDir);
	browser = await launchChromium();
	bank = await readBank();
	questions = bank.questions.filter((q) => q.objective === '1.2' && q.select === 1);
});

afterAll(async () => {
	await browser?.close();
	await server?.close();
});

async function answerOnPage(page: Page, question: PracticeQuestion, right: boolean): Promise<void> {
	await choose(page, `[id="${question.id}"]`, right ? correctIndexes(question) : [wrongIndexes(question)[0]!]);
	await card(page, question.id).getByRole('button', { name: 'Check answer' }).click();
	await card(page, question.id).locator('.question-result').waitFor();
}

const hubCell = (page: Page, objective: string, column: number) =>
	page
		.locator('.practice-table tbody tr', { hasText: `${objective} ` })
		.first()
		.locator('td')
		.nth(column);

const stored = (page: Page, key: string) => page.evaluate((k) => localStorage.getItem(k), key);

describe('export, import and reset', () => {
	it('exports progress to a file, resets after confirmation, and imports the file back', async () => {
		const { page, errors, context } = await openPage(browser);
		await page.goto(`${server.url}practice/1.2/`);
		await answerOnPage(page, questions[0]!, true);
		await answerOnPage(page, questions[1]!, false);

		await page.goto(`${server.url}practice/`);
		await expect
			.poll(() => hubCell(page, '1.2', 1).textContent(), { timeout: 10_000 })
			.toBe(`2 of ${bank.questions.filter((q) => q.objective === '1.2').length}`);
		await expect.poll(() => hubCell(page, '1.2', 2).textContent(), { timeout: 10_000 }).toBe('1');

		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Export progress' }).click(),
		]);
		expect(download.suggestedFilename()).toMatch(/^pmle-practice-progress-\d{4}-\d{2}-\d{2}\.json$/);
		const exported = await readFile((await download.path())!, 'utf8');
		const data = JSON.parse(exported);
		expect(data).toMatchObject({ format: 'pmle-practice-progress', version: 1 });
		expect(Object.keys(data.answers).sort()).toEqual([questions[0]!.id, questions[1]!.id].sort());
		await expect
			.poll(() => page.locator('[data-status]').textContent(), { timeout: 10_000 })
			.toMatch(/^Exported 2 answered questions and 0 mock exams/);

		// Reset asks first; keeping the progress changes nothing.
		await page.getByRole('button', { name: 'Reset progress…' }).click();
		const dialog = page.getByRole('dialog', { name: 'Reset your progress?' });
		await dialog.getByRole('button', { name: 'Keep my progress' }).click();
		await expect.poll(() => hubCell(page, '1.2', 2).textContent()).toBe('1');
		await page.getByRole('button', { name: 'Reset progress…' }).click();
		await dialog.getByRole('button', { name: 'Delete my progress' }).click();
		await expect
			.poll(() => page.locator('[data-status]').textContent())
			.toBe('Your progress was deleted from this browser.');
		await expect.poll(() => hubCell(page, '1.2', 1).textContent(), { timeout: 10_000 }).toMatch(/^0 of/);
		await expect.poll(() => stored(page, progressKey), { timeout: 10_000 }).toBeNull();

		await page
			.locator('[data-import]')
			.setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
		await expect
			.poll(() => page.locator('[data-status]').textContent())
			.toBe('Imported backup.json: 2 question records added or updated, 0 mock exams added.');
		await expect.poll(() => hubCell(page, '1.2', 1).textContent(), { timeout: 10_000 }).toMatch(/^2 of/);
		await expect.poll(() => hubCell(page, '1.2', 2).textContent(), { timeout: 10_000 }).toBe('1');
		expect(errors).toEqual([]);
		await context.close();
	});

	it('refuses a corrupt or foreign file with a clear message and keeps the current progress', async () => {
		const { page, context } = await openPage(browser);
		await page.goto(`${server.url}practice/1.2/`);
		await answerOnPage(page, questions[0]!, true);
		await page.goto(`${server.url}practice/`);
		const before = await stored(page, progressKey);
		const status = page.locator('[data-status]');

		await page.locator('[data-import]').setInputFiles({
			name: 'broken.json',
			mimeType: 'application/json',
			buffer: Buffer.from('{"format": "pmle-practice-progress", "version": 1, "answers": '),
		});
		await expect
			.poll(() => status.textContent())
			.toBe('Nothing was imported from broken.json. The file is not valid JSON. Your progress is unchanged.');
		await expect.poll(() => status.getAttribute('data-kind'), { timeout: 10_000 }).toBe('error');

		await page
			.locator('[data-import]')
			.setInputFiles({ name: 'other.json', mimeType: 'application/json', buffer: Buffer.from('{"todos": []}') });
		await expect.poll(() => status.textContent()).toContain('The file is not data from this study guide');

		const invalid = JSON.stringify({
			format: 'pmle-practice-progress',
			version: 1,
			answers: { 'some-question': { attempts: 'many' } },
			exams: [],
		});
		await page
			.locator('[data-import]')
			.setInputFiles({ name: 'invalid.json', mimeType: 'application/json', buffer: Buffer.from(invalid) });
		await expect
			.poll(() => status.textContent())
			.toMatch(/The file has invalid content: answers\.some-question\.attempts: /);

		await expect.poll(() => stored(page, progressKey), { timeout: 10_000 }).toBe(before);
		await expect.poll(() => hubCell(page, '1.2', 2).textContent(), { timeout: 10_000 }).toBe('1');
		await context.close();
	});
});

describe('bad data in storage', () => {
	it('reports a corrupt progress value, sets it aside, and keeps the page working', async () => {
		const { page, errors, context } = await openPage(browser);
		await page.goto(`${server.url}practice/`);
		await page.evaluate(
			(key) => localStorage.setItem(key, '{"format":"pmle-practice-progress","version":1,"answers":{'),
			progressKey
		);
		await page.goto(`${server.url}practice/1.2/`);
		const notice = page.locator('practice-notices .practice-notice');
		await expect
			.poll(() => notice.textContent(), { timeout: 10_000 })
			.toMatch(/^Your saved progress is not valid JSON\. It was set aside so this page can start fresh/);
		await expect
			.poll(() => stored(page, `${progressKey}:unreadable`), { timeout: 10_000 })
			.toBe('{"format":"pmle-practice-progress","version":1,"answers":{');

		await answerOnPage(page, questions[0]!, true);
		await expect
			.poll(() => page.locator('practice-progress').textContent(), { timeout: 10_000 })
			.toMatch(/1 of \d+ answered, 1 right/);
		expect(JSON.parse((await stored(page, progressKey))!).answers[questions[0]!.id].lastCorrect).toBe(true);

		// The hub offers the set-aside data for download; reset removes it.
		await page.goto(`${server.url}practice/`);
		const downloadButton = page.getByRole('button', { name: 'Download unreadable saved data' });
		const [download] = await Promise.all([page.waitForEvent('download'), downloadButton.click()]);
		expect(JSON.parse(await readFile((await download.path())!, 'utf8'))).toEqual({
			[progressKey]: '{"format":"pmle-practice-progress","version":1,"answers":{',
		});
		await page.getByRole('button', { name: 'Reset progress…' }).click();
		await page.getByRole('button', { name: 'Delete my progress' }).click();
		await expect.poll(() => downloadButton.isHidden()).toBe(true);
		await expect.poll(() => stored(page, `${progressKey}:unreadable`), { timeout: 10_000 }).toBeNull();
		expect(errors).toEqual([]);
		await context.close();
	});

	it('reports foreign data under the key without crashing', async () => {
		const { page, errors, context } = await openPage(browser);
		await page.goto(`${server.url}practice/`);
		await page.evaluate((key) => localStorage.setItem(key, JSON.stringify({ hello: 'world' })), progressKey);
		await page.reload();
		await expect
			.poll(() => page.locator('practice-notices .practice-notice').textContent(), { timeout: 10_000 })
			.toContain('Your saved progress is not data from this study guide');
		await expect.poll(() => hubCell(page, '1.2', 1).textContent(), { timeout: 10_000 }).toMatch(/^0 of/);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('never overwrites progress written by a newer version of the site', async () => {
		const { page, context } = await openPage(browser);
		await page.goto(`${server.url}practice/`);
		const newer = JSON.stringify({ format: 'pmle-practice-progress', version: 99, answers: {}, somethingNew: true });
		await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [progressKey, newer]);
		await page.goto(`${server.url}practice/1.2/`);
		await expect
			.poll(() => page.locator('practice-notices .practice-notice').textContent(), { timeout: 10_000 })
			.toMatch(/written by a newer version of this site .*not saved/);
		await answerOnPage(page, questions[0]!, true);
		// The answer counts on the page, but the newer data is untouched.
		await expect
			.poll(() => page.locator('practice-progress').textContent(), { timeout: 10_000 })
			.toMatch(/1 of \d+ answered/);
		await expect.poll(() => stored(page, progressKey), { timeout: 10_000 }).toBe(newer);
		await context.close();
	});

	it('starts a fresh mock exam when the saved exam is corrupt', async () => {
		const { page, errors, context } = await openPage(browser);
		await page.goto(`${server.url}practice/`);
		await page.evaluate(() =>
			localStorage.setItem(
				'pmle-practice:exam',
				JSON.stringify({ format: 'pmle-practice-exam', version: 1, questionIds: 'nope' })
			)
		);
		await page.goto(`${server.url}practice/mock-exam/`);
		await page.locator('[data-exam-setup]').waitFor({ state: 'visible' });
		await expect
			.poll(() => page.locator('practice-notices .practice-notice').textContent(), { timeout: 10_000 })
			.toMatch(/^The saved mock exam in progress has invalid content: /);
		await page.getByLabel(/Number of questions/).fill('20');
		await page.getByRole('button', { name: 'Start the mock exam' }).click();
		await expect
			.poll(() => page.locator('.exam-question-title').textContent(), { timeout: 10_000 })
			.toBe('Question 1 of 20');
		expect(errors).toEqual([]);
		await context.close();
	});

	it('keeps working for the visit when storage refuses writes', async () => {
		const { page, errors, context } = await openPage(browser);
		// Reading works and every write of this site's keys fails, as with a full
		// quota. (Starlight's own theme and sidebar scripts are left alone: they do
		// not catch storage errors, and this test is about the practice code.)
		await context.addInitScript(() => {
			const setItem = Storage.prototype.setItem;
			Storage.prototype.setItem = function (key: string, value: string) {
				if (key.startsWith('pmle-practice'))
					throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
				setItem.call(this, key, value);
			};
		});
		await page.goto(`${server.url}practice/1.2/`);
		await expect
			.poll(() => page.locator('practice-notices .practice-notice').textContent(), { timeout: 10_000 })
			.toContain('does not let the site save data');
		await answerOnPage(page, questions[0]!, true);
		await expect
			.poll(() => page.locator('practice-progress').textContent(), { timeout: 10_000 })
			.toMatch(/1 of \d+ answered, 1 right/);
		expect(errors).toEqual([]);
		await context.close();
	});
});
