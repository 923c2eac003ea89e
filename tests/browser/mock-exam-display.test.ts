/**
 * How the mock exam shows itself beyond the default screen: the navigator's
 * states in forced colours, and the sticky timer bar on a 320 px screen, where it
 * wraps to two rows and must not cover the option that has keyboard focus.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, server } from '../support/browser-harness';
import { correctIndexes, readBank } from '../support/practice';
import type { PracticeBank } from '../../src/lib/practice/types';

let bank: PracticeBank;

beforeAll(async () => {
	bank = await readBank();
});

async function startExam(page: Page): Promise<void> {
	await page.goto(`${server.url}practice/mock-exam/?questions=5&minutes=10`);
	await page.getByRole('button', { name: 'Start the mock exam' }).click();
	await page.locator('.exam-question-title').waitFor();
}

/** The computed styles that tell a navigator state apart. */
const look = (page: Page, selector: string) =>
	page.locator(selector).evaluate((el) => {
		const style = getComputedStyle(el);
		return [style.borderTopStyle, style.borderTopWidth, style.outlineStyle, style.backgroundColor].join(' ');
	});

describe('mock exam display', () => {
	it('keeps answered, unanswered, incomplete and marked apart in forced colours', async () => {
		const { page } = await openPage();
		await page.emulateMedia({ forcedColors: 'active' });
		await expect(page.evaluate(() => matchMedia('(forced-colors: active)').matches)).resolves.toBe(true);
		await startExam(page);
		// 1 answered; 2 marked and unanswered; 3 unanswered; 4 on screen (its heavier border is another cue).
		const id = await page.locator('[data-exam-question] .question').getAttribute('data-question-id');
		for (const index of correctIndexes(bank.questions.find((q) => q.id === id)!))
			await page.locator(`[data-exam-question] input[value="${index}"]`).check();
		await page.getByRole('button', { name: 'Next →' }).click();
		await page.getByRole('button', { name: 'Mark for review', exact: true }).click();
		await page.getByRole('button', { name: 'Next →' }).click();
		await page.getByRole('button', { name: 'Next →' }).click();
		await expect.poll(() => page.locator('.exam-question-title').textContent()).toBe('Question 4 of 5');
		await expect
			.poll(() => page.locator('[data-exam-summary]').textContent())
			.toBe('1 answered, 4 unanswered, 1 marked for review');

		const answered = await look(page, '[data-exam-navigator] li:nth-child(1) button');
		const marked = await look(page, '[data-exam-navigator] li:nth-child(2) button');
		const unanswered = await look(page, '[data-exam-navigator] li:nth-child(3) button');
		// No real question is reliably "incomplete" (that needs a two-answer question); the legend shares its rules.
		const incomplete = await look(page, '.exam-nav-sample.is-incomplete');
		expect(
			new Set([answered, marked, unanswered, incomplete]).size,
			`${answered} | ${marked} | ${unanswered} | ${incomplete}`
		).toBe(4);
		// The legend shows the same looks as the buttons it explains.
		await expect(look(page, '.exam-nav-sample.is-answered')).resolves.toBe(answered);
		await expect(look(page, '.exam-nav-sample:not([class*=" is-"])')).resolves.toBe(unanswered);
	});

	it('at 320 px scrolls a focused option into view below the wrapped timer bar', async () => {
		const { page } = await openPage({ viewport: { width: 320, height: 640 } });
		await startExam(page);
		const bar = page.locator('.exam-bar');
		const option = page.locator('[data-exam-question] .question-choice').first();
		// Put the first option just under the header, where the sticky bar covers it…
		await option.evaluate((row) => {
			const header = document.querySelector('header')!.getBoundingClientRect().bottom;
			window.scrollBy(0, row.getBoundingClientRect().top - header - 10);
		});
		const before = await Promise.all([bar, option].map((l) => l.evaluate((el) => el.getBoundingClientRect().toJSON())));
		expect(before[0].height, 'the bar wraps to two rows').toBeGreaterThan(80);
		expect(before[1].top, 'the option starts under the bar').toBeLessThan(before[0].bottom);
		// …then reach it by keyboard from the bar's last button.
		await page.getByRole('button', { name: 'Submit exam…' }).focus();
		await page.keyboard.press('Tab');
		await expect.poll(() => option.evaluate((row) => row.contains(document.activeElement))).toBe(true);
		const [barBox, optionBox] = await Promise.all(
			[bar, option].map((l) => l.evaluate((el) => el.getBoundingClientRect().toJSON()))
		);
		expect(optionBox.top, 'focused option below the bar').toBeGreaterThanOrEqual(barBox.bottom);
	});
});
