/**
 * Practice mode for one question: choose, check (which locks the answer), see
 * right and wrong with every option's explanation and the sources, and try
 * again. Each checked answer is recorded in the saved progress.
 */
import { optionOrder } from '../../lib/practice/option-order';
import { recordAnswer } from '../../lib/practice/progress';
import { randomSeed } from '../../lib/practice/random';
import { isAnswerCorrect } from '../../lib/practice/scoring';
import type { PracticeQuestion } from '../../lib/practice/types';
import { h } from './dom';
import { selectionHint, verdictText } from '../../lib/practice/wording';
import { QuestionForm, explanationBlock } from './question-form';
import { onPracticeEvent, readSettings, updateProgress } from './store';

/** One seed per page view: option orders stay put while the page is open and change on the next visit. */
const pageSeed = randomSeed();

export class PracticeInteraction {
	readonly element: HTMLFormElement;
	private readonly form: QuestionForm;
	private readonly hint: HTMLElement;
	private readonly result: HTMLElement;
	private readonly explanation: HTMLElement;
	private readonly checkButton: HTMLButtonElement;
	private readonly retryButton: HTMLButtonElement;
	private locked = false;

	constructor(
		private readonly question: PracticeQuestion,
		idPrefix: string
	) {
		this.form = new QuestionForm(question, {
			idPrefix,
			order: this.orderFor(readSettings().shuffleOptions),
			onChange: () => (this.hint.textContent = ''),
		});
		this.hint = h('p', { class: 'question-hint', role: 'status' });
		this.result = h('p', { class: 'question-result', tabindex: -1, hidden: true });
		this.explanation = explanationBlock(question);
		this.explanation.hidden = true;
		this.checkButton = h(
			'button',
			{ type: 'submit', class: 'practice-button practice-button-primary' },
			'Check answer'
		);
		this.retryButton = h('button', { type: 'button', class: 'practice-button', hidden: true }, 'Try again');
		this.element = h(
			'form',
			{ class: 'question-form', novalidate: true },
			this.form.element,
			h('div', { class: 'practice-actions not-content' }, this.checkButton, this.retryButton),
			this.hint,
			this.result,
			this.explanation
		);
		this.element.addEventListener('submit', (event) => {
			event.preventDefault();
			this.check();
		});
		this.retryButton.addEventListener('click', () => this.reset());
		onPracticeEvent('settings', () => this.applyShuffle(readSettings().shuffleOptions));
	}

	private orderFor(shuffle: boolean): number[] {
		return optionOrder(this.question.id, this.question.options.length, pageSeed, shuffle);
	}

	/** A changed setting reorders questions not yet checked; a checked one keeps the order its feedback refers to. */
	private applyShuffle(shuffle: boolean): void {
		if (!this.locked) this.form.setOrder(this.orderFor(shuffle));
	}

	private check(): void {
		if (this.locked) return;
		const selected = this.form.selected;
		const hint = selectionHint(this.question.select, selected.length);
		this.hint.textContent = hint ?? '';
		if (hint) return;
		const correct = isAnswerCorrect(this.question, selected);
		this.locked = true;
		this.form.setLocked(true);
		this.form.showOutcomes(selected);
		this.result.replaceChildren(
			h('span', { class: 'question-result-icon', 'aria-hidden': 'true' }, correct ? '✓' : '✗'),
			` ${verdictText(correct, this.form.letters(selected), this.form.correctLetters(), this.question.select)}`
		);
		this.result.dataset.correct = String(correct);
		this.result.hidden = false;
		this.explanation.hidden = false;
		this.checkButton.hidden = true;
		this.retryButton.hidden = false;
		// Focus moves to the verdict so keyboard and screen-reader users land on the feedback.
		this.result.focus();
		updateProgress((progress) =>
			recordAnswer(progress, {
				questionId: this.question.id,
				selected,
				correct,
				at: new Date().toISOString(),
				source: 'practice',
			})
		);
	}

	private reset(): void {
		this.locked = false;
		this.form.setLocked(false);
		this.form.clearOutcomes();
		this.form.setSelected([]);
		this.result.hidden = true;
		this.explanation.hidden = true;
		this.retryButton.hidden = true;
		this.checkButton.hidden = false;
		this.element.querySelector<HTMLInputElement>('input')?.focus();
	}
}
