/** Runs around every browser test: no page may end a test with an unexpected error. */
import { afterAll, afterEach, expect } from 'vitest';
import { browser, closeOpenedPages } from './browser-harness';

afterEach(async () => {
	const errors = await closeOpenedPages();
	expect(errors, 'console errors, page errors or failed requests during the test').toEqual([]);
});

afterAll(async () => {
	await browser.close();
});
