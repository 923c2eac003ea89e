/**
 * Saved progress is never lost and never misreported: two tabs on one mock
 * exam, a result that cannot be saved at submit, imports into full or blocked
 * storage, implausible or foreign import files, hostile addresses, and a
 * browser that blocks site storage altogether.
 */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { server, openPage } from '../support/browser-harness';
import { chromiumFlags, findChromium } from '../support/browser';
import { card, choose, correctIndexes, importFile, readBank } from '../support/practice';
import type { PracticeBank, PracticeQuestion } from '../../src/lib/practice/types';
import type { AnswerRecord, ExamRecord, Progress } from '../../src/lib/practice/progress';

const progressKey = 'pmle-practice:progress';
const examKey = 'pmle-practice:exam';

let bank: PracticeBank;
beforeAll(async () => {
	bank = await readBank();
});

const stored = (page: Page, key: string) => page.evaluate((k) => localStorage.getItem(k), key);
const storedJson = async (page: Page, key: string) => JSON.parse((await stored(page, key)) ?? 'null');

/** A page in an existing context whose errors fail the test, like openPage's. */
async function secondTab(context: BrowserContext, errors: string[]): Promise<Page> {
	const page = await context.newPage();
	page.on('pageerror', (error) => errors.push(error.message));
	page.on('console', (msg) => {
		if (msg.type() === 'error') errors.push(msg.text());
	});
	return page;
}

/**
 * Makes this site's writes of `key` throw as a full quota does, while the test
 * key `test:fail-writes` holds that key. Reading keeps working.
 */
async function failWritesWhenAsked(context: BrowserContext): Promise<void> {
	await context.addInitScript(() => {
		const setItem = Storage.prototype.setItem;
		Storage.prototype.setItem = function (key: string, value: string) {
			if (this === window.localStorage && key === window.localStorage.getItem('test:fail-writes'))
				throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			setItem.call(this, key, value);
		};
	});
}

async function startExam(page: Page, search = '?questions=3&minutes=5'): Promise<void> {
	await page.goto(`${server.url}practice/mock-exam/${search}`);
	await page.getByRole('button', { name: 'Start the mock exam' }).click();
	await page.locator('.exam-question-title').waitFor();
}

async function answerCurrent(page: Page): Promise<PracticeQuestion> {
	const id = await page.locator('[data-exam-question] .question').getAttribute('data-question-id');
	const question = bank.questions.find((q) => q.id === id)!;
	for (const index of correctIndexes(question))
		await page.locator(`[data-exam-question] input[value="${index}"]`).check();
	return question;
}

async function submit(page: Page): Promise<void> {
	await page.getByRole('button', { name: 'Submit exam…' }).click();
	await page.getByRole('dialog', { name: 'Submit the exam?' }).getByRole('button', { name: 'Submit now' }).click();
}

const summary = (page: Page) => page.locator('[data-exam-summary]').textContent();

describe('two tabs on one mock exam', () => {
	it('share answers both ways, never write older answers over newer ones, and end together', async () => {
		const { page: first, context, errors } = await openPage();
		await startExam(first);
		const second = await secondTab(context, errors);
		await second.goto(`${server.url}practice/mock-exam/`);
		await expect.poll(() => second.locator('[data-exam-run-note]').textContent()).toMatch(/^Your exam in progress/);

		await answerCurrent(first);
		await first.getByRole('button', { name: 'Next →' }).click();
		await answerCurrent(first);
		await expect.poll(() => summary(second)).toBe('2 answered, 1 unanswered, 0 marked for review');
		// Both tabs keep saving the running clock every second; before the fix the
		// second tab's copy (without the answers) replaced the first's within seconds.
		await first.waitForTimeout(3500);
		expect(Object.keys((await storedJson(first, examKey)).answers)).toHaveLength(2);

		// The other way round: the second tab answers and marks the third question.
		await second.getByRole('button', { name: 'Question 3: not answered' }).click();
		await answerCurrent(second);
		await second.getByRole('button', { name: 'Mark for review' }).click();
		await expect.poll(() => summary(first)).toBe('3 answered, 0 unanswered, 1 marked for review');
		await first.waitForTimeout(1500);
		expect(await storedJson(first, examKey)).toMatchObject({ marked: [expect.any(String)] });

		// Submitting in one tab ends the exam in both: the other shows the same result.
		await submit(first);
		await expect.poll(() => first.locator('[data-exam-result-title]').textContent()).toBe('Your result: 3 of 3 (100%)');
		await expect
			.poll(() => second.locator('[data-exam-result-title]').textContent())
			.toBe('Your result: 3 of 3 (100%)');
		await expect
			.poll(() => second.locator('[data-exam-announcer]').textContent())
			.toBe('This mock exam was submitted in another tab. Its result is shown here.');
		await first.waitForTimeout(1500);
		expect(await stored(first, examKey)).toBeNull();
		expect((await storedJson(first, progressKey)).exams).toHaveLength(1);
	});

	it('lets "Reset progress" on the hub end an exam open in another tab, instead of being undone', async () => {
		const { page: exam, context, errors } = await openPage();
		await startExam(exam);
		await answerCurrent(exam);
		const hub = await secondTab(context, errors);
		await hub.goto(`${server.url}practice/`);
		await hub.getByRole('button', { name: 'Reset progress…' }).click();
		await hub.getByRole('button', { name: 'Delete my progress' }).click();
		await expect
			.poll(() => exam.locator('practice-notices .practice-notice').textContent())
			.toContain('Your mock exam was ended in another tab');
		await expect.poll(() => exam.locator('[data-exam-setup]').isVisible()).toBe(true);
		await hub.waitForTimeout(2500);
		expect(await stored(hub, examKey)).toBeNull();
		expect(await stored(hub, progressKey)).toBeNull();
	});
});

describe('a result that cannot be saved', () => {
	it('keeps the submitted exam, says the result is not saved, offers a download, and saves it on the next visit', async () => {
		const { page, context } = await openPage();
		await failWritesWhenAsked(context);
		await startExam(page);
		await answerCurrent(page);
		await page.evaluate((key) => localStorage.setItem('test:fail-writes', key), progressKey);
		await submit(page);

		const unsaved = page.locator('[data-exam-result-unsaved]');
		await expect.poll(() => unsaved.isVisible()).toBe(true);
		await expect.poll(() => unsaved.textContent()).toContain('This result is not saved yet.');
		await expect
			.poll(() => page.locator('practice-notices .practice-notice').textContent())
			.toContain('could not be saved because the browser');
		expect(await stored(page, progressKey)).toBeNull();
		const exam = await storedJson(page, examKey);
		expect(exam.submitted).toMatchObject({ endedBy: 'candidate' });

		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Download my progress with this result' }).click(),
		]);
		const chunks: Buffer[] = [];
		for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
		const file = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Progress;
		expect(file.exams.map((e) => e.id)).toEqual([exam.id]);

		// Space is free again: the next visit saves the result instead of resuming the exam.
		await page.evaluate(() => localStorage.removeItem('test:fail-writes'));
		await page.reload();
		await expect.poll(() => page.locator('[data-exam-result-title]').textContent()).toBe('Your result: 1 of 3 (33%)');
		await expect.poll(() => unsaved.isHidden()).toBe(true);
		expect((await storedJson(page, progressKey)).exams.map((e: ExamRecord) => e.id)).toEqual([exam.id]);
		expect(await stored(page, examKey)).toBeNull();
	});
});

describe('imports', () => {
	const status = (page: Page) => page.locator('[data-status]');

	function examRecord(id: string, finishedAt: string, overrides: Partial<ExamRecord> = {}): ExamRecord {
		const [a, b] = bank.questions;
		return {
			id,
			startedAt: '2026-11-01T10:00:00.000Z',
			finishedAt,
			endedBy: 'candidate',
			requested: 2,
			durationMs: 300_000,
			elapsedMs: 60_000,
			questionIds: [a!.id, b!.id],
			answers: {},
			marked: [],
			optionOrders: {},
			correct: 0,
			total: 2,
			blueprint: '2024-10',
			...overrides,
		};
	}
	const file = (progress: Partial<Progress>) =>
		JSON.stringify({ format: 'pmle-practice-progress', version: 2, answers: {}, exams: [], cards: {}, ...progress });
	const minute = (n: number) => new Date(Date.UTC(2026, 10, 2, 10, n)).toISOString();

	it('says nothing was imported when storage is full, and leaves the saved progress as it was', async () => {
		const { page, context } = await openPage();
		await failWritesWhenAsked(context);
		await page.goto(`${server.url}practice/`);
		await page.evaluate((key) => localStorage.setItem('test:fail-writes', key), progressKey);
		await importFile(page, 'backup.json', file({ exams: [examRecord('e1', minute(1))] }));
		await expect
			.poll(() => status(page).textContent())
			.toMatch(/^Nothing was imported from backup\.json: the merged progress could not be saved in this browser/);
		await expect.poll(() => status(page).getAttribute('data-kind')).toBe('error');
		// The reason is the storage layer's notice, not a guess in the import message.
		await expect
			.poll(() => page.locator('practice-notices .practice-notice').allTextContents())
			.toContainEqual(expect.stringContaining("the browser's storage is full or blocked"));
		expect(await stored(page, progressKey)).toBeNull();
	});

	it('keeps every local exam when the history is full, and says what from the file was left out', async () => {
		const { page } = await openPage();
		await page.goto(`${server.url}practice/`);
		const local = file({ exams: [examRecord('local-exam', minute(0))] });
		await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [progressKey, local]);
		const fifty = Array.from({ length: 50 }, (_, i) => examRecord(`imported-${i}`, minute(i + 1)));
		await importFile(page, 'fifty.json', file({ exams: fifty }));
		await expect
			.poll(() => status(page).textContent())
			.toBe(
				'Imported fifty.json: 0 question records and 0 flashcard review states added or updated, 49 mock exams added. 1 older mock exam from the file was not added because the history keeps at most 50 exams; every exam already here was kept.'
			);
		const exams = (await storedJson(page, progressKey)).exams as ExamRecord[];
		expect(exams).toHaveLength(50);
		expect(exams.map((e) => e.id)).toContain('local-exam');
	});

	it('refuses impossible scores, clocks and dates, naming the field', async () => {
		const { page } = await openPage();
		await page.goto(`${server.url}practice/`);
		await importFile(page, 'score.json', file({ exams: [examRecord('e1', minute(1), { correct: 999, total: 1 })] }));
		await expect.poll(() => status(page).textContent()).toContain('exams.0.correct: correct cannot exceed total');
		await importFile(page, 'clock.json', file({ exams: [examRecord('e1', minute(1), { elapsedMs: 1e15 })] }));
		await expect.poll(() => status(page).textContent()).toContain('exams.0.elapsedMs');
		await importFile(page, 'future.json', file({ exams: [examRecord('e1', '9999-12-31T00:00:00.000Z')] }));
		await expect
			.poll(() => status(page).textContent())
			.toContain('The file has a date in the future (exams.0.finishedAt: 9999-12-31T00:00:00.000Z)');
		expect(await stored(page, progressKey)).toBeNull();
	});

	it('reports and leaves out records of questions the site does not have', async () => {
		const { page } = await openPage();
		await page.goto(`${server.url}practice/`);
		const record: AnswerRecord = {
			attempts: 1,
			correctAttempts: 1,
			lastSelected: [0],
			lastCorrect: true,
			lastAt: minute(1),
			lastSource: 'practice',
		};
		const known = bank.questions[0]!.id;
		await importFile(page, 'mixed.json', file({ answers: { [known]: record, 'no-such-question': record } }));
		await expect
			.poll(() => status(page).textContent())
			.toBe(
				'Imported mixed.json: 1 question record and 0 flashcard review states added or updated, 0 mock exams added. 1 record of questions this site does not have was left out: no-such-question.'
			);
		expect(Object.keys((await storedJson(page, progressKey)).answers)).toEqual([known]);
	});

	it('refuses an absurdly large file by its size', async () => {
		const { page } = await openPage();
		await page.goto(`${server.url}practice/`);
		await importFile(page, 'huge.json', Buffer.alloc(6 * 1024 * 1024, 32));
		await expect
			.poll(() => status(page).textContent())
			.toBe(
				'Nothing was imported from huge.json. The file is 6144 KB; a progress file is never larger than 5 MB. Your progress is unchanged.'
			);
	});
});

describe('hostile addresses', () => {
	it('builds the "standard format" link from the site, not from the address', async () => {
		const { page } = await openPage();
		// Another address for the same page: a link copied from the address would keep it.
		await page.goto(`${server.url}practice/mock-exam/index.html?questions=3`);
		const link = page.getByRole('link', { name: 'Use the standard format' });
		await expect.poll(() => link.getAttribute('href')).toBe('/practice/mock-exam/');
	});

	it.each(['%', '%E0%A4%A'])('ignores a malformed fragment (#%s) without an error', async (fragment) => {
		const { page } = await openPage();
		await page.goto(`${server.url}practice/1.1/#${fragment}`);
		// The page's scripts ran: the questions became interactive. Page errors fail the test afterwards.
		await expect.poll(() => page.locator('article.question.is-interactive').count()).toBeGreaterThan(0);
	});
});

describe('a browser that blocks site storage', () => {
	it('keeps the theme picker, the studied control and practice working, and says nothing is saved', async () => {
		// Chromium's own setting ("block all cookies"), not a simulation: reading
		// localStorage or sessionStorage throws a SecurityError.
		const profile = await mkdtemp(join(tmpdir(), 'pmle-blocked-'));
		await mkdir(join(profile, 'Default'));
		await writeFile(
			join(profile, 'Default', 'Preferences'),
			JSON.stringify({ profile: { default_content_setting_values: { cookies: 2 } } })
		);
		const { executablePath } = await findChromium();
		const context = await chromium.launchPersistentContext(profile, { executablePath, args: chromiumFlags });
		try {
			const page = context.pages()[0] ?? (await context.newPage());
			const errors: string[] = [];
			page.on('pageerror', (error) => errors.push(error.message));
			await page.goto(`${server.url}section-1/bigquery-ml/`);
			// The real setting is in force: the browser's own storage object is unusable.
			expect(
				await page.evaluate(() => (window.localStorage as Storage & { inMemoryOnly?: boolean }).inMemoryOnly)
			).toBe(true);
			await page.locator('starlight-theme-select select').first().selectOption('light');
			await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
			await page.locator('starlight-theme-select select').first().selectOption('dark');
			await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
			// The "mark as studied" control says so too, and never shows a mark as saved.
			await expect
				.poll(() => page.locator('studied-control .studied-notice').textContent())
				.toContain('does not let the site save data');
			await page.getByRole('checkbox', { name: 'Mark this page as studied' }).check();
			await expect.poll(() => page.locator('[data-studied-date]').textContent()).toMatch(/\(not saved\)$/);

			await page.goto(`${server.url}practice/1.2/`);
			await expect
				.poll(() => page.locator('practice-notices .practice-notice').textContent())
				.toContain('does not let the site save data');
			const question = bank.questions.find((q) => q.objective === '1.2' && q.select === 1)!;
			await choose(page, `[id="${question.id}"]`, correctIndexes(question));
			await card(page, question.id).getByRole('button', { name: 'Check answer' }).click();
			await expect.poll(() => page.locator('practice-progress').textContent()).toMatch(/1 of \d+ answered, 1 right/);
			expect(errors).toEqual([]);
		} finally {
			await context.close();
			await rm(profile, { recursive: true, force: true });
		}
	});
});
