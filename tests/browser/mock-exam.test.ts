/**
 * The mock exam on the built site in Chromium, with the size and time limit
 * set through the page address: a short exam answered, marked, submitted and
 * scored; a reload mid-exam; and the automatic submission when time runs out.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { server, openPage } from '../support/browser-harness';
import type { Page } from 'playwright-core';
import { correctIndexes, readBank, wrongAnswer } from '../support/practice';
import type { PracticeBank, PracticeQuestion } from '../../src/lib/practice/types';
import { blueprint2024, blueprint2026 } from '../../src/lib/registry';
import { durationForQuestions, mockExamFormat } from '../../src/lib/practice/exam-config';
import { describeDuration } from '../../src/lib/practice/timer';

let bank: PracticeBank;

beforeAll(async () => {
	bank = await readBank();
});

async function startExam(page: Page, search: string): Promise<void> {
	await page.goto(`${server.url}practice/mock-exam/${search}`);
	await page.getByRole('button', { name: 'Start the mock exam' }).click();
	await page.locator('.exam-question-title').waitFor();
}

async function currentQuestion(page: Page): Promise<PracticeQuestion> {
	const id = await page.locator('[data-exam-question] .question').getAttribute('data-question-id');
	return bank.questions.find((q) => q.id === id)!;
}

async function answer(page: Page, indexes: readonly number[]): Promise<void> {
	for (const index of indexes) await page.locator(`[data-exam-question] input[value="${index}"]`).check();
}

const clockSeconds = async (page: Page) => {
	const [minutes, seconds] = (await page.locator('[data-exam-clock]').textContent())!.split(':').map(Number);
	return minutes! * 60 + seconds!;
};

describe('mock exam', () => {
	it('offers the real format by default and says what the bank can supply', async () => {
		const { page, context } = await openPage();
		await page.goto(`${server.url}practice/mock-exam/`);
		const size = page.getByLabel(/Number of questions/);
		await expect.poll(() => size.inputValue()).toBe('50');
		await expect
			.poll(() => page.locator('[data-exam-supply]').textContent())
			.toContain(`${bank.questions.length} questions are available`);
		const count = Math.min(50, bank.questions.length);
		const limit = `Time limit: ${describeDuration(durationForQuestions(count, mockExamFormat))}.`;
		await expect
			.poll(() => page.locator('[data-exam-duration]').textContent())
			.toBe(count < 50 ? `The bank has ${count} questions, so the exam will have ${count}. ${limit}` : limit);
		await size.fill('20');
		await expect.poll(() => page.locator('[data-exam-duration]').textContent()).toBe('Time limit: 48 minutes.');
		// Extra time for approved testing accommodations lengthens the limit.
		const extra = page.getByLabel(/Extra time/);
		await extra.selectOption('50');
		await expect
			.poll(() => page.locator('[data-exam-duration]').textContent())
			.toBe('Time limit: 1 hour 12 minutes, with 50% extra time.');
		await extra.selectOption('0');
		// Weighted by the June 2026 guide unless the candidate chooses the 2024-10 guide.
		const june = page.getByRole('radio', { name: 'June 2026 guide (live English exam)' });
		const october = page.getByRole('radio', { name: '2024-10 guide' });
		await expect.poll(() => june.isChecked()).toBe(true);
		await expect.poll(() => october.isChecked()).toBe(false);
		await expect
			.poll(() => page.locator('#exam-blueprint-2026-06-weights').textContent())
			.toBe(
				`Sections 1 to 6: ${blueprint2026.sections
					.map((s) => `${s.weight}%`)
					.join(', ')
					.replace(/, (?=[^,]*$)/, ' and ')}`
			);
		await size.fill('70');
		await page.getByRole('button', { name: 'Start the mock exam' }).click();
		await expect
			.poll(() => page.locator('[data-exam-size-error]').textContent())
			.toBe('Enter a whole number of questions from 20 to 60.');
		await expect.poll(() => size.getAttribute('aria-invalid')).toBe('true');
		await expect.poll(() => page.locator('[data-exam-run]').isHidden()).toBe(true);
		await context.close();
	});

	it('runs a short exam: no feedback, mark for review, navigator, warning on submit, then the score', async () => {
		const { page, context } = await openPage();
		await startExam(page, '?questions=5&minutes=10');
		await expect.poll(() => page.locator('[data-exam-url-note]').isHidden()).toBe(true);
		await expect.poll(() => page.locator('.exam-question-title').textContent()).toBe('Question 1 of 5');
		await expect.poll(() => clockSeconds(page)).toBeGreaterThan(590);

		const asked: PracticeQuestion[] = [];
		// 1: right. 2: wrong. 3: marked, left unanswered. 4: right, reached through the navigator. 5: unanswered.
		asked.push(await currentQuestion(page));
		await answer(page, correctIndexes(asked[0]!));
		await expect.poll(() => page.locator('.question-outcome:visible').count()).toBe(0);
		await page.getByRole('button', { name: 'Next →' }).click();
		asked.push(await currentQuestion(page));
		await answer(page, wrongAnswer(asked[1]!));
		await page.getByRole('button', { name: 'Next →' }).click();
		asked.push(await currentQuestion(page));
		const mark = page.getByRole('button', { name: 'Mark for review', exact: true });
		await mark.click();
		await expect.poll(() => mark.getAttribute('aria-pressed')).toBe('true');
		// The pressed state is carried by aria-pressed; the name stays the same.
		await expect(mark.count()).resolves.toBe(1);
		await page.getByRole('button', { name: 'Question 4: not answered' }).click();
		await expect.poll(() => page.locator('.exam-question-title').textContent()).toBe('Question 4 of 5');
		await expect.poll(() => page.evaluate(() => document.activeElement?.className)).toBe('exam-question-title');
		asked.push(await currentQuestion(page));
		await answer(page, correctIndexes(asked[3]!));

		await expect
			.poll(() => page.locator('[data-exam-summary]').textContent())
			.toBe('3 answered, 2 unanswered, 1 marked for review');
		await expect(
			page.getByRole('button', { name: 'Question 3: not answered, marked for review' }).isVisible()
		).resolves.toBe(true);
		await expect.poll(() => page.getByRole('button', { name: 'Question 1: answered' }).isVisible()).toBe(true);
		expect(new Set(asked.map((q) => q.id)).size).toBe(4);

		await page.getByRole('button', { name: 'Submit exam…' }).click();
		const dialog = page.getByRole('dialog', { name: 'Submit the exam?' });
		await expect
			.poll(() => dialog.textContent())
			.toContain('2 of 5 questions are not answered yet and will count as wrong. 1 is marked for review.');
		await dialog.getByRole('button', { name: 'Return to the exam' }).click();
		await expect.poll(() => page.locator('.exam-question-title').isVisible()).toBe(true);
		await page.getByRole('button', { name: 'Submit exam…' }).click();
		await dialog.getByRole('button', { name: 'Submit now' }).click();

		// The dialog's close event (which submits) is dispatched asynchronously.
		const title = page.locator('[data-exam-result-title]');
		await expect.poll(() => title.textContent()).toBe('Your result: 2 of 5 (40%)');
		await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('exam-result-title');
		const result = page.locator('[data-exam-result]');
		// Weighted by the June 2026 guide (the default): per section, its weights, and the section scores add up.
		await expect
			.poll(() => result.locator('[data-exam-result-blueprint]').textContent())
			.toMatch(/^Weighted by the June 2026 guide:/);
		const sectionRows = await result
			.getByRole('table', { name: 'Score by section of the June 2026 guide' })
			.locator('tbody tr')
			.evaluateAll((rows) => rows.map((row) => [...row.children].map((cell) => cell.textContent ?? '')));
		const totals = sectionRows.map(([section, weight, score]) => {
			const registry = blueprint2026.sections.find((s) => section!.startsWith(`${s.id}. ${s.title}`))!;
			expect(weight).toBe(`${registry.weight}%`);
			return score!
				.match(/^(\d+) of (\d+)/)!
				.slice(1)
				.map(Number) as [number, number];
		});
		expect(totals.reduce((sum, [correct]) => sum + correct, 0)).toBe(2);
		expect(totals.reduce((sum, [, total]) => sum + total, 0)).toBe(5);
		await expect(
			result.getByRole('table', { name: 'Score by objective' }).locator('tbody tr').count()
		).resolves.toBeGreaterThan(0);
		// Its tables, added by script, are tab stops only while they overflow, like every other table.
		const tableStates = () =>
			result
				.locator('.table-scroll')
				.evaluateAll((wrappers) =>
					wrappers.map(
						(w) => `${w.scrollWidth > w.clientWidth ? 'overflows' : 'fits'} ${w.getAttribute('tabindex') ?? 'none'}`
					)
				);
		await expect
			.poll(async () => (await tableStates()).filter((s) => s !== 'overflows 0' && s !== 'fits none'))
			.toEqual([]);
		expect(await tableStates()).toContain('fits none');
		await expect.poll(() => result.locator('h3', { hasText: 'Study next' }).isVisible()).toBe(true);
		const reviews = result.locator('article.exam-review-question');
		await expect.poll(() => reviews.count()).toBe(5);
		await expect.poll(() => reviews.nth(0).locator('h4').textContent()).toMatch(/Question 1: Correct$/);
		await expect.poll(() => reviews.nth(1).locator('h4').textContent()).toMatch(/Question 2: Incorrect$/);
		await expect
			.poll(() => reviews.nth(2).locator('h4').textContent())
			.toMatch(/Question 3: Not answered \(marked for review\)$/);
		await expect
			.poll(() => reviews.nth(1).locator('.question-result').textContent())
			.toMatch(/^Your answer: [A-E]( and [A-E])?\. Correct answer: [A-E]( and [A-E])?\.$/);
		await expect.poll(() => reviews.nth(1).locator('.question-outcome-why').count()).toBe(asked[1]!.options.length);
		await expect
			.poll(() => reviews.nth(1).getByRole('link', { name: 'Open in practice' }).getAttribute('href'))
			.toBe(asked[1]!.href);

		await result.getByRole('radio', { name: 'Marked for review' }).check();
		await expect.poll(() => reviews.locator('visible=true').count()).toBe(1);
		await result.getByRole('radio', { name: 'Incorrect or unanswered' }).check();
		await expect.poll(() => reviews.locator('visible=true').count()).toBe(3);

		// The exam is in the history, and its wrong answer is in the review list.
		await page.getByRole('button', { name: 'Start a new mock exam' }).click();
		await expect
			.poll(() => page.locator('[data-exam-history-list] li').textContent())
			.toMatch(/2 of 5 \(40%\).*Weighted by the June 2026 guide\./);
		await page.goto(`${server.url}practice/review/`);
		await page.locator('practice-review article.question').first().waitFor();
		await expect(
			page
				.locator('practice-review article.question')
				.evaluateAll((els) => els.map((e) => e.getAttribute('data-question-id')))
		).resolves.toEqual([asked[1]!.id]);
		await context.close();
	});

	it('weights an exam by the 2024-10 guide when chosen, and says so in the result and the history', async () => {
		const { page, context } = await openPage();
		await page.goto(`${server.url}practice/mock-exam/?questions=30&test-seconds=600`);
		const supply = page.locator('[data-exam-supply]');
		const inSection = (text: string | null, id: string) =>
			Number(text?.match(new RegExp(`(\\d+) in Section ${id}\\b`))?.[1]);
		// 5.3's questions count toward Section 2 in June 2026, and toward Section 5 in 2024-10.
		const moved = bank.questions.filter((q) => q.objective === '5.3').length;
		await expect.poll(() => supply.textContent()).toContain('in Section 2');
		const juneSupply = await supply.textContent();
		await page.getByRole('radio', { name: '2024-10 guide' }).check();
		await expect.poll(async () => inSection(await supply.textContent(), '2')).toBe(inSection(juneSupply, '2') - moved);
		expect(inSection(await supply.textContent(), '5')).toBe(inSection(juneSupply, '5') + moved);

		await page.getByRole('button', { name: 'Start the mock exam' }).click();
		await page.locator('.exam-question-title').waitFor();
		// Drawn by the 2024-10 weights: 30 questions split 13/14/18/20/22/13 over the sections.
		const ids = await page.evaluate(
			() => JSON.parse(localStorage.getItem('pmle-practice:exam')!).questionIds as string[]
		);
		const drawn = (section: string) =>
			ids.filter((id) => bank.questions.find((q) => q.id === id)!.section === section).length;
		expect(blueprint2024.sections.map((s) => drawn(s.id))).toEqual([4, 4, 5, 6, 7, 4]);
		await page.getByRole('button', { name: 'Submit exam…' }).click();
		await page.getByRole('dialog', { name: 'Submit the exam?' }).getByRole('button', { name: 'Submit now' }).click();

		const result = page.locator('[data-exam-result]');
		await expect
			.poll(() => result.locator('[data-exam-result-blueprint]').textContent())
			.toMatch(/^Weighted by the 2024-10 guide:/);
		const weights = await result
			.getByRole('table', { name: 'Score by section of the 2024-10 guide' })
			.locator('tbody tr td:first-of-type')
			.allTextContents();
		expect(weights).toEqual(blueprint2024.sections.map((s) => `${s.weight}%`));
		await page.getByRole('button', { name: 'Start a new mock exam' }).click();
		await expect
			.poll(() => page.locator('[data-exam-history-list] li').first().textContent())
			.toMatch(/0 of 30 \(0%\).*Weighted by the 2024-10 guide\./);
		// The next exam keeps the choice for this visit.
		await expect.poll(() => page.getByRole('radio', { name: '2024-10 guide' }).isChecked()).toBe(true);
		await context.close();
	});

	it('focuses the page on the exam while it runs, and leads the result with the score', async () => {
		const { page } = await openPage({ viewport: { width: 1280, height: 900 } });
		const visible = (selector: string) => page.locator(selector).first().isVisible();
		await page.goto(`${server.url}practice/mock-exam/?questions=2`);
		await page.getByRole('button', { name: 'Start the mock exam' }).waitFor();
		for (const selector of ['#starlight__sidebar', 'site-search', '[data-exam-intro]'])
			expect(await visible(selector), `${selector} on the setup screen`).toBe(true);

		await page.getByRole('button', { name: 'Start the mock exam' }).click();
		await page.locator('.exam-question-title').waitFor();
		for (const selector of ['#starlight__sidebar', 'site-search', '.pagination-links', '[data-exam-intro]'])
			await expect.poll(() => visible(selector), { message: `${selector} during the exam` }).toBe(false);
		// The content takes the room the sidebar had; leaving is still one link away.
		const left = await page.locator('.exam-bar').evaluate((el) => el.getBoundingClientRect().left);
		expect(left).toBeLessThan(200);
		await expect.poll(() => page.getByRole('link', { name: 'Back to the practice hub' }).isVisible()).toBe(true);

		await page.getByRole('button', { name: 'Submit exam…' }).click();
		await page.getByRole('dialog', { name: 'Submit the exam?' }).getByRole('button', { name: 'Submit now' }).click();
		await page.locator('[data-exam-result-title]').waitFor();
		expect(await visible('[data-exam-intro]')).toBe(false);
		await expect.poll(() => visible('#starlight__sidebar')).toBe(true);
		// The score is the first thing in the content after the page title.
		const firstVisibleText = await page.evaluate(() => {
			const content = document.querySelector('.sl-markdown-content')!;
			const walker = document.createTreeWalker(content, NodeFilter.SHOW_TEXT);
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
				const parent = node.parentElement!;
				if (node.textContent!.trim() && parent.checkVisibility() && !parent.closest('.sr-only'))
					return node.textContent!.trim();
			}
			return '';
		});
		expect(firstVisibleText).toMatch(/^Your result: \d of 2 \(\d+%\)$/);
	});

	it('resumes an exam after a reload with its answers, marks, position and remaining time', async () => {
		const { page, context } = await openPage();
		// Playwright's fake clock: time moves only when the test says so.
		await page.clock.install();
		await startExam(page, '?questions=5&minutes=2');
		await page.clock.pauseAt(Date.now() + 1000);
		const first = await currentQuestion(page);
		await answer(page, correctIndexes(first));
		await page.getByRole('button', { name: 'Next →' }).click();
		const second = await currentQuestion(page);
		await page.getByRole('button', { name: 'Mark for review' }).click();
		await page.clock.runFor(3000);
		await expect.poll(() => clockSeconds(page)).toBeLessThanOrEqual(118);
		const before = await clockSeconds(page);

		await page.reload();
		await page.locator('.exam-question-title').waitFor();
		await expect
			.poll(() => page.locator('[data-exam-run-note]').textContent())
			.toMatch(/^Your exam in progress was restored: question 2 of 5, 1 minute \d+ seconds left\.$/);
		await expect.poll(() => page.locator('.exam-question-title').textContent()).toBe('Question 2 of 5');
		await expect.poll(() => currentQuestion(page)).toMatchObject({ id: second.id });
		await expect
			.poll(() => page.getByRole('button', { name: 'Mark for review' }).getAttribute('aria-pressed'))
			.toBe('true');
		await expect
			.poll(() => page.locator('[data-exam-summary]').textContent())
			.toBe('1 answered, 4 unanswered, 1 marked for review');
		const after = await clockSeconds(page);
		expect(after).toBeLessThanOrEqual(before);
		expect(after).toBeGreaterThan(before - 5);
		await page.getByRole('button', { name: 'Question 1: answered' }).click();
		for (const index of correctIndexes(first))
			await expect.poll(() => page.locator(`[data-exam-question] input[value="${index}"]`).isChecked()).toBe(true);
		await context.close();
	});

	it('submits automatically when the time runs out (test-seconds option)', async () => {
		const { page, context } = await openPage();
		await page.clock.install();
		await page.goto(`${server.url}practice/mock-exam/?questions=3&test-seconds=8`);
		// The note is written by the page's script; poll until it is there.
		await expect
			.poll(() => page.locator('[data-exam-url-note]').textContent())
			.toContain('3 questions and a test time limit of 8 seconds');
		await page.getByRole('button', { name: 'Start the mock exam' }).click();
		await page.clock.pauseAt(Date.now() + 1000);
		const first = await currentQuestion(page);
		await answer(page, correctIndexes(first));
		await page.getByRole('button', { name: 'Submit exam…' }).click();
		await page.getByRole('dialog').waitFor();
		// The dialog is still open when the time runs out: the exam is submitted anyway.
		await page.clock.runFor(9000);
		await page.locator('[data-exam-result-title]').waitFor({ state: 'visible' });
		await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
		await expect.poll(() => page.locator('[data-exam-result-title]').textContent()).toBe('Your result: 1 of 3 (33%)');
		await expect
			.poll(() => page.locator('[data-exam-result-body]').textContent())
			.toContain('Time ran out after 8 seconds, so the exam was submitted automatically.');
		await expect
			.poll(() => page.locator('[data-exam-announcer]').textContent())
			.toMatch(/^Time is up\. Exam submitted\. Your score: 1 of 3, 33 percent\.$/);
		// Nothing is left to resume.
		await page.reload();
		await page.locator('[data-exam-setup]').waitFor({ state: 'visible' });
		await context.close();
	});

	it('uses every question when more are requested than exist, and says so', async () => {
		const { page, context } = await openPage();
		await startExam(page, `?questions=60&test-seconds=600`);
		const total = Math.min(60, bank.questions.length);
		await expect.poll(() => page.locator('.exam-navigator-grid button').count()).toBe(total);
		// Once the bank holds 60 questions or more, the exam is full size and there is nothing to say.
		await expect
			.poll(() => page.locator('[data-exam-run-note]').textContent())
			.toBe(total < 60 ? `The question bank has ${total} questions, so this exam has ${total} instead of 60.` : '');
		await context.close();
	});
});
