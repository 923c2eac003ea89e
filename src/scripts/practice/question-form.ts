/**
 * The answer form of one question: a fieldset with a radio button or checkbox
 * per option, in a given display order. It reports selections as authoring
 * indexes and, once locked, shows per option whether it was right, chosen or
 * missed, with its explanation. Used by practice, the mock exam and its result.
 */
import { lettersFor, positionLetter } from '../../lib/practice/option-order';
import { correctIndexes, optionOutcomes, type OptionOutcome } from '../../lib/practice/scoring';
import type { PracticeQuestion } from '../../lib/practice/types';
import { chooseText } from '../../lib/practice/wording';
import { h, withBuildHtml } from './dom';

/** Words and an icon per outcome, so the result never depends on colour alone. */
const outcomeWords: Record<OptionOutcome, { icon: string; text: string }> = {
	'chosen-correct': { icon: '✓', text: 'Your choice: correct' },
	'chosen-incorrect': { icon: '✗', text: 'Your choice: incorrect' },
	'missed-correct': { icon: '✓', text: 'Correct answer you did not choose' },
	'not-chosen': { icon: '–', text: 'Not correct' },
};

interface Choice {
	index: number;
	row: HTMLElement;
	input: HTMLInputElement;
	letter: HTMLElement;
	outcome: HTMLElement;
}

export interface QuestionFormConfig {
	/** Page-unique prefix for ids and the input group name. */
	idPrefix: string;
	/** Display order of authoring indexes. */
	order: readonly number[];
	selected?: readonly number[];
	onChange?: (selected: number[]) => void;
}

export class QuestionForm {
	readonly element: HTMLFieldSetElement;
	private readonly choices: Choice[];
	private readonly list: HTMLElement;
	private displayOrder: number[] = [];

	constructor(
		private readonly question: PracticeQuestion,
		config: QuestionFormConfig
	) {
		const multiple = question.select > 1;
		this.list = h('div', { class: 'question-choices' });
		this.choices = question.options.map((option, index) => {
			const id = `${config.idPrefix}-option-${index}`;
			const input = h('input', {
				type: multiple ? 'checkbox' : 'radio',
				name: `${config.idPrefix}-answer`,
				id,
				value: index,
			});
			const letter = h('span', { class: 'question-letter' });
			const label = h(
				'label',
				{ for: id },
				letter,
				// A space, so a screen reader reads "A. Call …", not "A.Call …".
				' ',
				withBuildHtml('span', { class: 'question-choice-text' }, option.html)
			);
			const outcome = h('div', { class: 'question-outcome', id: `${id}-outcome`, hidden: true });
			const row = h('div', { class: 'question-choice' }, input, label, outcome);
			input.addEventListener('change', () => config.onChange?.(this.selected));
			return { index, row, input, letter, outcome };
		});
		this.element = h(
			'fieldset',
			{ class: 'question-fieldset' },
			h('legend', {}, chooseText(question.select)),
			this.list
		);
		this.setOrder(config.order);
		this.setSelected(config.selected ?? []);
	}

	/** Chosen options as authoring indexes, ascending. */
	get selected(): number[] {
		return this.choices.filter((c) => c.input.checked).map((c) => c.index);
	}

	get order(): readonly number[] {
		return this.displayOrder;
	}

	setSelected(selected: readonly number[]): void {
		for (const choice of this.choices) choice.input.checked = selected.includes(choice.index);
	}

	/** Reorders the options; moving the nodes keeps their checked state. */
	setOrder(order: readonly number[]): void {
		this.displayOrder = [...order];
		order.forEach((index, position) => {
			const choice = this.choices[index];
			if (!choice) return;
			choice.letter.textContent = `${positionLetter(position)}.`;
			this.list.append(choice.row);
		});
	}

	setLocked(locked: boolean): void {
		for (const choice of this.choices) choice.input.disabled = locked;
		this.element.classList.toggle('is-locked', locked);
	}

	/** Marks every option as chosen/missed/right/wrong and shows why. */
	showOutcomes(selected: readonly number[]): void {
		const outcomes = optionOutcomes(this.question, selected);
		for (const choice of this.choices) {
			const outcome = outcomes[choice.index]!;
			const words = outcomeWords[outcome];
			choice.row.dataset.outcome = outcome;
			choice.outcome.replaceChildren(
				h(
					'p',
					{ class: 'question-outcome-label' },
					h('span', { class: 'question-outcome-icon', 'aria-hidden': 'true' }, words.icon),
					` ${words.text}`
				),
				withBuildHtml('p', { class: 'question-outcome-why' }, this.question.options[choice.index]!.whyHtml)
			);
			choice.outcome.hidden = false;
			choice.input.setAttribute('aria-describedby', choice.outcome.id);
		}
	}

	clearOutcomes(): void {
		for (const choice of this.choices) {
			delete choice.row.dataset.outcome;
			choice.outcome.hidden = true;
			choice.outcome.replaceChildren();
			choice.input.removeAttribute('aria-describedby');
		}
	}

	/** "C" or "A and D": the correct options' letters in the current order. */
	correctLetters(): string {
		return lettersFor(correctIndexes(this.question), this.displayOrder);
	}

	/** The letters of `selected` in the current order. */
	letters(selected: readonly number[]): string {
		return lettersFor(selected, this.displayOrder);
	}
}

/** The overall explanation and the sources, shown once an answer is locked. */
export function explanationBlock(question: PracticeQuestion): HTMLElement {
	const sources = question.sources.flatMap((source, i) => [
		i > 0 ? ', ' : '',
		h('a', { href: source.url }, source.title),
	]);
	return h(
		'div',
		{ class: 'question-explanation-block' },
		h('p', { class: 'question-explanation-title' }, h('strong', {}, 'Explanation')),
		withBuildHtml('div', { class: 'question-explanation' }, question.explanationHtml),
		h('p', { class: 'question-sources' }, 'Sources: ', ...sources)
	);
}
