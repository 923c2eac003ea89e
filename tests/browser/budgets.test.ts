/**
 * Page-weight budgets: gzip bytes a first visit transfers, per page type.
 * Budgets live in tests/budgets.json with a margin over measured figures; the
 * test prints today's numbers so a change in weight is visible in every run.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { browser, server } from '../support/browser-harness';
import { projectRoot } from '../support/fixture-build';
import { measureFirstVisit, type Transfer } from '../support/transfer';

interface Budget {
	path: string;
	html: number;
	css: number;
	js: number;
	total: number;
}

let budgets: Record<string, Budget>;

beforeAll(async () => {
	budgets = JSON.parse(await readFile(join(projectRoot, 'tests', 'budgets.json'), 'utf8')).pages;
});

describe('page-weight budgets (gzip bytes, first visit)', () => {
	it('every page type stays within its budget', async () => {
		const rows: string[] = [];
		const over: string[] = [];
		for (const [type, budget] of Object.entries(budgets)) {
			const actual: Transfer = await measureFirstVisit(browser, `${server.url}${budget.path.replace(/^\//, '')}`);
			rows.push(
				`${type.padEnd(14)} ${budget.path.padEnd(26)} html ${actual.html} / ${budget.html}  css ${actual.css} / ${budget.css}  js ${actual.js} / ${budget.js}  total ${actual.total} / ${budget.total} (${actual.requests} requests)`
			);
			for (const key of ['html', 'css', 'js', 'total'] as const) {
				if (actual[key] > budget[key]) over.push(`${type} ${key}: ${actual[key]} bytes > budget ${budget[key]}`);
			}
		}
		console.info(`First-visit transfer, actual / budget (gzip bytes):\n${rows.join('\n')}`);
		expect(over, `Over budget (update tests/budgets.json only for a deliberate change):\n${over.join('\n')}`).toEqual(
			[]
		);
	});
});
