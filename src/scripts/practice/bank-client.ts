/** Loads the question bank (`/practice/questions.json`) once per page. */
import type { PracticeBank } from '../../lib/practice/types';

let pending: Promise<PracticeBank> | undefined;

export function loadBank(url: string): Promise<PracticeBank> {
	pending ??= fetch(url)
		.then((response) => {
			if (!response.ok) throw new Error(`the server answered ${response.status}`);
			return response.json() as Promise<PracticeBank>;
		})
		.then((bank) => {
			// `blueprints` is checked too: a bank cached from before the mock exam's blueprint choice lacks it.
			if (bank?.format !== 'pmle-practice-bank' || !Array.isArray(bank.questions) || !Array.isArray(bank.blueprints))
				throw new Error('the file has unexpected content');
			return bank;
		});
	// A failed load may be retried (for example after the connection comes back).
	pending.catch(() => (pending = undefined));
	return pending;
}

export function describeLoadError(error: unknown): string {
	const detail = error instanceof Error ? error.message : String(error);
	return `The question bank could not be loaded (${detail}). Check your connection and reload the page.`;
}
