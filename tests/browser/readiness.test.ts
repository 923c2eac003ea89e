/**
 * The "mark as studied" control on study pages and the readiness dashboard:
 * marks persist and reach the dashboard, the dashboard reflects answers, card
 * reviews and mock exams, export/import carries the marks, unreadable or newer
 * marks are never lost, writes that fail are never shown as saved, the control
 * works from the keyboard, and both pages read well without JavaScript.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Download, Page } from 'playwright-core';
import { server, openPage } from '../support/browser-harness';
import { correctIndexes, importFile, readBank, wrongAnswer } from '../support/practice';
import type { PracticeBank } from '../../src/lib/practice/types';
import { emptyProgress, recordAnswer, recordExam, type ExamRecord } from '../../src/lib/practice/progress';
import { recordCardReview } from '../../src/lib/flashcards/schedule';
import { emptyStudied, markStudied, studiedStorageKey } from '../../src/lib/studied';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const progressKey = 'pmle-practice:progress';
const studyPath = 'section-1/bigquery-ml/';
const studyId = 'section-1/bigquery-ml';

let bank: PracticeBank;
beforeAll(async () => {
	bank = await readBank();
});

const stored = (page: Page, key: string) => page.evaluate((k) => localStorage.getItem(k), key);
const keysStartingWith = (page: Page, prefix: string) =>
	page.evaluate((p) => Object.keys(localStorage).filter((k) => k.startsWith(p)), prefix);
const control = (page: Page) => page.getByRole('checkbox', { name: 'Mark this page as studied' });
const row = (page: Page, objective: string) => page.locator(`tr[data-objective="${objective}"]`);
const stat = (page: Page, objective: string, name: string) =>
	row(page, objective).locator(`[data-stat="${name}"]`).textContent();
const steps = (page: Page) => page.locator('[data-next-steps] li');

/** Stores documents before any page script runs, once per context (a reload keeps what the page wrote). */
async function seed(page: Page, documents: Record<string, unknown>): Promise<void> {
	await page.context().addInitScript((docs) => {
		if (sessionStorage.getItem('test:seeded')) return;
		for (const [key, value] of Object.entries(docs))
			localStorage.setItem(key, typeof value === 'string' ? value : JSON.stringify(value));
		sessionStorage.setItem('test:seeded', '1');
	}, documents);
}

async function downloadedText(download: Download): Promise<string> {
	const chunks: Buffer[] = [];
	for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
	return Buffer.concat(chunks).toString('utf8');
}

/** Progress with answers to 4.1 (the last one wrong), two 4.1 cards reviewed a minute ago, a mock exam, and 4.1's page studied. */
async function sampleData() {
	const now = new Date();
	const of = (objective: string) => bank.questions.filter((q) => q.objective === objective);
	const q41 = of('4.1');
	let progress = emptyProgress();
	for (const [i, q] of q41.entries())
		progress = recordAnswer(progress, {
			questionId: q.id,
			selected: i === q41.length - 1 ? wrongAnswer(q) : correctIndexes(q),
			correct: i !== q41.length - 1,
			at: new Date(now.getTime() - 60_000).toISOString(),
			source: 'practice',
		});
	const cardIds = (await (await fetch(`${server.url}practice/readiness/`)).text())
		.match(/data-objective="4\.1"[^>]*data-card-ids="([^"]*)"/)![1]!
		.split(' ');
	// Two cards reviewed "Good" a minute ago: not due, recall close to 100%.
	for (const id of cardIds.slice(0, 2))
		progress = recordCardReview(progress, id, 'good', new Date(now.getTime() - 60_000));
	const examQuestions = [...of('4.1').slice(0, 2), ...of('1.1').slice(0, 2)];
	const exam: ExamRecord = {
		id: 'exam-test',
		startedAt: new Date(now.getTime() - 3_600_000).toISOString(),
		finishedAt: new Date(now.getTime() - 1_800_000).toISOString(),
		endedBy: 'candidate',
		requested: 4,
		durationMs: 3_600_000,
		elapsedMs: 1_800_000,
		questionIds: examQuestions.map((q) => q.id),
		// Both Section 4 questions right, the Section 1 ones wrong.
		answers: Object.fromEntries(examQuestions.map((q, i) => [q.id, i < 2 ? correctIndexes(q) : wrongAnswer(q)])),
		marked: [],
		optionOrders: {},
		correct: 2,
		total: 4,
		blueprint: '2026-06',
	};
	progress = recordExam(progress, exam, new Set(examQuestions.slice(0, 2).map((q) => q.id)));
	const studied = markStudied(emptyStudied(), 'section-4/serving-models', now.toISOString());

	return { progress, studied, q41, cardIds, of };
}

describe('mark as studied', () => {
	it('persists across reloads, can be undone, and shows on the dashboard', async () => {
		const { page } = await openPage();
		await page.goto(`${server.url}${studyPath}`);
		await expect.poll(() => control(page).isChecked()).toBe(false);
		await control(page).check();
		await expect.poll(() => page.locator('[data-studied-date]').textContent()).toMatch(/^Studied on .*2026$/);
		const saved = JSON.parse((await stored(page, studiedStorageKey))!);
		expect(saved).toMatchObject({ format: 'pmle-practice-studied', version: 2 });
		expect(Object.keys(saved.pages)).toEqual([studyId]);

		await page.reload();
		await expect.poll(() => control(page).isChecked()).toBe(true);
		await expect.poll(() => page.locator('[data-studied-date]').textContent()).toMatch(/^Studied on /);

		await page.goto(`${server.url}practice/readiness/`);
		await expect.poll(() => stat(page, '1.1', 'studied')).toMatch(/^Studied /);
		await expect.poll(() => stat(page, '1.2', 'studied')).toBe('Not marked as studied');
		await expect.poll(() => stat(page, '1.1', 'readiness')).toBe('Readiness 20%');

		await page.goto(`${server.url}${studyPath}`);
		await control(page).uncheck();
		await expect.poll(() => page.locator('[data-studied-date]').textContent()).toBe('');
		await page.reload();
		await expect.poll(() => control(page).isChecked()).toBe(false);
		// The unmark is kept, dated, so an older export cannot mark the page again.
		expect(JSON.parse((await stored(page, studiedStorageKey))!).pages).toEqual({
			[studyId]: { studied: false, changedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/) },
		});
	});

	it('reads marks stored by the first version (version 1) and upgrades them in place', async () => {
		const { page } = await openPage();
		const at = new Date(Date.now() - 86_400_000).toISOString();
		await seed(page, {
			[studiedStorageKey]: { format: 'pmle-practice-studied', version: 1, pages: { [studyId]: { studiedAt: at } } },
		});
		await page.goto(`${server.url}${studyPath}`);
		await expect.poll(() => control(page).isChecked()).toBe(true);
		expect(JSON.parse((await stored(page, studiedStorageKey))!)).toEqual({
			format: 'pmle-practice-studied',
			version: 2,
			pages: { [studyId]: { studied: true, studiedAt: at, changedAt: at } },
		});
		expect(await keysStartingWith(page, `${studiedStorageKey}:unreadable`)).toEqual([]);
	});

	it('works from the keyboard: Tab reaches it, Space toggles it', async () => {
		const { page } = await openPage();
		await page.goto(`${server.url}${studyPath}`);
		await control(page).waitFor();
		// Focus the link just before the control, then move on with Tab as a keyboard user would.
		await page.locator('studied-control').evaluate((element) => {
			const before = [...document.querySelectorAll<HTMLElement>('a[href], button, input')].filter(
				(el) => el.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING && el.offsetParent !== null
			);
			before.at(-1)!.focus();
		});
		await page.keyboard.press('Tab');
		expect(await control(page).evaluate((el) => el === document.activeElement)).toBe(true);
		await page.keyboard.press('Space');
		await expect.poll(() => control(page).isChecked()).toBe(true);
		await expect
			.poll(async () => Object.keys(JSON.parse((await stored(page, studiedStorageKey))!).pages))
			.toEqual([studyId]);
		await page.keyboard.press('Space');
		await expect.poll(() => control(page).isChecked()).toBe(false);
	});

	it('is left out of print', async () => {
		const { page } = await openPage();
		await page.goto(`${server.url}${studyPath}`);
		await control(page).waitFor();
		await page.emulateMedia({ media: 'print' });
		expect(await page.locator('studied-control').isVisible()).toBe(false);
	});

	it('sets unreadable marks aside with a notice, and the hub offers the copy for download', async () => {
		const { page } = await openPage();
		const corrupt =
			'{"format":"pmle-practice-studied","version":1,"pages":{"section-1/bigquery-ml":{"studiedAt":"soon"}}}';
		await seed(page, { [studiedStorageKey]: corrupt });
		await page.goto(`${server.url}${studyPath}`);
		await expect
			.poll(() => page.locator('studied-control .studied-notice').textContent())
			.toMatch(
				/^Your saved list of studied pages has invalid content: pages\.section-1\/bigquery-ml\.studiedAt: .* It was set aside/
			);
		const copies = await keysStartingWith(page, `${studiedStorageKey}:unreadable:`);
		expect(copies).toHaveLength(1);
		expect(await stored(page, copies[0]!)).toBe(corrupt);
		expect(await stored(page, studiedStorageKey)).toBeNull();
		// The page starts fresh and new marks are saved.
		await control(page).check();
		await expect
			.poll(async () => Object.keys(JSON.parse((await stored(page, studiedStorageKey))!).pages))
			.toEqual([studyId]);
		await page.goto(`${server.url}practice/`);
		await expect
			.poll(() => page.getByRole('button', { name: 'Download unreadable saved data' }).isVisible())
			.toBe(true);
	});

	it('leaves marks from a newer version untouched and says nothing here is saved', async () => {
		const { page } = await openPage();
		const newer = '{"format":"pmle-practice-studied","version":7,"pages":{}}';
		await seed(page, { [studiedStorageKey]: newer });
		await page.goto(`${server.url}${studyPath}`);
		await expect
			.poll(() => page.locator('studied-control .studied-notice').textContent())
			.toContain('written by a newer version of this site');
		await control(page).check();
		await expect.poll(() => page.locator('[data-studied-date]').textContent()).toMatch(/\(not saved\)$/);
		expect(await stored(page, studiedStorageKey)).toBe(newer);
	});

	it('never shows a mark as saved when storage refuses the write', async () => {
		const { page, context } = await openPage();
		await context.addInitScript((key) => {
			const setItem = Storage.prototype.setItem;
			Storage.prototype.setItem = function (k: string, v: string) {
				if (k === key) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
				setItem.call(this, k, v);
			};
		}, studiedStorageKey);
		await page.goto(`${server.url}${studyPath}`);
		await control(page).check();
		await expect.poll(() => page.locator('[data-studied-date]').textContent()).toMatch(/^Studied on .*\(not saved\)$/);
		await expect
			.poll(() => page.locator('studied-control .studied-notice').textContent())
			.toContain("could not be saved because the browser's storage is full or blocked");
		expect(await stored(page, studiedStorageKey)).toBeNull();
	});
});

describe('readiness dashboard', () => {
	it('on a first visit suggests the heaviest objectives, starting with their study pages', async () => {
		const { page } = await openPage();
		await page.goto(`${server.url}practice/readiness/`);
		await expect.poll(() => stat(page, '4.1', 'readiness')).toBe('Readiness 0%');
		await expect.poll(() => page.locator('[data-next-note]').textContent()).toMatch(/^Start here/);
		expect(await steps(page).count()).toBe(5);
		// Section 4 of the June 2026 guide weighs 20% over two objectives: 10% each, the most of any.
		expect(await steps(page).first().textContent()).toMatch(/^Read “.+” \(4\.1 .+, 10% of the exam, readiness 0%\)$/);
		expect(await steps(page).first().locator('a').getAttribute('href')).toBe('/section-4/serving-models/');
		expect(await page.locator('[data-exams]').textContent()).toBe('');
	});

	it('reflects answers, flashcard reviews, studied pages and the mock-exam history', async () => {
		const { progress, studied, q41, cardIds, of } = await sampleData();
		const { page } = await openPage();
		await seed(page, { [progressKey]: progress, [studiedStorageKey]: studied });
		await page.goto(`${server.url}practice/readiness/`);
		// The exam recorded its answers as attempts too: 4.1's last question (practice, wrong) is its only wrong answer.
		await expect
			.poll(() => stat(page, '4.1', 'practice'))
			.toBe(
				`${q41.length} of ${q41.length} answered, ${Math.round((100 * (q41.length - 1)) / q41.length)}% right on last try`
			);
		await expect.poll(() => stat(page, '4.1', 'studied')).toMatch(/^Studied /);
		await expect.poll(() => stat(page, '4.1', 'cards')).toBe(`0 due, ${cardIds.length - 2} new; predicted recall 100%`);
		await expect
			.poll(() => stat(page, '1.1', 'practice'))
			.toBe(`2 of ${of('1.1').length} answered, 0% right on last try`);
		// Mock exams: one row, scored by section of the June 2026 guide.
		const examRow = page.locator('[data-exams] tbody tr');
		await expect.poll(() => examRow.count()).toBe(1);
		expect(await examRow.locator('td').allTextContents()).toEqual([
			'June 2026 guide',
			'50% (2/4)',
			'0% (0/2)',
			'100% (2/2)',
		]);
		expect(await page.locator('[data-exams] thead th').allTextContents()).toEqual([
			'Finished',
			'Weighted by',
			'Score',
			'Section 1',
			'Section 4',
		]);
		// 4.1 is studied and nearly all right, so it drops out of the top five; 4.2 (10%, nothing done) leads.
		await expect.poll(() => page.locator('[data-next-note]').textContent()).toMatch(/^The weakest heavily weighted/);
		const texts = await steps(page).allTextContents();
		expect(texts.find((t) => t.includes('(4.1 '))).toBeUndefined();
		expect(texts[0]).toMatch(/\(4\.2 /);

		// Another tab marks a page: the dashboard follows.
		const other = await page.context().newPage();
		await other.goto(`${server.url}section-4/scaling-online-serving/`);
		await other.getByRole('checkbox', { name: 'Mark this page as studied' }).check();
		await expect.poll(() => stat(page, '4.2', 'studied')).toMatch(/^Studied /);
		await other.close();
	});

	it('has no axe violations with data, in both themes, at 375 and 1280 px', async () => {
		const { progress, studied } = await sampleData();
		for (const theme of ['light', 'dark'])
			for (const width of [375, 1280]) {
				// bypassCSP lets the test inject axe; the site's own policy is tested in csp-and-privacy.test.ts.
				const { page } = await openPage({ bypassCSP: true, viewport: { width, height: 800 } });
				await seed(page, { [progressKey]: progress, [studiedStorageKey]: studied, 'starlight-theme': theme });
				for (const path of ['practice/readiness/', 'section-4/serving-models/']) {
					await page.goto(`${server.url}${path}`);
					await page
						.locator(path.startsWith('practice') ? '[data-exams] table' : '[data-studied-date]:not(:empty)')
						.waitFor();
					expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
					await page.addScriptTag({ content: axeSource });
					const violations = await page.evaluate(async () => {
						// @ts-expect-error axe is injected above
						const result = await window.axe.run(document, {
							runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] },
						});
						return result.violations.map(
							(v: { id: string; nodes: { target: string[] }[] }) =>
								`${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
						);
					});
					expect(violations, `${path} (${theme}, ${width} px)`).toEqual([]);
				}
			}
	});

	it('export and import carry the studied pages', async () => {
		const { page } = await openPage();
		await page.goto(`${server.url}${studyPath}`);
		await control(page).check();
		await page.goto(`${server.url}practice/`);
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Export progress' }).click(),
		]);
		const exported = await downloadedText(download);
		expect(Object.keys(JSON.parse(exported).studied.pages)).toEqual([studyId]);
		await expect
			.poll(() => page.locator('[data-status]').textContent())
			.toMatch(/^Exported 0 answered questions, 0 reviewed flashcards, 1 studied page and 0 mock exams/);

		await page.getByRole('button', { name: 'Reset progress…' }).click();
		await page
			.getByRole('dialog', { name: 'Reset your progress?' })
			.getByRole('button', { name: 'Delete my progress' })
			.click();
		await expect.poll(() => stored(page, studiedStorageKey)).toBeNull();

		await importFile(page, 'backup.json', exported);
		await expect
			.poll(() => page.locator('[data-status]').textContent())
			.toBe(
				'Imported backup.json: 0 question records, 0 flashcard review states and 1 studied page added or updated, 0 mock exams added.'
			);
		await page.goto(`${server.url}${studyPath}`);
		await expect.poll(() => control(page).isChecked()).toBe(true);

		// Unmarked after the export: importing the older file does not mark the page again.
		await control(page).uncheck();
		await expect.poll(() => page.locator('[data-studied-date]').textContent()).toBe('');
		await page.goto(`${server.url}practice/`);
		await importFile(page, 'backup.json', exported);
		await expect
			.poll(() => page.locator('[data-status]').textContent())
			.toBe(
				'Imported backup.json: 0 question records and 0 flashcard review states added or updated, 0 mock exams added.'
			);
		await page.goto(`${server.url}${studyPath}`);
		await expect.poll(() => control(page).isChecked()).toBe(false);

		// A file whose marks are invalid is refused whole.
		const bad = JSON.parse(exported);
		bad.studied.pages = { 'Not A Page': { studiedAt: 'x' } };
		await page.goto(`${server.url}practice/`);
		await importFile(page, 'bad.json', JSON.stringify(bad));
		await expect
			.poll(() => page.locator('[data-status]').textContent())
			.toMatch(
				/^Nothing was imported from bad\.json\. The studied pages in the file has invalid content: pages\.Not A Page/
			);
	});
});

describe('without JavaScript', () => {
	it('the dashboard lists every objective with its links and where to start, with no control that does nothing', async () => {
		const { page } = await openPage({ javaScriptEnabled: false });
		await page.goto(`${server.url}practice/readiness/`);
		expect(await page.locator('tr[data-objective]').count()).toBe(16);
		expect(await steps(page).count()).toBe(5);
		expect(await page.locator('[data-next-note]').textContent()).toMatch(/^\s*Start here/);
		expect(await row(page, '1.1').getByRole('link', { name: 'Study page' }).getAttribute('href')).toBe(
			'/section-1/bigquery-ml/'
		);
		expect(
			await row(page, '1.1')
				.getByRole('link', { name: /questions$/ })
				.getAttribute('href')
		).toBe('/practice/1.1/');
		expect(
			await row(page, '1.1')
				.getByRole('link', { name: /cards$/ })
				.getAttribute('href')
		).toBe('/flashcards/1.1/');
		expect(await page.locator('noscript').count()).toBeGreaterThan(0);
		expect(await page.locator('[data-figures-note]').isVisible()).toBe(false);
		// 5.3 is listed under Section 2, and the page says so (from the mapping).
		expect(await page.locator('#readiness-section-2 ~ * tr[data-objective="5.3"]').count()).toBe(1);
		expect(await page.getByText('sub-objectives that count toward it (5.3 counts toward Section 2).').count()).toBe(1);
		expect(await page.locator('[data-stat]').allTextContents()).toEqual(Array(16 * 4).fill(''));
	});

	it('a study page shows no studied control', async () => {
		const { page } = await openPage({ javaScriptEnabled: false });
		await page.goto(`${server.url}${studyPath}`);
		expect(await page.locator('studied-control').count()).toBe(1);
		expect(await page.locator('[data-studied-ui]').isVisible()).toBe(false);
		expect(await page.getByRole('checkbox').count()).toBe(0);
	});
});
