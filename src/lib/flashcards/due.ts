/**
 * Which flashcards are due, from the stored card states: kept apart from
 * schedule.ts (which loads ts-fsrs) so the flashcards hub can show due counts
 * without the scheduler. The review session and the hub count with the same
 * functions, so their figures agree.
 */
import type { CardState } from './card-state';

/** Whether a card is due at `now`: never reviewed, or its due date has come. */
export function isDue(state: CardState | undefined, now: Date): boolean {
	return !state || Date.parse(state.due) <= now.getTime();
}

/**
 * The cards to review now, in order: reviewed cards that came due (the most
 * overdue first), then new cards in the order given (the deck's order).
 */
export function dueCardIds(ids: readonly string[], states: Readonly<Record<string, CardState>>, now: Date): string[] {
	const seen = ids.filter((id) => states[id] && isDue(states[id], now));
	seen.sort((a, b) => Date.parse(states[a]!.due) - Date.parse(states[b]!.due) || a.localeCompare(b));
	return [...seen, ...ids.filter((id) => !states[id])];
}

/** How many of the cards are due at `now`, and how many of those were never reviewed. */
export function dueCounts(
	ids: readonly string[],
	states: Readonly<Record<string, CardState>>,
	now: Date
): { due: number; fresh: number } {
	let due = 0;
	let fresh = 0;
	for (const id of ids) {
		const state = Object.hasOwn(states, id) ? states[id] : undefined;
		if (!isDue(state, now)) continue;
		due += 1;
		if (!state) fresh += 1;
	}
	return { due, fresh };
}

/** "3 due (1 new, 2 to review)", "2 due (2 new)", or "None due". */
export function dueText({ due, fresh }: { due: number; fresh: number }): string {
	if (due === 0) return 'None due';
	const parts = [fresh > 0 ? `${fresh} new` : '', due > fresh ? `${due - fresh} to review` : ''].filter(Boolean);
	return `${due} due (${parts.join(', ')})`;
}
