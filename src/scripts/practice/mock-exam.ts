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
	mergeExamState,
	navigatorEntries,
	reconcileExam,
	setAnswer,
	startExam,
	summarize,
	tick,
	toggleMarked,
	type ExamState,
} from '../../lib/practice/exam';
import { blueprintPools, examBlueprint, type ExamBlueprintId } from '../../lib/practice/blueprints';
import { authoringOrder, optionOrder } from '../../lib/practice/option-order';
import { recordExam, type ExamRecord } from '../../lib/practice/progress';
import { exportFileName, serializeExport } from '../../lib/practice/transfer';
import { randomSeed, seededRandom } from '../../lib/practice/random';
import { drawExam } from '../../lib/practice/sampling';
import { crossedMilestone, describeDuration, formatClock, isTimeUp, remainingMs } from '../../lib/practice/timer';
import type { PracticeBank, PracticeQuestion } from '../../lib/practice/types';
import { navigatorSummary, resumeNote, shortExamNote, submitWarning } from '../../lib/practice/wording';
import { describeLoadError, loadBank } from './bank-client';
import { downloadText, h, part, uniqueId, withBuildHtml } from './dom';
import { renderNavigator } from './exam-navigator';
import { renderResult } from './exam-result';
import { ExamSetup } from './exam-setup';
import { QuestionForm } from './question-form';
import {
	examDocument,
	onExamChangedElsewhere,
	readProgress,
	readSettings,
	reportProblem,
	updateProgress,
} from './store';
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
	/**
	 * Whether this tab's exam is in storage. From then on, finding it gone or
	 * replaced means another tab ended it (submitted, reset, started another):
	 * this tab stops instead of writing it back.
	 */
	private persisted = false;
	/** Whether Starlight laid the page out with a sidebar (restored when the exam ends). */
	private hadSidebar: boolean | undefined;

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
			start: (requested, extraTime, blueprint) => this.start(requested, extraTime, blueprint),
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
		const intro = document.querySelector<HTMLElement>('[data-exam-intro]');
		if (intro) intro.hidden = screen !== 'setup';
		this.focusLayout(screen === 'run');
	}

	/**
	 * A focused layout while the exam runs: no sidebar, site search or pager to
	 * lead the candidate away (practice.css hides them under `data-exam-focus`).
	 * Leaving still works through the site title and the link below the exam.
	 */
	private focusLayout(on: boolean): void {
		const root = document.documentElement;
		this.hadSidebar ??= root.hasAttribute('data-has-sidebar');
		root.toggleAttribute('data-exam-focus', on);
		root.toggleAttribute('data-has-sidebar', this.hadSidebar && !on);
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
		this.el('result-download').addEventListener('click', () => {
			const now = new Date();
			downloadText(serializeExport(readProgress(), now), exportFileName(now));
		});
		onExamChangedElsewhere(() => this.syncFromStorage());
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

	private start(requested: number, extraTime: ExtraTimePercent, blueprint: ExamBlueprintId): void {
		const seed = randomSeed();
		const pools = blueprintPools(examBlueprint(this.bank, blueprint), this.bank.questions);
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
			blueprint,
		});
		this.persisted = false;
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
		if (stored.submitted) {
			// Submitted on an earlier visit, but the result could not be saved then: save it now.
			this.state = stored;
			this.persisted = false;
			this.finish(stored.submitted.endedBy, stored.submitted.finishedAt);
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
		this.persisted = true;
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
				if (!this.change((state) => setAnswer(state, question.id, selected))) return;
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
		if (!this.state || goTo(this.state, index) === this.state) return;
		if (!this.change((state) => goTo(state, index))) return;
		this.renderQuestion(true);
		this.renderNavigator();
	}

	private toggleMark(): void {
		if (!this.state) return;
		const id = this.currentQuestion().id;
		if (!this.change((state) => toggleMarked(state, id))) return;
		this.el('mark').setAttribute('aria-pressed', String(this.state!.marked.includes(id)));
		this.renderNavigator();
	}

	// Saving, and other tabs on the same exam --------------------------------

	/**
	 * Applies a change on top of the latest saved exam (another tab may have
	 * answered since) and saves it at once. False when the exam was ended in
	 * another tab, so there is nothing to change.
	 */
	private change(step: (state: ExamState) => ExamState): boolean {
		if (!this.adoptStored()) return false;
		this.state = step(this.state!);
		this.write();
		return true;
	}

	/**
	 * Brings this tab's state up to date with the saved exam. False (and the
	 * exam on this tab stopped) when another tab ended it.
	 */
	private adoptStored(): boolean {
		if (!this.state) return false;
		const stored = examDocument.read();
		if (this.persisted && (!stored || stored.id !== this.state.id || stored.submitted)) {
			this.endedElsewhere();
			return false;
		}
		this.state = mergeExamState(this.state, stored);
		return true;
	}

	private write(): void {
		if (!this.state) return;
		this.lastSave = Date.now();
		examDocument.write(this.state);
		this.persisted = true;
	}

	private save(force: boolean): void {
		if (!this.state) return;
		if (!force && Date.now() - this.lastSave < saveEveryMs) return;
		if (this.adoptStored()) this.write();
	}

	/** Another tab saved the exam: show its answers and marks here, or stop if it ended the exam. */
	private syncFromStorage(): void {
		if (!this.state || !this.persisted) return;
		const before = this.state;
		if (!this.adoptStored() || this.state === before) return;
		const id = this.currentQuestion().id;
		const answersChanged = String(before.answers[id] ?? []) !== String(this.state.answers[id] ?? []);
		// Re-render the question only when its answer changed, and without moving focus.
		if (answersChanged) this.renderQuestion(false);
		this.el('mark').setAttribute('aria-pressed', String(this.state.marked.includes(id)));
		this.renderNavigator();
		this.renderClock();
	}

	/** The exam was submitted, reset or replaced in another tab: stop here without writing anything. */
	private endedElsewhere(): void {
		const id = this.state?.id;
		this.stopTicker?.();
		this.stopTicker = undefined;
		this.state = undefined;
		this.persisted = false;
		const dialog = this.el<HTMLDialogElement>('confirm');
		if (dialog.open) dialog.close('cancel');
		const record = readProgress().exams.find((exam) => exam.id === id);
		if (record) {
			this.showResult(record);
			this.announce('This mock exam was submitted in another tab. Its result is shown here.');
			return;
		}
		this.showSetup(true);
		reportProblem(
			'Your mock exam was ended in another tab (submitted, reset, or replaced by a new exam), so this tab stopped it without saving anything over it.'
		);
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

	// The result ---------------------------------------------------------------

	/**
	 * Scores the exam and moves it into the history. The exam in progress is
	 * deleted only once the history has been written: if that fails, the exam
	 * stays stored, marked as submitted, and the next visit saves its result.
	 */
	private finish(endedBy: ExamRecord['endedBy'], finishedAt = new Date().toISOString()): void {
		if (this.state && this.persisted && !this.adoptStored()) return;
		const state = this.state;
		if (!state) return;
		this.stopTicker?.();
		this.stopTicker = undefined;
		this.state = undefined;
		const dialog = this.el<HTMLDialogElement>('confirm');
		if (dialog.open) dialog.close('cancel');
		const { record, score } = finishExam(state, this.bank.questions, endedBy, finishedAt);
		const { saved } = updateProgress((progress) => recordExam(progress, record, new Set(score.correctIds)));
		if (saved) examDocument.remove();
		else if (!state.submitted) examDocument.write({ ...state, submitted: { endedBy, finishedAt } });
		this.persisted = false;
		this.showResult(record, { timeUp: endedBy === 'time-up', saved });
	}

	/** `saved` is false when the result could not be written to the history (finish() says). */
	private showResult(record: ExamRecord, { timeUp = false, saved = true } = {}): void {
		this.el('run-note').hidden = true;
		this.el('result-unsaved').hidden = saved;
		const summary = renderResult(this.el('result-body'), this.el('result-title'), record, {
			bank: this.bank,
			byId: this.byId,
		});
		this.show('result');
		this.el('result-title').focus();
		// A submission the candidate did not trigger must be announced; otherwise the focused title says enough.
		if (timeUp) this.announce(`Time is up. ${summary}`);
		else if (!saved) this.announce('This result is not saved yet: see the notice above the score.');
	}
}

customElements.define('mock-exam', MockExamElement);
