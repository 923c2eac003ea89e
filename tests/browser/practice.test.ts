/**
 * Practice mode on the built site in Chromium: answering right and wrong,
 * multi-select feedback, deep links, the shuffle setting, keyboard use, the
 * review list, small screens and dark mode, and no practice code elsewhere.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { server, openPage } from '../support/browser-harness';
import { card, choose, correctIndexes, readBank, wrongIndexes } from '../support/practice';
import type { PracticeBank, PracticeQuestion } from '../../src/lib/practice/types';

let bank: PracticeBank;
let singles: PracticeQuestion[];
let multi: PracticeQuestion;

beforeAll(async () => {
	bank = await readBank();
	singles = bank.questions.filter((q) => q.select === 1 && q.objective === '1.1');
	multi = bank.questions.find((q) => q.select === 2)!;
	expect(singles.length).toBeGreaterThan(2);
	expect(multi).toBeDefined();
});

describe('practice mode', () => {
	it('answers a question right, then another wrong, with feedback for every option and the counts updated', async () => {
		const { page, context } = await openPage();
		await page.goto(`${server.url}practice/1.1/`);
		const [first, second] = singles as [PracticeQuestion, PracticeQuestion];

		const right = card(page, first.id);
		await expect.poll(() => right.locator('.question-options').isVisible()).toBe(false);
		// What a screen reader hears: a plain heading, "A. …" options, no consideration hint yet.
		const heading = await right.getByRole('heading').first().textContent();
		await expect(right.getByRole('heading', { name: heading!.trim(), exact: true }).count()).resolves.toBe(1);
		expect(heading!.trim()).toMatch(/^Question \d+$/);
		await expect
			.poll(() =>
				right
					.getByRole('radio')
					.first()
					.evaluate((el) => (el as HTMLInputElement).labels![0]!.textContent)
			)
			.toMatch(/^[A-D]\. \S/);
		await expect.poll(() => right.locator('.question-tests:visible').count()).toBe(0);
		await choose(page, `[id="${first.id}"]`, correctIndexes(first));
		await right.getByRole('button', { name: 'Check answer' }).click();
		const verdict = right.locator('.question-result');
		await expect.poll(() => verdict.textContent()).toMatch(/^✓ Correct: [A-D]\.$/);
		await expect.poll(() => page.evaluate(() => document.activeElement?.className)).toBe('question-result');
		await expect.poll(() => right.locator('.question-outcome:visible').count()).toBe(4);
		await expect(
			right.locator('[data-outcome="chosen-correct"] .question-outcome-label').textContent()
		).resolves.toContain('Your choice: correct');
		await expect.poll(() => right.locator('.question-explanation-block').isVisible()).toBe(true);
		await expect
			.poll(() => right.locator('.question-tests:visible').textContent())
			.toMatch(/^Tests consideration 1\.1\.\d: /);
		await expect(
			right.locator('.question-explanation-block .question-sources a').first().getAttribute('href')
		).resolves.toBe(first.sources[0]!.url);
		await expect.poll(() => right.locator('input').first().isDisabled()).toBe(true);
		await expect.poll(() => right.getByRole('button', { name: 'Check answer' }).isVisible()).toBe(false);

		const wrong = card(page, second.id);
		await choose(page, `[id="${second.id}"]`, [wrongIndexes(second)[0]!]);
		await wrong.getByRole('button', { name: 'Check answer' }).click();
		await expect
			.poll(() => wrong.locator('.question-result').textContent())
			.toMatch(/^✗ Incorrect\. You chose [A-D]; the correct answer is [A-D]\.$/);
		await expect.poll(() => wrong.locator('[data-outcome="chosen-incorrect"]').count()).toBe(1);
		await expect(
			wrong.locator('[data-outcome="missed-correct"] .question-outcome-label').textContent()
		).resolves.toContain('Correct answer you did not choose');
		// The why of every option is shown, not only the chosen one's.
		const whys = await wrong.locator('.question-outcome-why').allTextContents();
		expect(whys).toHaveLength(4);
		expect(whys.every((w) => w.length > 10)).toBe(true);

		await expect
			.poll(() => page.locator('practice-progress').first().textContent())
			.toMatch(/2 of \d+ answered, 1 right on the last try/);

		// Try again unlocks the question and clears the feedback.
		await wrong.getByRole('button', { name: 'Try again' }).click();
		await expect.poll(() => wrong.locator('input').first().isDisabled()).toBe(false);
		await expect.poll(() => wrong.locator('.question-outcome:visible').count()).toBe(0);
		await context.close();
	});

	it('says how many to choose on a multi-select question and shows the missed correct option', async () => {
		const { page, context } = await openPage();
		await page.goto(`${server.url}practice/${multi.objective}/`);
		const article = card(page, multi.id);
		await expect.poll(() => article.locator('legend').textContent()).toBe('Choose two answers');
		const [oneCorrect] = correctIndexes(multi);
		await choose(page, `[id="${multi.id}"]`, [oneCorrect!]);
		await article.getByRole('button', { name: 'Check answer' }).click();
		await expect.poll(() => article.locator('.question-hint').textContent()).toBe('Choose two answers: you chose 1.');
		await expect.poll(() => article.locator('input').first().isDisabled()).toBe(false);
		await choose(page, `[id="${multi.id}"]`, [wrongIndexes(multi)[0]!]);
		await article.getByRole('button', { name: 'Check answer' }).click();
		await expect
			.poll(() => article.locator('.question-result').textContent())
			.toMatch(/the correct answers are [A-E] and [A-E]\.$/);
		await expect.poll(() => article.locator('[data-outcome="chosen-correct"]').count()).toBe(1);
		await expect.poll(() => article.locator('[data-outcome="missed-correct"]').count()).toBe(1);
		await expect.poll(() => article.locator('[data-outcome="chosen-incorrect"]').count()).toBe(1);
		await context.close();
	});

	it('opens a question by its deep link, enhanced and in view', async () => {
		const { page, context } = await openPage();
		const target = bank.questions.filter((q) => q.objective === '1.3').at(-1)!;
		await page.goto(`${server.url}practice/1.3/#${target.id}`);
		const article = card(page, target.id);
		await article.locator('.question-form').waitFor();
		await page.waitForFunction((id) => {
			const box = document.getElementById(id)!.getBoundingClientRect();
			return box.top >= 0 && box.top < window.innerHeight / 2;
		}, target.id);
		await expect.poll(() => page.evaluate(() => document.querySelector(':target')?.id)).toBe(target.id);
		// The link the bank (and the result screen) uses is the same permanent anchor.
		expect(target.href).toBe(`/practice/1.3/#${target.id}`);
		await context.close();
	});

	it('shuffles options by default, keeps the order while on screen, and remembers turning it off', async () => {
		const { page, context } = await openPage();
		await page.goto(`${server.url}practice/1.1/`);
		const shuffle = page.getByLabel('Shuffle answer options');
		await expect.poll(() => shuffle.isChecked()).toBe(true);
		const orderOf = () =>
			page.evaluate(() =>
				[...document.querySelectorAll('article.question')].map((a) =>
					[...a.querySelectorAll<HTMLInputElement>('.question-choice input')].map((i) => i.value).join('')
				)
			);
		const shuffled = await orderOf();
		expect(shuffled.some((order) => order !== '0123' && order !== '01234')).toBe(true);
		const [first] = singles;
		await choose(page, `[id="${first!.id}"]`, [0]);
		expect(await orderOf()).toEqual(shuffled);

		await shuffle.uncheck();
		const authoring = await orderOf();
		// The question with a selection keeps it; every unlocked question shows the authoring order.
		expect(authoring.every((order) => order === '0123' || order === '01234')).toBe(true);
		await expect.poll(() => page.locator(`[id="${first!.id}"] input[value="0"]`).isChecked()).toBe(true);
		await expect.poll(() => page.locator(`[id="${first!.id}"] .question-letter`).first().textContent()).toBe('A.');

		await page.reload();
		await expect.poll(() => page.getByLabel('Shuffle answer options').isChecked()).toBe(false);
		expect((await orderOf()).every((order) => order === '0123' || order === '01234')).toBe(true);
		await context.close();
	});

	it('works with the keyboard alone and shows focus', async () => {
		const { page, context } = await openPage();
		await page.goto(`${server.url}practice/1.1/`);
		const question = singles[0]!;
		const firstInput = page.locator(`[id="${question.id}"] .question-choice input`).first();
		await firstInput.focus();
		await page.keyboard.press('Space');
		await expect.poll(() => firstInput.isChecked()).toBe(true);
		const outline = await page
			.locator(`[id="${question.id}"] .question-choice`)
			.first()
			.evaluate((el) => getComputedStyle(el).outlineStyle);
		expect(outline).toBe('solid');
		await page.keyboard.press('Tab');
		await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Check answer');
		await page.keyboard.press('Enter');
		await expect
			.poll(() => page.evaluate(() => document.activeElement?.classList.contains('question-result')))
			.toBe(true);
		await context.close();
	});

	it('lists the questions last answered wrong on the review page, and answering right is recorded', async () => {
		const { page, context } = await openPage();
		const [first, second] = singles as [PracticeQuestion, PracticeQuestion];
		await page.goto(`${server.url}practice/1.1/`);
		for (const q of [first, second]) {
			await choose(page, `[id="${q.id}"]`, [wrongIndexes(q)[0]!]);
			await card(page, q.id).getByRole('button', { name: 'Check answer' }).click();
		}
		await page.goto(`${server.url}practice/review/`);
		const items = page.locator('practice-review article.question');
		await items.first().waitFor();
		await expect.poll(() => page.locator('[data-review-status]').textContent()).toBe('2 questions to review.');
		// Newest first.
		await expect
			.poll(() => items.evaluateAll((els) => els.map((e) => e.getAttribute('data-question-id'))))
			.toEqual([second.id, first.id]);
		await expect
			.poll(() => items.first().getByRole('link', { name: 'Permanent link' }).getAttribute('href'))
			.toBe(second.href);

		await choose(page, `[data-question-id="${second.id}"]`, correctIndexes(second));
		await items.first().getByRole('button', { name: 'Check answer' }).click();
		await expect.poll(() => items.first().locator('.question-result').textContent()).toMatch(/Correct/);
		await page.reload();
		await items.first().waitFor();
		await expect
			.poll(() => items.evaluateAll((els) => els.map((e) => e.getAttribute('data-question-id'))))
			.toEqual([first.id]);
		await context.close();
	});

	it('keeps the full static question without JavaScript', async () => {
		const { page, context } = await openPage({ javaScriptEnabled: false });
		await page.goto(`${server.url}practice/1.1/`);
		const question = singles[0]!;
		const article = card(page, question.id);
		await expect.poll(() => article.locator('.question-options li').count()).toBe(4);
		await expect.poll(() => article.locator('.question-options').isVisible()).toBe(true);
		await expect.poll(() => article.locator('.question-form').count()).toBe(0);
		await expect.poll(() => page.locator('.practice-toolbar').isVisible()).toBe(false);
		await expect.poll(() => article.locator('.question-whys').isVisible()).toBe(false);
		await article.getByText('Show answer and explanations').click();
		await expect.poll(() => article.locator('.question-whys').isVisible()).toBe(true);
		await expect.poll(() => article.locator('.question-answer').textContent()).toMatch(/Answer: [A-D]\./);
		await context.close();
	});

	it('says so when there is nothing to review', async () => {
		const { page, context } = await openPage();
		await page.goto(`${server.url}practice/review/`);
		await page.getByText('No mistakes to review.').waitFor();
		await context.close();
	});
});

describe('layout and themes', () => {
	const pages = ['practice/', 'practice/1.2/', 'practice/all/', 'practice/mock-exam/?questions=3&minutes=5'];

	it('fits a 320 px wide screen without sideways scrolling', async () => {
		const { page, context } = await openPage({ viewport: { width: 320, height: 640 } });
		for (const path of pages) {
			await page.goto(`${server.url}${path}`);
			if (path.startsWith('practice/mock-exam')) {
				await page.getByRole('button', { name: 'Start the mock exam' }).click();
				await page.locator('.exam-navigator-grid button').first().waitFor();
			}
			const width = await page.evaluate(() => document.documentElement.scrollWidth);
			expect(width, path).toBeLessThanOrEqual(320);
		}
		await context.close();
	});

	it('keeps feedback readable in dark mode', async () => {
		const { page, context } = await openPage({ colorScheme: 'dark' });
		await page.goto(`${server.url}practice/1.1/`);
		await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
		const question = singles[0]!;
		await choose(page, `[id="${question.id}"]`, [wrongIndexes(question)[0]!]);
		await card(page, question.id).getByRole('button', { name: 'Check answer' }).click();
		const contrast = await card(page, question.id)
			.locator('.question-result')
			.evaluate((el) => {
				const parse = (color: string) =>
					color
						.match(/[\d.]+/g)!
						.slice(0, 3)
						.map(Number);
				const luminance = (rgb: number[]) => {
					const [r, g, b] = rgb.map((v) => {
						const c = v / 255;
						return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
					});
					return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
				};
				const style = getComputedStyle(el);
				const [l1, l2] = [luminance(parse(style.color)), luminance(parse(style.backgroundColor))].sort((a, b) => b - a);
				return (l1! + 0.05) / (l2! + 0.05);
			});
		expect(contrast).toBeGreaterThanOrEqual(4.5);
		await context.close();
	});
});

describe('pages that are not practice pages', () => {
	const practiceAsset =
		/\/_astro\/(?:PracticePage|PracticeToolbar|QuestionCard|ObjectiveTable|ProgressTools|ReviewList|MockExam|store|dom|question-form|practice-[a-z-]+|bank-client|exam-result)[.-]/;

	it('practice pages do load the practice scripts (so the check below can see them)', async () => {
		const { page, requests, context } = await openPage();
		await page.goto(`${server.url}practice/1.1/`);
		await page.locator('.question-form').first().waitFor();
		expect(requests.filter((r) => practiceAsset.test(r)).length).toBeGreaterThan(3);
		await context.close();
	});

	it.each(['', 'section-1/', 'section-1/bigquery-ml/', 'exam-guide-versions/'])(
		'/%s loads no practice script or style',
		async (path) => {
			const { page, requests, context } = await openPage();
			await page.goto(`${server.url}${path}`);
			await page.waitForLoadState('networkidle');
			expect(requests.filter((r) => practiceAsset.test(r))).toEqual([]);
			const defined = await page.evaluate(() =>
				[
					'practice-question',
					'practice-progress',
					'practice-settings',
					'practice-notices',
					'practice-review',
					'mock-exam',
				].filter((name) => customElements.get(name))
			);
			expect(defined).toEqual([]);
			await expect(
				page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('pmle-practice')))
			).resolves.toEqual([]);
			await context.close();
		}
	);
});
