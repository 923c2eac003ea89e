/**
 * The products-and-names glossary in Chromium: the filter box narrows the
 * entries and says how many match, and a search for a former name offers the
 * entry as a sub-result that lands on its heading.
 */
import { describe, expect, it } from 'vitest';
import { openPage, server } from '../support/browser-harness';
import { openSearch } from '../support/browser';
import { products } from '../../src/lib/registry';

const visibleEntries = (page: import('playwright-core').Page) =>
	page
		.locator('[data-glossary-terms]')
		.evaluateAll((els) =>
			els.filter((el) => (el as HTMLElement).offsetParent !== null).map((el) => el.querySelector('h3')!.id)
		);

describe('the glossary', () => {
	it('filters entries by a former name, hides emptied categories, announces the count and resets', async () => {
		const { page } = await openPage();
		await page.goto(`${server.url}products-and-names/`);
		const input = page.getByRole('searchbox', { name: /Filter the \d+ products/ });
		await input.waitFor({ state: 'visible' });
		await expect(visibleEntries(page)).resolves.toHaveLength(products.length);

		await input.fill('dlp');
		await expect.poll(() => visibleEntries(page)).toEqual(['sensitive-data-protection']);
		await expect(page.getByRole('status').filter({ hasText: 'products' }).textContent()).resolves.toBe(
			`1 of ${products.length} products matches “dlp”.`
		);
		await expect(page.locator('#category-security').isVisible()).resolves.toBe(true);
		await expect(page.locator('#category-data').isVisible()).resolves.toBe(false);

		await input.fill('speech to text');
		// Every word must occur, in any order.
		await expect.poll(() => visibleEntries(page)).toEqual(['speech-to-text', 'text-to-speech']);

		await input.fill('no such product');
		await expect.poll(() => visibleEntries(page)).toEqual([]);
		await expect(page.locator('[data-glossary-count]').textContent()).resolves.toBe(
			'No products match “no such product”.'
		);

		await input.fill('');
		await expect.poll(() => visibleEntries(page)).toHaveLength(products.length);
		await expect(page.locator('[data-glossary-count]').textContent()).resolves.toBe('');
	});

	it('is reached from the search dialog by a former name, landing on the entry', async () => {
		const { page } = await openPage();
		await page.goto(server.url);
		const { dialog, input } = await openSearch(page);
		await input.fill('Cloud DLP');
		const subResult = dialog.locator(
			'.pagefind-ui__result-nested a[href$="/products-and-names/#sensitive-data-protection"]'
		);
		await subResult.waitFor({ timeout: 15_000 });
		await subResult.click();
		await page.waitForURL(
			(url) => url.pathname === '/products-and-names/' && url.hash === '#sensitive-data-protection'
		);
		await expect(page.locator('#sensitive-data-protection').isVisible()).resolves.toBe(true);
		const top = await page.locator('#sensitive-data-protection').evaluate((el) => el.getBoundingClientRect().top);
		expect(top).toBeGreaterThanOrEqual(0);
		expect(top).toBeLessThan(300);
	});
});
