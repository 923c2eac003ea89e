/**
 * `<readiness-dashboard>`: fills the dashboard rendered at build time with the
 * candidate's figures (studied marks, practice answers, flashcard states and
 * mock exams, all from store.ts) and ranks what to do next with
 * src/lib/readiness/readiness.ts. The question bank is loaded only when there
 * are mock exams to score by section. Updates when another tab changes data.
 */
import { countProgress, type Progress } from '../../lib/practice/progress';
import { isDue, recallProbability } from '../../lib/flashcards/schedule';
import { examBlueprintNames } from '../../lib/practice/blueprints';
import {
	examHistory,
	nextSteps,
	readiness,
	stepLink,
	weightText,
	type ObjectiveFigures,
} from '../../lib/readiness/readiness';
import { describeLoadError, loadBank } from './bank-client';
import { formatDateTime, h, part } from './dom';
import { onPracticeEvent, readProgress, readStudied } from './store';
import { studiedMark, type StudiedPages } from '../../lib/studied';

/** An objective's row as rendered at build time: its links and the ids its figures count. */
interface Row {
	element: HTMLTableRowElement;
	id: string;
	title: string;
	weight: number;
	pages: { id: string; href: string; title: string }[];
	questionIds: string[];
	cardIds: string[];
	practiceHref?: string;
	cardsHref?: string;
}

const ids = (value: string | undefined) => (value ?? '').split(/\s+/).filter(Boolean);
const percent = (share: number) => `${Math.round(100 * share)}%`;
const dateText = (iso: string) => new Date(iso).toLocaleDateString(undefined, { dateStyle: 'medium' });

function readRow(element: HTMLTableRowElement): Row {
	return {
		element,
		id: element.dataset.objective ?? '',
		title: element.dataset.title ?? '',
		weight: Number(element.dataset.weight),
		pages: [...element.querySelectorAll<HTMLAnchorElement>('a[data-page-id]')].map((a) => ({
			id: a.dataset.pageId ?? '',
			href: a.getAttribute('href') ?? '',
			title: a.dataset.pageTitle ?? '',
		})),
		questionIds: ids(element.dataset.questionIds),
		cardIds: ids(element.dataset.cardIds),
		practiceHref: element.dataset.practiceHref,
		cardsHref: element.dataset.cardsHref,
	};
}

/** The figures of one objective from the stored data, at `now`. */
function figuresOf(row: Row, progress: Progress, studied: StudiedPages, now: Date): ObjectiveFigures {
	const states = row.cardIds.flatMap((id) => (progress.cards[id] ? [progress.cards[id]] : []));
	const count = countProgress(progress, row.questionIds);
	return {
		id: row.id,
		weight: row.weight,
		pages: row.pages.length,
		studied: row.pages.filter((p) => studiedMark(studied, p.id)).length,
		questions: row.questionIds.length,
		answered: count.answered,
		correct: count.correct,
		cards: row.cardIds.length,
		reviewed: states.length,
		recall: states.reduce((sum, state) => sum + recallProbability(state, now), 0),
		due: states.filter((state) => isDue(state, now)).length,
	};
}

class ReadinessDashboardElement extends HTMLElement {
	private rows: Row[] = [];
	private stops: (() => void)[] = [];
	private examsShown = '';

	connectedCallback(): void {
		this.rows = [...this.querySelectorAll<HTMLTableRowElement>('tr[data-objective]')].map(readRow);
		part(this, '[data-figures-note]').hidden = false;
		for (const type of ['progress', 'studied'] as const) this.stops.push(onPracticeEvent(type, () => this.render()));
		this.render();
	}

	disconnectedCallback(): void {
		for (const stop of this.stops) stop();
	}

	private render(): void {
		const progress = readProgress();
		const studied = readStudied();
		const now = new Date();
		const figures = this.rows.map((row) => figuresOf(row, progress, studied, now));
		this.rows.forEach((row, i) => this.renderRow(row, figures[i]!, studied));
		this.renderSteps(figures, studied);
		void this.renderExams(progress.exams);
	}

	private renderRow(row: Row, f: ObjectiveFigures, studied: StudiedPages): void {
		const stat = (name: string, text: string) => (part(row.element, `[data-stat="${name}"]`).textContent = text);
		stat('readiness', `Readiness ${percent(readiness(f))}`);
		const mark = row.pages.length === 1 ? studiedMark(studied, row.pages[0]!.id) : undefined;
		stat(
			'studied',
			f.pages === 0
				? ''
				: f.pages > 1
					? `${f.studied} of ${f.pages} studied`
					: mark
						? `Studied ${dateText(mark.studiedAt)}`
						: 'Not marked as studied'
		);
		stat(
			'practice',
			f.questions === 0
				? ''
				: f.answered === 0
					? 'None answered'
					: `${f.answered} of ${f.questions} answered, ${percent(f.correct / f.answered)} right on last try`
		);
		stat(
			'cards',
			f.cards === 0
				? ''
				: f.reviewed === 0
					? 'None reviewed yet'
					: `${f.due} due, ${f.cards - f.reviewed} new; predicted recall ${percent(f.recall / f.reviewed)}`
		);
	}

	private renderSteps(figures: ObjectiveFigures[], studied: StudiedPages): void {
		const rows = new Map(this.rows.map((row) => [row.id, row]));
		const started = figures.some((f) => f.studied + f.answered + f.reviewed > 0);
		const steps = nextSteps(figures);
		part(this, '[data-next-note]').textContent = !started
			? 'Start here: the objectives that carry the most weight in the exam, beginning with their study pages. Once you mark pages as studied, answer questions and review flashcards, this list puts the weakest heavily weighted objectives first.'
			: steps.length > 0
				? 'The weakest heavily weighted objectives first: each step names what would raise your readiness most.'
				: 'Every objective is at 90% readiness or more. Keep reviewing the flashcards as they come due, and take a mock exam.';
		part(this, '[data-next-steps]').replaceChildren(
			...steps.map((step) => {
				const row = rows.get(step.objective)!;
				const { href, label } = stepLink(step, row, (id) => studiedMark(studied, id) !== undefined);
				return h(
					'li',
					{},
					h('a', { href }, label),
					h(
						'span',
						{ class: 'readiness-why' },
						` (${step.objective} ${row.title}, ${weightText(row.weight)} of the exam, readiness ${percent(step.readiness)})`
					)
				);
			})
		);
	}

	private async renderExams(exams: Progress['exams']): Promise<void> {
		const key = exams.map((e) => e.id).join(' ');
		if (key === this.examsShown) return;
		this.examsShown = key;
		const target = part(this, '[data-exams]');
		if (exams.length === 0) {
			target.replaceChildren();
			return;
		}
		let lines;
		try {
			const bank = await loadBank(this.dataset.bankUrl ?? '');
			// The exams changed (another tab, an import) while the bank loaded: that later render shows them.
			if (this.examsShown !== key) return;
			lines = examHistory(exams, bank);
		} catch (error) {
			if (this.examsShown !== key) return;
			target.replaceChildren(h('p', { class: 'practice-notice', 'data-kind': 'warning' }, describeLoadError(error)));
			this.examsShown = '';
			return;
		}
		const sectionIds = [...new Set(lines.flatMap((line) => line.sections.map((s) => s.id)))].sort();
		const score = (s: { correct: number; total: number; percent: number }) => `${s.percent}% (${s.correct}/${s.total})`;
		target.replaceChildren(
			h(
				'div',
				{ class: 'table-scroll', tabindex: 0, role: 'region', 'aria-label': 'Table: recent mock exams by section' },
				h(
					'table',
					{ class: 'practice-table' },
					h(
						'thead',
						{},
						h(
							'tr',
							{},
							h('th', { scope: 'col' }, 'Finished'),
							h('th', { scope: 'col' }, 'Weighted by'),
							h('th', { scope: 'col' }, 'Score'),
							...sectionIds.map((id) => h('th', { scope: 'col' }, `Section ${id}`))
						)
					),
					h(
						'tbody',
						{},
						...lines.map((line) =>
							h(
								'tr',
								{},
								h('th', { scope: 'row' }, formatDateTime(line.finishedAt)),
								h('td', {}, examBlueprintNames[line.blueprint]),
								h('td', {}, score(line.overall)),
								...sectionIds.map((id) => {
									const s = line.sections.find((x) => x.id === id);
									return h('td', {}, s ? score(s) : '–');
								})
							)
						)
					)
				)
			)
		);
	}
}

customElements.define('readiness-dashboard', ReadinessDashboardElement);
