/**
 * Flashcards in Chromium on the real build: reveal and grade with the keyboard,
 * reviews saved and scheduled across reloads, card states in the progress
 * export and import, corrupt stored states set aside, and the no-JS list.
 */
import { describe, expect, it } from 'vitest';
import type { Download, Page } from 'playwright-core';
import { openPage, server } from '../support/browser-harness';
import { importFile } from '../support/practice';

const progressKey = 'pmle-practice:progress';
const deckUrl = () => `${server.url}flashcards/1.1/`;
const counts = (page: Page) => page.locator('[data-counts]').textContent();
const stored = (page: Page) => page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? 'null'), progressKey);

async function downloadedText(download: Download): Promise<string> {
	const chunks: Buffer[] = [];
	for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
	return Buffer.concat(chunks).toString('utf8');
}

describe('flashcard review', () => {
	it('reveals with Space, grades with 3, announces the next due time and keeps it after a reload', async () => {
		const { page } = await openPage();
		await page.goto(deckUrl());
		await expect.poll(() => counts(page)).toBe('15 due of 15 in this deck (15 new, 0 to review).');
		const answer = page.locator('[data-answer]');
		expect(await answer.isVisible()).toBe(false);
		expect(await page.locator('[data-grades]').isVisible()).toBe(false);
		const front = await page.locator('[data-front]').textContent();

		await page.keyboard.press('Space');
		await expect.poll(() => answer.isVisible()).toBe(true);
		expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-answer'))).toBe(true);
		// Visible hints: each grade button shows its key and when the card would come back.
		await expect.poll(() => page.locator('[data-grade="good"]').textContent()).toBe('3 Good (10 minutes)');
		await expect.poll(() => page.locator('[data-grade="again"]').textContent()).toBe('1 Again (1 minute)');

		await page.keyboard.press('3');
		await expect
			.poll(() => page.getByRole('status').filter({ hasText: 'Good:' }).textContent())
			.toMatch(/^Good: this card comes back in 10 minutes \(.+\)\.$/);
		await expect.poll(() => counts(page)).toBe('14 due of 15 in this deck (14 new, 0 to review).');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('review-title');
		expect(await page.locator('[data-front]').textContent()).not.toBe(front);
		const progress = await stored(page);
		expect(progress.version).toBe(2);
		const entries = Object.entries(progress.cards) as [string, { state: string; reps: number }][];
		expect(entries).toHaveLength(1);
		const [id, state] = entries[0]!;
		expect(state).toMatchObject({ state: 'learning', reps: 1 });

		await page.reload();
		await expect.poll(() => counts(page)).toBe('14 due of 15 in this deck (14 new, 0 to review).');
		// The section deck and the hub read the same state.
		await page.goto(`${server.url}flashcards/section-1/`);
		// One card of the section's deck was reviewed: one fewer is due than the deck holds.
		await expect
			.poll(async () => {
				const [, due, total] = /^(\d+) due of (\d+) /.exec((await counts(page)) ?? '') ?? [];
				return Number(total) - Number(due);
			})
			.toBe(1);
		expect(await page.locator(`[data-card-id="${id}"]`).count()).toBe(1);
	});

	it('grades with the buttons until nothing is due, then says when the next card is', async () => {
		const { page } = await openPage();
		await page.goto(deckUrl());
		for (let n = 0; n < 15; n++) {
			await page.getByRole('button', { name: /^Show answer/ }).click();
			await page.getByRole('button', { name: /^4 Easy/ }).click();
		}
		await expect.poll(() => page.locator('[data-title]').textContent()).toBe('Nothing due');
		await expect
			.poll(() => page.locator('[data-done-text]').textContent())
			.toMatch(/^You have reviewed every due card in this deck\. The next card is due in \d+ days \(.+\)\.$/);
		expect(await counts(page)).toBe('No cards due of 15 in this deck.');
		expect(Object.keys((await stored(page)).cards)).toHaveLength(15);
	});

	it('includes card states in the progress export, and imports them back after a reset', async () => {
		const { page } = await openPage();
		await page.goto(deckUrl());
		await page.keyboard.press('Space');
		await page.keyboard.press('4');
		await expect.poll(() => counts(page)).toMatch(/^14 due/);

		await page.goto(`${server.url}practice/`);
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Export progress' }).click(),
		]);
		const exported = await downloadedText(download);
		expect(Object.keys(JSON.parse(exported).cards)).toHaveLength(1);
		await expect.poll(() => page.locator('[data-status]').textContent()).toMatch(/1 reviewed flashcard/);

		await page.getByRole('button', { name: 'Reset progress…' }).click();
		await page.getByRole('button', { name: 'Delete my progress' }).click();
		await expect.poll(() => page.evaluate((k) => localStorage.getItem(k), progressKey)).toBeNull();
		await importFile(page, 'cards.json', exported);
		await expect
			.poll(() => page.locator('[data-status]').textContent())
			.toBe(
				'Imported cards.json: 0 question records and 1 flashcard review state added or updated, 0 mock exams added.'
			);

		await page.goto(deckUrl());
		await expect.poll(() => counts(page)).toMatch(/^14 due/);
	});

	it('sets aside a corrupt card state, says so, and starts the deck fresh', async () => {
		const { page, context } = await openPage();
		const corrupt = JSON.stringify({
			format: 'pmle-practice-progress',
			version: 2,
			answers: {},
			exams: [],
			cards: { 'bqml-l1-reg-sparse-model': { due: 'tomorrow', reps: -1 } },
		});
		await context.addInitScript(
			([key, value]) => {
				if (!sessionStorage.getItem('seeded')) {
					localStorage.setItem(key!, value!);
					sessionStorage.setItem('seeded', '1');
				}
			},
			[progressKey, corrupt]
		);
		await page.goto(deckUrl());
		await expect
			.poll(() => page.locator('.practice-notices').textContent())
			.toMatch(/Your saved progress has invalid content: cards\.bqml-l1-reg-sparse-model\..*It was set aside/);
		await expect.poll(() => counts(page)).toMatch(/^15 due of 15/);
		const keys = await page.evaluate(() => Object.keys(localStorage));
		expect(keys.some((k) => k.startsWith(`${progressKey}:unreadable:`))).toBe(true);
		// Reviewing again works and is saved.
		await page.keyboard.press('Space');
		await page.keyboard.press('1');
		await expect.poll(async () => Object.keys((await stored(page))?.cards ?? {}).length).toBe(1);
	});

	it('never calls a review saved when storage refuses it', async () => {
		const { page, context } = await openPage();
		await context.addInitScript((key) => {
			const setItem = Storage.prototype.setItem;
			Storage.prototype.setItem = function (k: string, v: string) {
				if (k === key) throw new DOMException('full', 'QuotaExceededError');
				return setItem.call(this, k, v);
			};
		}, progressKey);
		await page.goto(deckUrl());
		await page.keyboard.press('Space');
		await page.keyboard.press('3');
		await expect
			.poll(() => page.locator('[data-status]').textContent())
			.toMatch(
				/^Good: this card comes back in 10 minutes \(.+\)\. Not saved: this review counts for this visit only\.$/
			);
		await expect.poll(() => page.locator('.practice-notices').textContent()).toMatch(/could not be saved/);
	});

	it('without JavaScript, each deck is a readable list of cards with the answer in a disclosure', async () => {
		const { page } = await openPage({ javaScriptEnabled: false });
		await page.goto(deckUrl());
		expect(await page.locator('[data-session]').isVisible()).toBe(false);
		const items = page.locator('.flashcard-list > li');
		expect(await items.count()).toBe(15);
		const first = items.first();
		expect(await first.locator('.flashcard-front').isVisible()).toBe(true);
		expect(await first.locator('.flashcard-back').isVisible()).toBe(false);
		await first.locator('summary', { hasText: 'Show answer' }).click();
		expect(await first.locator('.flashcard-back').isVisible()).toBe(true);
		expect(await first.locator('.flashcard-source a').getAttribute('href')).toMatch(
			/^https:\/\/docs\.cloud\.google\.com\//
		);
		expect(await page.locator('a[href$="/flashcards/anki/section-1.txt"]').count()).toBe(1);
	});

	it('fits 320 px without sideways scrolling', async () => {
		const { page } = await openPage({ viewport: { width: 320, height: 700 } });
		await page.goto(deckUrl());
		await page.keyboard.press('Space');
		await page.locator('[data-grades]').waitFor();
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
	});
});

describe('flashcards hub', () => {
	const hubUrl = () => `${server.url}flashcards/`;
	const dueCell = (page: Page, objective: string) =>
		page.locator('tr', { has: page.locator(`a[href$="/flashcards/${objective}/"]`) }).locator('[data-due-ids]');

	it('lists the decks with due counts equal to the decks’ own, and reviews everything due on /flashcards/all/', async () => {
		const { page } = await openPage();
		await page.goto(hubUrl());
		// No cards on the hub: only the decks.
		expect(await page.locator('[data-card-id]').count()).toBe(0);
		await expect.poll(() => dueCell(page, '1.1').textContent()).toBe('15 due (15 new)');

		// One card of 1.1 reviewed on its deck.
		await page.goto(deckUrl());
		await page.keyboard.press('Space');
		await page.keyboard.press('3');
		await expect.poll(() => counts(page)).toBe('14 due of 15 in this deck (14 new, 0 to review).');

		await page.goto(hubUrl());
		await expect.poll(() => dueCell(page, '1.1').textContent()).toBe('14 due (14 new)');
		const sectionDue = await page.locator('[data-due-section="1"]').textContent();
		const allDue = await page.locator('[data-due-all]').textContent();
		await page.goto(`${server.url}flashcards/section-1/`);
		await expect
			.poll(async () => /^(\d+) due/.exec((await counts(page)) ?? '')?.[1])
			.toBe(/^(\d+)/.exec(sectionDue!)![1]);

		await page.getByRole('link', { name: 'all decks' }).click();
		await page.waitForURL(hubUrl());
		await page.getByRole('link', { name: 'Review everything due' }).click();
		await page.waitForURL(`${server.url}flashcards/all/`);
		await expect.poll(async () => /^(\d+) due/.exec((await counts(page)) ?? '')?.[1]).toBe(/^(\d+)/.exec(allDue!)![1]);
		await page.keyboard.press('Space');
		await page.locator('[data-grades]').waitFor();
	});

	it('updates the due counts when a card is reviewed in another tab', async () => {
		const { page, context } = await openPage();
		await page.goto(hubUrl());
		await expect.poll(() => dueCell(page, '1.1').textContent()).toBe('15 due (15 new)');
		const deck = await context.newPage();
		await deck.goto(deckUrl());
		await deck.keyboard.press('Space');
		await deck.keyboard.press('3');
		await expect.poll(() => dueCell(page, '1.1').textContent()).toBe('14 due (14 new)');
	});

	it('without JavaScript, lists every deck with its card count and links, and no due counts', async () => {
		const { page } = await openPage({ javaScriptEnabled: false });
		await page.goto(hubUrl());
		expect(await dueCell(page, '1.1').textContent()).toMatch(/^\s*–\s*$/);
		expect(await page.locator('[data-due-all]').isVisible()).toBe(false);
		const row = page.locator('tr', { has: page.locator('a[href$="/flashcards/1.1/"]') });
		expect(await row.locator('td').first().textContent()).toBe('15');
		expect(await page.locator('a[href$="/flashcards/all/"]').count()).toBeGreaterThan(0);
		expect(await page.locator('a[href$="/flashcards/section-1/"]').count()).toBe(1);
		expect(await page.locator('a[href$="/flashcards/anki/all.txt"][download]').count()).toBe(1);
		expect(await page.locator('a[href$="/flashcards/anki/section-1.txt"][download]').count()).toBe(1);
	});
});
