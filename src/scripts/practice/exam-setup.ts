/**
 * The mock exam's setup screen: what the bank can supply, the size (from the
 * form or the page address), the blueprint that weights the sections, the
 * resulting time limit, and the history of past exams.
 */
import {
	examDuration,
	parseExtraTime,
	parseQuestionCount,
	type ExamFormat,
	type ExtraTimePercent,
	type UrlExamOptions,
} from '../../lib/practice/exam-config';
import {
	blueprintPools,
	examBlueprint,
	parseExamBlueprint,
	weightedByText,
	type ExamBlueprintId,
} from '../../lib/practice/blueprints';
import { mockExamPath } from '../../lib/practice/paths';
import type { ExamRecord } from '../../lib/practice/progress';
import { percentOf } from '../../lib/practice/scoring';
import { describeDuration } from '../../lib/practice/timer';
import type { PracticeBank } from '../../lib/practice/types';
import { describeSupply, joinWords } from '../../lib/practice/wording';
import { pathWithBase } from '../../lib/urls';
import { formatDateTime, h, part } from './dom';
import { readProgress } from './store';

export interface ExamSetupHandlers {
	start(requested: number, extraTime: ExtraTimePercent, blueprint: ExamBlueprintId): void;
	showResult(record: ExamRecord): void;
}

/** How many past exams the setup screen lists. */
const historyShown = 10;

export class ExamSetup {
	private readonly sizeInput: HTMLInputElement;
	private readonly sizeError: HTMLElement;
	private readonly duration: HTMLElement;
	private readonly extraTime: HTMLSelectElement;
	private readonly blueprintInputs: HTMLInputElement[];

	constructor(
		private readonly root: HTMLElement,
		private readonly bank: PracticeBank,
		private readonly format: ExamFormat,
		private readonly urlOptions: UrlExamOptions,
		private readonly handlers: ExamSetupHandlers
	) {
		this.sizeInput = part<HTMLInputElement>(root, '[data-exam-size]');
		this.sizeError = part(root, '[data-exam-size-error]');
		this.duration = part(root, '[data-exam-duration]');
		this.extraTime = part<HTMLSelectElement>(root, '[data-exam-extra-time]');
		this.blueprintInputs = [...root.querySelectorAll<HTMLInputElement>('[data-exam-blueprint]')];
		this.applyUrlOptions();
		this.sizeInput.addEventListener('input', () => this.updateHints());
		this.extraTime.addEventListener('change', () => this.updateHints());
		for (const input of this.blueprintInputs) input.addEventListener('change', () => this.updateSupply());
		part<HTMLFormElement>(root, '[data-exam-setup-form]').addEventListener('submit', (event) => {
			event.preventDefault();
			this.submit();
		});
	}

	/** Refreshes what may have changed since the screen was last shown. */
	refresh(): void {
		this.updateSupply();
		this.updateHints();
		this.renderHistory();
	}

	private chosenBlueprint(): ExamBlueprintId {
		return parseExamBlueprint(this.blueprintInputs.find((input) => input.checked)?.value);
	}

	/** What the bank supplies per section of the chosen blueprint (5.3's questions count toward Section 2 in June 2026). */
	private updateSupply(): void {
		const pools = blueprintPools(examBlueprint(this.bank, this.chosenBlueprint()), this.bank.questions);
		part(this.root, '[data-exam-supply]').textContent = describeSupply(
			pools.map((pool) => ({ id: pool.id, count: pool.questionIds.length }))
		);
	}

	get hasHistory(): boolean {
		return readProgress().exams.length > 0;
	}

	private applyUrlOptions(): void {
		const { questions, applied, ignored } = this.urlOptions;
		if (questions !== undefined) {
			// The page address may ask for fewer questions than the form offers (drills and tests).
			this.sizeInput.min = '1';
			this.sizeInput.value = String(questions);
			part(this.root, '[data-exam-size-range]').textContent = `${this.sizeInput.min}–${this.sizeInput.max}`;
		}
		const parts: (string | Node)[] = [];
		if (applied.length > 0) {
			parts.push(
				`Test and preview settings from the page address: ${joinWords(applied)}. `,
				// Built from the site's base, never from the address: a crafted path must not lead off-site.
				h('a', { href: pathWithBase(mockExamPath) }, 'Use the standard format'),
				'.'
			);
		}
		if (ignored.length > 0) {
			parts.push(` Ignored from the page address (out of range or not a whole number): ${ignored.join(', ')}.`);
		}
		const note = part(this.root, '[data-exam-url-note]');
		note.replaceChildren(...parts);
		note.hidden = parts.length === 0;
	}

	private requestedSize(): number | undefined {
		return parseQuestionCount(this.sizeInput.value, Number(this.sizeInput.min), Number(this.sizeInput.max));
	}

	private updateHints(): void {
		this.sizeError.hidden = true;
		this.sizeInput.removeAttribute('aria-invalid');
		const requested = this.requestedSize();
		if (requested === undefined) {
			this.duration.textContent = `Enter a whole number from ${this.sizeInput.min} to ${this.sizeInput.max}.`;
			return;
		}
		const count = Math.min(requested, this.bank.questions.length);
		const extra = parseExtraTime(this.extraTime.value);
		const limit = `Time limit: ${describeDuration(examDuration(count, this.urlOptions, this.format, extra))}${extra ? `, with ${extra}% extra time` : ''}.`;
		this.duration.textContent =
			count < requested ? `The bank has ${count} questions, so the exam will have ${count}. ${limit}` : limit;
	}

	private submit(): void {
		const requested = this.requestedSize();
		if (requested !== undefined) {
			this.handlers.start(requested, parseExtraTime(this.extraTime.value), this.chosenBlueprint());
			return;
		}
		this.sizeError.textContent = `Enter a whole number of questions from ${this.sizeInput.min} to ${this.sizeInput.max}.`;
		this.sizeError.hidden = false;
		this.sizeInput.setAttribute('aria-invalid', 'true');
		this.sizeInput.focus();
	}

	private renderHistory(): void {
		const exams = [...readProgress().exams].reverse().slice(0, historyShown);
		part(this.root, '[data-exam-history-list]').replaceChildren(
			...exams.map((exam) => {
				const button = h('button', { type: 'button', class: 'practice-button practice-button-small' }, 'Show result');
				button.addEventListener('click', () => this.handlers.showResult(exam));
				const ended = exam.endedBy === 'time-up' ? ', time ran out' : '';
				return h(
					'li',
					{},
					`${formatDateTime(exam.finishedAt)}: ${exam.correct} of ${exam.total} (${percentOf(exam.correct, exam.total)}%), ${describeDuration(exam.elapsedMs)}${ended}. ${weightedByText(exam.blueprint)}. `,
					button
				);
			})
		);
	}
}
