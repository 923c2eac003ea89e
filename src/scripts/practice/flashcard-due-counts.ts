/**
 * `<flashcard-due-counts>` on the flashcards hub: fills each deck's "due now"
 * cell from the stored card states, and the section and overall totals from
 * those cells (`[data-due-all]` may sit anywhere on the page). Loads the
 * practice store and the due arithmetic only, not the scheduler or the cards.
 * Updates when cards are reviewed in another tab.
 */
import { dueCounts, dueText } from '../../lib/flashcards/due';
import { onPracticeEvent, readProgress } from './store';

const ids = (value: string | undefined) => (value ?? '').split(/\s+/).filter(Boolean);

class FlashcardDueCounts extends HTMLElement {
	private stop?: () => void;

	connectedCallback(): void {
		this.render();
		for (const element of document.querySelectorAll<HTMLElement>('[data-due-reveal]')) element.hidden = false;
		this.stop = onPracticeEvent('progress', () => this.render());
	}

	disconnectedCallback(): void {
		this.stop?.();
	}

	private render(): void {
		const states = readProgress().cards;
		const now = new Date();
		const cells = [...this.querySelectorAll<HTMLElement>('[data-due-ids]')];
		const bySection = new Map<string, string[]>();
		for (const cell of cells) {
			const cardIds = ids(cell.dataset.dueIds);
			cell.textContent = dueText(dueCounts(cardIds, states, now));
			const section = cell.dataset.section ?? '';
			bySection.set(section, [...(bySection.get(section) ?? []), ...cardIds]);
		}
		for (const element of this.querySelectorAll<HTMLElement>('[data-due-section]'))
			element.textContent = dueText(dueCounts(bySection.get(element.dataset.dueSection ?? '') ?? [], states, now));
		const all = cells.flatMap((cell) => ids(cell.dataset.dueIds));
		for (const element of document.querySelectorAll<HTMLElement>('[data-due-all]'))
			element.textContent = dueText(dueCounts(all, states, now));
	}
}

customElements.define('flashcard-due-counts', FlashcardDueCounts);
