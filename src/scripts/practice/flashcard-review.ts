/**
 * `<flashcard-review>`: reviews the due cards of the deck rendered inside it.
 * It shows a card's front, reveals the answer (Space or the button), and grades
 * it Again/Hard/Good/Easy (keys 1–4 or the buttons, each showing when the card
 * would come back). Scheduling is FSRS through src/lib/flashcards/schedule.ts;
 * states are saved in the practice progress through store.ts, so a review that
 * could only be kept in memory is never called saved. Without JavaScript the
 * deck stays a plain list of cards.
 */
import {
	describeInterval,
	dueCardIds,
	grades,
	nextDueDate,
	previewGrades,
	recordCardReview,
	type Grade,
} from '../../lib/flashcards/schedule';
import { formatDateTime, part } from './dom';
import { onPracticeEvent, readProgress, updateProgress } from './store';

const gradeLabels: Record<Grade, string> = { again: 'Again', hard: 'Hard', good: 'Good', easy: 'Easy' };

interface DeckCard {
	id: string;
	frontHtml: string;
	backHtml: string;
}

/** Keys typed into these elements are text, not shortcuts. */
function isTextEntry(target: EventTarget | null): boolean {
	return (
		target instanceof HTMLElement &&
		(target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName) || !!target.closest('dialog[open]'))
	);
}

class FlashcardReviewElement extends HTMLElement {
	private cards: DeckCard[] = [];
	private current?: DeckCard;
	private revealed = false;
	private stops: (() => void)[] = [];

	connectedCallback(): void {
		// The list rendered at build time is the source of the deck: one copy of each card's text.
		this.cards = [...this.querySelectorAll<HTMLElement>('[data-card-id]')].map((item) => ({
			id: item.dataset.cardId!,
			frontHtml: part(item, '[data-front-html]').innerHTML,
			backHtml: part(item, '[data-back-html]').innerHTML,
		}));
		part(this, '[data-session]').hidden = false;
		part(this, '[data-reveal]').addEventListener('click', () => this.reveal());
		for (const button of this.querySelectorAll<HTMLButtonElement>('[data-grade]'))
			button.addEventListener('click', () => this.grade(button.dataset.grade as Grade));
		part(this, '[data-refresh]').addEventListener('click', () => this.next(true));
		const onKey = (event: KeyboardEvent) => this.onKey(event);
		document.addEventListener('keydown', onKey);
		this.stops.push(() => document.removeEventListener('keydown', onKey));
		// Another tab reviewed cards: pick up its states when no card is open here.
		this.stops.push(onPracticeEvent('progress', () => !this.current && this.next(false)));
		this.next(false);
	}

	disconnectedCallback(): void {
		for (const stop of this.stops) stop();
	}

	private onKey(event: KeyboardEvent): void {
		if (event.altKey || event.ctrlKey || event.metaKey || isTextEntry(event.target) || !this.current) return;
		if (event.key === ' ' && !this.revealed) {
			// Space on a focused button or link already activates it; only take it elsewhere.
			if (event.target instanceof HTMLElement && event.target.closest('button, a, summary')) return;
			event.preventDefault();
			this.reveal();
		} else if (this.revealed && /^[1-4]$/.test(event.key)) {
			event.preventDefault();
			this.grade(grades[Number(event.key) - 1]!);
		}
	}

	/** Shows the next due card, or "nothing due" with the next due time. */
	private next(focus: boolean): void {
		const now = new Date();
		const states = readProgress().cards;
		const ids = this.cards.map((c) => c.id);
		const due = dueCardIds(ids, states, now);
		const fresh = due.filter((id) => !states[id]).length;
		part(this, '[data-counts]').textContent =
			due.length === 0
				? `No cards due of ${ids.length} in this deck.`
				: `${due.length} due of ${ids.length} in this deck (${fresh} new, ${due.length - fresh} to review).`;
		this.current = this.cards.find((c) => c.id === due[0]);
		this.revealed = false;
		const card = part(this, '[data-card]');
		const done = part(this, '[data-done]');
		card.hidden = !this.current;
		done.hidden = !!this.current;
		const title = part(this, '[data-title]');
		if (!this.current) {
			title.textContent = 'Nothing due';
			const upcoming = nextDueDate(ids, states, now);
			part(this, '[data-done-text]').textContent = upcoming
				? `You have reviewed every due card in this deck. The next card is due in ${describeInterval(now, upcoming)} (${formatDateTime(upcoming.toISOString())}).`
				: 'You have reviewed every card in this deck.';
		} else {
			const state = states[this.current.id];
			title.textContent = state ? 'Review card' : 'New card';
			part(this, '[data-front]').innerHTML = this.current.frontHtml;
			const answer = part(this, '[data-answer]');
			answer.innerHTML = this.current.backHtml;
			answer.hidden = true;
			part(this, '[data-reveal]').parentElement!.hidden = false;
			part(this, '[data-grades]').hidden = true;
			const preview = previewGrades(state, now);
			for (const [index, grade] of grades.entries()) {
				const button = part<HTMLButtonElement>(this, `[data-grade="${grade}"]`);
				button.replaceChildren(
					Object.assign(document.createElement('kbd'), { textContent: String(index + 1) }),
					` ${gradeLabels[grade]} `,
					Object.assign(document.createElement('span'), {
						className: 'flashcard-interval',
						textContent: `(${describeInterval(now, preview[grade])})`,
					})
				);
			}
		}
		// Moving focus to the heading tells screen-reader users that the card changed.
		if (focus) title.focus();
	}

	private reveal(): void {
		if (!this.current || this.revealed) return;
		this.revealed = true;
		part(this, '[data-answer]').hidden = false;
		part(this, '[data-reveal]').parentElement!.hidden = true;
		part(this, '[data-grades]').hidden = false;
		// Focus on the answer has screen readers read it; a grade button would let a second Space grade the card.
		part(this, '[data-answer]').focus();
	}

	private grade(grade: Grade): void {
		const card = this.current;
		if (!card || !this.revealed) return;
		const now = new Date();
		const { progress, saved } = updateProgress((p) => recordCardReview(p, card.id, grade, now));
		const due = new Date(progress.cards[card.id]!.due);
		part(this, '[data-status]').textContent =
			`${gradeLabels[grade]}: this card comes back in ${describeInterval(now, due)} (${formatDateTime(due.toISOString())}).` +
			(saved ? '' : ' Not saved: this review counts for this visit only.');
		this.current = undefined;
		this.next(true);
	}
}

customElements.define('flashcard-review', FlashcardReviewElement);
