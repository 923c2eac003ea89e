/**
 * Progress kept in the browser: export and import as a file, reset with
 * confirmation, and bad data (in storage or in a file) reported without
 * breaking the page or replacing good data.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { browser, server, openPage } from '../support/browser-harness';
import type { Download, Page } from 'playwright-core';
import { card, choose, correctIndexes, importFile, readBank, wrongIndexes } from '../support/practice';
import type { PracticeBank, PracticeQuestion } from '../../src/lib/practice/types';

let bank: PracticeBank;
let questions: PracticeQuestion[];

const progressKey = 'pmle-practice:progress';

beforeAll(async () => {
	bank = await readBank();
	questions = bank.questions.filter((q) => q.objective === '1.2' && q.select === 1);
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

/** The copies of unreadable progress set aside, oldest first. */
const setAside = (page: Page) =>
	page.evaluate((prefix) => {
		const keys = Object.keys(localStorage)
			.filter((key) => key.startsWith(prefix))
			.sort();
		return keys.map((key) => localStorage.getItem(key));
	}, `${progressKey}:unreadable`);

/** The text of a download; the shared Chromium runs remotely, so it is streamed rather than read from a path. */
async function downloadedText(download: Download): Promise<string> {
	const chunks: Buffer[] = [];
	for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
	return Buffer.concat(chunks).toString('utf8');
}

describe('export, import and reset', () => {
	it('exports progress to a file, resets after confirmation, and imports the file back', async () => {
		const { page, context } = await openPage();
		await page.goto(`${server.url}practice/1.2/`);
		await answerOnPage(page, questions[0]!, true);
		await answerOnPage(page, questions[1]!, false);

		await page.goto(`${server.url}practice/`);
		await expect
			.poll(() => hubCell(page, '1.2', 1).textContent())
			.toBe(`2 of ${bank.questions.filter((q) => q.objective === '1.2').length}`);
		await expect.poll(() => hubCell(page, '1.2', 2).textContent()).toBe('1');

		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Export progress' }).click(),
		]);
		expect(download.suggestedFilename()).toMatch(/^pmle-practice-progress-\d{4}-\d{2}-\d{2}\.json$/);
		const exported = await downloadedText(download);
		const data = JSON.parse(exported);
		expect(data).toMatchObject({ format: 'pmle-practice-progress', version: 2, cards: {} });
		expect(Object.keys(data.answers).sort()).toEqual([questions[0]!.id, questions[1]!.id].sort());
		await expect
			.poll(() => page.locator('[data-status]').textContent())
			.toMatch(/^Exported 2 answered questions, 0 reviewed flashcards and 0 mock exams/);

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
		await expect.poll(() => hubCell(page, '1.2', 1).textContent()).toMatch(/^0 of/);
		await expect.poll(() => stored(page, progressKey)).toBeNull();

		await importFile(page, 'backup.json', exported);
		await expect
			.poll(() => page.locator('[data-status]').textContent())
			.toBe(
				'Imported backup.json: 2 question records and 0 flashcard review states added or updated, 0 mock exams added.'
			);
		await expect.poll(() => hubCell(page, '1.2', 1).textContent()).toMatch(/^2 of/);
		await expect.poll(() => hubCell(page, '1.2', 2).textContent()).toBe('1');
		await context.close();
	});

	it('refuses a corrupt or foreign file with a clear message and keeps the current progress', async () => {
		const { page, context } = await openPage();
		await page.goto(`${server.url}practice/1.2/`);
		await answerOnPage(page, questions[0]!, true);
		await page.goto(`${server.url}practice/`);
		const before = await stored(page, progressKey);
		const status = page.locator('[data-status]');

		await importFile(page, 'broken.json', '{"format": "pmle-practice-progress", "version": 1, "answers": ');
		await expect
			.poll(() => status.textContent())
			.toBe('Nothing was imported from broken.json. The file is not valid JSON. Your progress is unchanged.');
		await expect.poll(() => status.getAttribute('data-kind')).toBe('error');

		await importFile(page, 'other.json', '{"todos": []}');
		await expect.poll(() => status.textContent()).toContain('The file is not data from this study guide');

		const invalid = JSON.stringify({
			format: 'pmle-practice-progress',
			version: 1,
			answers: { 'some-question': { attempts: 'many' } },
			exams: [],
		});
		await importFile(page, 'invalid.json', invalid);
		await expect
			.poll(() => status.textContent())
			.toMatch(/The file has invalid content: answers\.some-question\.attempts: /);

		await expect.poll(() => stored(page, progressKey)).toBe(before);
		await expect.poll(() => hubCell(page, '1.2', 2).textContent()).toBe('1');
		await context.close();
	});
});

describe('bad data in storage', () => {
	it('reports a corrupt progress value, sets it aside, and keeps the page working', async () => {
		const { page, context } = await openPage();
		await page.goto(`${server.url}practice/`);
		const corrupt = '{"format":"pmle-practice-progress","version":1,"answers":{';
		await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [progressKey, corrupt]);
		await page.goto(`${server.url}practice/1.2/`);
		const notice = page.locator('practice-notices .practice-notice');
		await expect
			.poll(() => notice.textContent())
			.toMatch(/^Your saved progress is not valid JSON\. It was set aside so this page can start fresh/);
		await expect.poll(() => setAside(page)).toEqual([corrupt]);

		await answerOnPage(page, questions[0]!, true);
		await expect.poll(() => page.locator('practice-progress').textContent()).toMatch(/1 of \d+ answered, 1 right/);
		expect(JSON.parse((await stored(page, progressKey))!).answers[questions[0]!.id].lastCorrect).toBe(true);

		// A second corruption is set aside too: the first copy is kept, not overwritten.
		const foreign = JSON.stringify({ something: 'else' });
		await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [progressKey, foreign]);
		await page.reload();
		await expect.poll(() => setAside(page)).toEqual([corrupt, foreign]);

		// The hub offers every set-aside copy for download, by dated key; reset removes them.
		await page.goto(`${server.url}practice/`);
		const downloadButton = page.getByRole('button', { name: 'Download unreadable saved data' });
		const [download] = await Promise.all([page.waitForEvent('download'), downloadButton.click()]);
		const downloaded = JSON.parse(await downloadedText(download)) as Record<string, string>;
		expect(Object.values(downloaded)).toEqual([corrupt, foreign]);
		for (const key of Object.keys(downloaded))
			expect(key).toMatch(/^pmle-practice:progress:unreadable:\d{4}-\d{2}-\d{2}T[\d:.]+Z(-\d+)?$/);
		await page.getByRole('button', { name: 'Reset progress…' }).click();
		await page.getByRole('button', { name: 'Delete my progress' }).click();
		await expect.poll(() => downloadButton.isHidden()).toBe(true);
		await expect.poll(() => setAside(page)).toEqual([]);
		await context.close();
	});

	it('reports foreign data under the key without crashing', async () => {
		const { page, context } = await openPage();
		await page.goto(`${server.url}practice/`);
		await page.evaluate((key) => localStorage.setItem(key, JSON.stringify({ hello: 'world' })), progressKey);
		await page.reload();
		await expect
			.poll(() => page.locator('practice-notices .practice-notice').textContent())
			.toContain('Your saved progress is not data from this study guide');
		await expect.poll(() => hubCell(page, '1.2', 1).textContent()).toMatch(/^0 of/);
		await context.close();
	});

	it('never overwrites progress written by a newer version of the site', async () => {
		const { page, context } = await openPage();
		await page.goto(`${server.url}practice/`);
		const newer = JSON.stringify({ format: 'pmle-practice-progress', version: 99, answers: {}, somethingNew: true });
		await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [progressKey, newer]);
		await page.goto(`${server.url}practice/1.2/`);
		await expect
			.poll(() => page.locator('practice-notices .practice-notice').textContent())
			.toMatch(/written by a newer version of this site .*not saved/);
		await answerOnPage(page, questions[0]!, true);
		// The answer counts on the page, but the newer data is untouched.
		await expect.poll(() => page.locator('practice-progress').textContent()).toMatch(/1 of \d+ answered/);
		await expect.poll(() => stored(page, progressKey)).toBe(newer);
		await context.close();
	});

	it('starts a fresh mock exam when the saved exam is corrupt', async () => {
		const { page, context } = await openPage();
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
			.poll(() => page.locator('practice-notices .practice-notice').textContent())
			.toMatch(/^The saved mock exam in progress has invalid content: /);
		await page.getByLabel(/Number of questions/).fill('20');
		await page.getByRole('button', { name: 'Start the mock exam' }).click();
		await expect.poll(() => page.locator('.exam-question-title').textContent()).toBe('Question 1 of 20');
		await context.close();
	});

	it('keeps working for the visit when storage refuses writes', async () => {
		const { page, context } = await openPage();
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
			.poll(() => page.locator('practice-notices .practice-notice').textContent())
			.toContain('does not let the site save data');
		await answerOnPage(page, questions[0]!, true);
		await expect.poll(() => page.locator('practice-progress').textContent()).toMatch(/1 of \d+ answered, 1 right/);
		await context.close();
	});
});
