/**
 * `<mock-exam>`: setup, the timed exam and the result (markup in
 * MockExam.astro). Every change goes through the pure functions in
 * src/lib/practice/exam.ts and is saved, so an exam survives a reload or a
 * closed tab and resumes with the time that was left.
 */
import {
	examDuration,
	readExamUrlOptions,
	type ExamFormat,
	type ExtraTimePercent,
	type UrlExamOptions,
} from '../../lib/practice/exam-config';
import {
	examClock,
	finishExam,
	goTo,
	navigatorEntries,
	reconcileExam,
	setAnswer,
	startExam,
	summarize,
	tick,
	toggleMarked,
	type ExamState,
} from '../../lib/practice/exam';
import { authoringOrder, optionOrder } from '../../lib/practice/option-order';
import { recordExam, type ExamRecord } from '../../lib/practice/progress';
import { randomSeed, seededRandom } from '../../lib/practice/random';
import { drawExam } from '../../lib/practice/sampling';
import { crossedMilestone, describeDuration, formatClock, isTimeUp, remainingMs } from '../../lib/practice/timer';
import type { PracticeBank, PracticeQuestion } from '../../lib/practice/types';
import { navigatorSummary, resumeNote, shortExamNote, submitWarning } from '../../lib/practice/wording';
import { describeLoadError, loadBank } from './bank-client';
import { h, part, uniqueId, withBuildHtml } from './dom';
import { renderNavigator } from './exam-navigator';
import { renderResult } from './exam-result';
import { ExamSetup } from './exam-setup';
import { QuestionForm } from './question-form';
import { examDocument, readProgress, readSettings, reportProblem, updateProgress } from './store';
import { startTicker } from './ticker';

type Screen = 'setup' | 'run' | 'result';

/** How often the clock is read; the display and the expiry are at most this late. */
const tickMs = 250;
/** How often the running clock is saved (answers and moves are saved at once). */
const saveEveryMs = 1000;

class MockExamElement extends HTMLElement {
	private started = false;
	private bank!: PracticeBank;
	private byId!: Map<string, PracticeQuestion>;
	private format!: ExamFormat;
	private urlOptions!: UrlExamOptions;
	private setup!: ExamSetup;
	private state: ExamState | undefined;
	private stopTicker: (() => void) | undefined;
	private lastSave = 0;

	async connectedCallback(): Promise<void> {
		if (this.started) return;
		this.started = true;
		this.format = JSON.parse(this.dataset.format ?? '{}') as ExamFormat;
		this.urlOptions = readExamUrlOptions(location.search);
		const loading = this.el('loading');
		loading.hidden = false;
		try {
			this.bank = await loadBank(this.dataset.bankUrl ?? '');
		} catch (error) {
			loading.textContent = describeLoadError(error);
			return;
		}
		loading.hidden = true;
		this.byId = new Map(this.bank.questions.map((q) => [q.id, q]));
		this.setup = new ExamSetup(this, this.bank, this.format, this.urlOptions, {
			start: (requested, extraTime) => this.start(requested, extraTime),
			showResult: (record) => this.showResult(record),
		});
		this.wireEvents();
		this.resumeOrSetup();
	}

	private el<T extends HTMLElement = HTMLElement>(name: string): T {
		return part<T>(this, `[data-exam-${name}]`);
	}

	private show(screen: Screen): void {
		this.el('setup').hidden = screen !== 'setup';
		this.el('run').hidden = screen !== 'run';
		this.el('result').hidden = screen !== 'result';
		this.el('history').hidden = screen !== 'setup' || !this.setup.hasHistory;
	}

	private announce(message: string): void {
		// Clearing first makes screen readers repeat a message identical to the last one.
		const announcer = this.el('announcer');
		announcer.textContent = '';
		requestAnimationFrame(() => (announcer.textContent = message));
	}

	private wireEvents(): void {
		this.el('prev').addEventListener('click', () => this.moveTo((this.state?.current ?? 0) - 1));
		this.el('next').addEventListener('click', () => this.moveTo((this.state?.current ?? 0) + 1));
		this.el('mark').addEventListener('click', () => this.toggleMark());
		this.el('submit').addEventListener('click', () => this.confirmSubmit());
		const dialog = this.el<HTMLDialogElement>('confirm');
		dialog.addEventListener('close', () => {
			if (dialog.returnValue === 'submit' && this.state) this.finish('candidate');
		});
		this.el('new').addEventListener('click', () => this.showSetup(true));
		// Save the clock when the page goes away; the next visit resumes from here.
		window.addEventListener('pagehide', () => this.save(true));
		document.addEventListener('visibilitychange', () => {
			if (document.visibilityState === 'hidden') this.save(true);
		});
	}

	private showSetup(focus: boolean): void {
		this.setup.refresh();
		this.show('setup');
		if (focus) this.el('setup-title').focus();
	}

	// Starting and resuming ----------------------------------------------------

	private start(requested: number, extraTime: ExtraTimePercent): void {
		const seed = randomSeed();
		const pools = this.bank.sections.map((s) => ({
			id: s.id,
			weight: s.weight,
			questionIds: this.bank.questions.filter((q) => q.section === s.id).map((q) => q.id),
		}));
		const draw = drawExam(pools, requested, seededRandom(seed));
		if (draw.questionIds.length === 0) {
			reportProblem('The question bank is empty, so no mock exam can start.');
			return;
		}
		const shuffle = readSettings().shuffleOptions;
		const startedAt = new Date().toISOString();
		this.state = startExam({
			id: `exam-${startedAt}-${seed.toString(36)}`,
			startedAt,
			requested,
			questionIds: draw.questionIds,
			optionOrders: Object.fromEntries(
				draw.questionIds.map((id) => [id, optionOrder(id, this.byId.get(id)!.options.length, seed, shuffle)])
			),
			durationMs: examDuration(draw.questionIds.length, this.urlOptions, this.format, extraTime),
		});
		this.save(true);
		this.showRun(draw.short ? shortExamNote(draw.questionIds.length, requested) : undefined);
	}

	private resumeOrSetup(): void {
		let stored = examDocument.read();
		if (stored && readProgress().exams.some((exam) => exam.id === stored!.id)) {
			// Already in the history: the page closed between saving the result and clearing the exam.
			examDocument.remove();
			stored = undefined;
		}
		if (!stored) {
			this.showSetup(false);
			return;
		}
		const reconciled = reconcileExam(stored, new Map(this.bank.questions.map((q) => [q.id, q.options.length])));
		if (!reconciled) {
			examDocument.remove();
			reportProblem(
				'Your mock exam in progress could not be resumed: its questions are no longer in the question bank.'
			);
			this.showSetup(false);
			return;
		}
		this.state = reconciled.state;
		if (isTimeUp(examClock(this.state))) {
			this.finish('time-up');
			return;
		}
		const left = describeDuration(remainingMs(examClock(this.state)));
		this.showRun(resumeNote(this.state.current + 1, this.state.questionIds.length, left, reconciled.dropped.length));
	}

	// The running exam ---------------------------------------------------------

	private showRun(note?: string): void {
		const runNote = this.el('run-note');
		runNote.textContent = note ?? '';
		runNote.hidden = !note;
		this.show('run');
		this.renderQuestion(true);
		this.renderNavigator();
		this.renderClock();
		this.stopTicker?.();
		this.stopTicker = startTicker(tickMs, (delta) => this.onTick(delta));
		if (note) this.announce(note);
	}

	private currentQuestion(): PracticeQuestion {
		return this.byId.get(this.state!.questionIds[this.state!.current]!)!;
	}

	private renderQuestion(focus: boolean): void {
		const state = this.state!;
		const question = this.currentQuestion();
		const total = state.questionIds.length;
		const heading = h(
			'h2',
			{ class: 'exam-question-title', tabindex: -1 },
			`Question ${state.current + 1} of ${total}`
		);
		const hint = h('p', { class: 'question-hint', 'aria-live': 'polite' });
		const showCount = (selected: readonly number[]) => {
			if (question.select > 1) hint.textContent = `${selected.length} of ${question.select} chosen.`;
		};
		const form = new QuestionForm(question, {
			idPrefix: uniqueId(`exam-${question.id}`),
			order: state.optionOrders[question.id] ?? authoringOrder(question.options.length),
			selected: state.answers[question.id] ?? [],
			onChange: (selected) => {
				if (!this.state) return;
				this.state = setAnswer(this.state, question.id, selected);
				this.save(true);
				this.renderNavigator();
				showCount(selected);
			},
		});
		showCount(state.answers[question.id] ?? []);
		this.el('question').replaceChildren(
			h(
				'div',
				{ class: 'question', 'data-question-id': question.id },
				heading,
				withBuildHtml('div', { class: 'question-stem' }, question.stemHtml),
				form.element,
				hint
			)
		);
		this.el('mark').setAttribute('aria-pressed', String(state.marked.includes(question.id)));
		this.el<HTMLButtonElement>('prev').disabled = state.current === 0;
		this.el<HTMLButtonElement>('next').disabled = state.current === total - 1;
		// Moving focus to the new heading tells screen-reader users where they are.
		if (focus) heading.focus();
	}

	private entries() {
		return navigatorEntries(this.state!, (id) => this.byId.get(id)?.select ?? 1);
	}

	private renderNavigator(): void {
		const entries = this.entries();
		this.el('summary').textContent = navigatorSummary(summarize(entries));
		renderNavigator(this.el('navigator'), entries, (index) => this.moveTo(index));
	}

	private moveTo(index: number): void {
		if (!this.state) return;
		const next = goTo(this.state, index);
		if (next === this.state) return;
		this.state = next;
		this.save(true);
		this.renderQuestion(true);
		this.renderNavigator();
	}

	private toggleMark(): void {
		if (!this.state) return;
		const id = this.currentQuestion().id;
		this.state = toggleMarked(this.state, id);
		this.save(true);
		this.el('mark').setAttribute('aria-pressed', String(this.state.marked.includes(id)));
		this.renderNavigator();
	}

	private confirmSubmit(): void {
		if (!this.state) return;
		const summary = summarize(this.entries());
		const dialog = this.el<HTMLDialogElement>('confirm');
		this.el('confirm-text').textContent = submitWarning(summary, this.state.questionIds.length);
		dialog.dataset.warning = String(summary.unanswered > 0);
		dialog.returnValue = '';
		dialog.showModal();
	}

	private onTick(deltaMs: number): void {
		if (!this.state) return;
		const before = remainingMs(examClock(this.state));
		this.state = tick(this.state, deltaMs);
		const after = remainingMs(examClock(this.state));
		this.renderClock();
		const milestone = crossedMilestone(before, after);
		if (milestone !== undefined) this.announce(`${describeDuration(milestone)} left.`);
		if (after === 0) this.finish('time-up');
		else this.save(false);
	}

	private renderClock(): void {
		if (!this.state) return;
		const left = remainingMs(examClock(this.state));
		const clock = this.el('clock');
		clock.textContent = formatClock(left);
		// "Little time left": the last 5 minutes, or the last tenth of a short exam.
		clock.classList.toggle('is-low', left <= Math.min(5 * 60_000, this.state.durationMs / 10));
	}

	private save(force: boolean): void {
		if (!this.state) return;
		const now = Date.now();
		if (!force && now - this.lastSave < saveEveryMs) return;
		this.lastSave = now;
		examDocument.write(this.state);
	}

	// The result ---------------------------------------------------------------

	private finish(endedBy: ExamRecord['endedBy']): void {
		const state = this.state;
		if (!state) return;
		this.stopTicker?.();
		this.stopTicker = undefined;
		this.state = undefined;
		const dialog = this.el<HTMLDialogElement>('confirm');
		if (dialog.open) dialog.close('cancel');
		const { record, score } = finishExam(state, this.bank.questions, endedBy, new Date().toISOString());
		// Record the result before dropping the exam in progress: if the page dies
		// in between, the next visit finds the exam already in the history.
		updateProgress((progress) => recordExam(progress, record, new Set(score.correctIds)));
		examDocument.remove();
		this.showResult(record, endedBy === 'time-up');
	}

	private showResult(record: ExamRecord, timeUp = false): void {
		this.el('run-note').hidden = true;
		const summary = renderResult(this.el('result-body'), this.el('result-title'), record, {
			bank: this.bank,
			byId: this.byId,
		});
		this.show('result');
		this.el('result-title').focus();
		// A submission the candidate did not trigger must be announced; otherwise the focused title says enough.
		if (timeUp) this.announce(`Time is up. ${summary}`);
	}
}

customElements.define('mock-exam', MockExamElement);
