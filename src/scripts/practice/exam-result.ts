/**
 * The result screen of a mock exam: score overall, per section of the guide
 * the exam was weighted by, per (2024-10) objective, the objectives to study
 * next, and every question with the candidate's answer, the right answer and
 * the explanations.
 */
import { examBlueprint, examBlueprintNames, inBlueprintSections, weightedByText } from '../../lib/practice/blueprints';
import type { ExamRecord } from '../../lib/practice/progress';
import { authoringOrder, isOptionOrder } from '../../lib/practice/option-order';
import {
	isAnswerCorrect,
	normalizeSelection,
	scoreAnswers,
	weakestObjectives,
	type ScoreLine,
} from '../../lib/practice/scoring';
import { describeDuration } from '../../lib/practice/timer';
import type { PracticeBank, PracticeQuestion } from '../../lib/practice/types';
import { formatDateTime, h, uniqueId, withBuildHtml } from './dom';
import { QuestionForm, explanationBlock } from './question-form';
import { watchScrollRegion } from '../table-scroll';

export interface ResultData {
	bank: PracticeBank;
	byId: ReadonlyMap<string, PracticeQuestion>;
}

const scoreText = (line: ScoreLine) => `${line.correct} of ${line.total} (${line.percent}%)`;

function table(caption: string, headers: string[], rows: (string | Node)[][]): HTMLElement {
	const region = h(
		'div',
		// The same focusable, named scroll region as every other wide table (TableScroll.astro),
		// a tab stop only while it overflows.
		{ class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': caption },
		h(
			'table',
			{ class: 'practice-table' },
			h('caption', { class: 'sr-only' }, caption),
			h('thead', {}, h('tr', {}, ...headers.map((header) => h('th', { scope: 'col' }, header)))),
			h(
				'tbody',
				{},
				...rows.map(([first, ...rest]) =>
					h('tr', {}, h('th', { scope: 'row' }, first ?? ''), ...rest.map((cell) => h('td', {}, cell)))
				)
			)
		)
	);
	watchScrollRegion(region);
	return region;
}

function questionReview(question: PracticeQuestion, number: number, record: ExamRecord): HTMLElement {
	const count = question.options.length;
	// History records may predate an edit of the question: fall back to what still fits.
	const selected = normalizeSelection(record.answers[question.id] ?? [], count);
	const storedOrder = record.optionOrders[question.id];
	const correct = isAnswerCorrect(question, selected);
	const marked = record.marked.includes(question.id);
	const form = new QuestionForm(question, {
		idPrefix: uniqueId(`result-${question.id}`),
		order: storedOrder && isOptionOrder(storedOrder, count) ? storedOrder : authoringOrder(count),
		selected,
	});
	form.setLocked(true);
	form.showOutcomes(selected);
	const verdict = selected.length === 0 ? 'Not answered' : correct ? 'Correct' : 'Incorrect';
	const titleId = uniqueId('result-question');
	return h(
		'article',
		{
			class: 'question exam-review-question',
			'aria-labelledby': titleId,
			'data-question-id': question.id,
			'data-correct': String(correct),
			'data-marked': String(marked),
		},
		h(
			'h4',
			{ id: titleId, class: 'question-title' },
			h('span', { 'aria-hidden': 'true', class: 'question-result-icon' }, correct ? '✓ ' : '✗ '),
			`Question ${number}: ${verdict}`,
			marked ? ' (marked for review)' : ''
		),
		h(
			'p',
			{ class: 'question-meta' },
			`Objective ${question.objective} · `,
			h('a', { href: question.href }, 'Open in practice')
		),
		withBuildHtml('div', { class: 'question-stem' }, question.stemHtml),
		form.element,
		h(
			'p',
			{ class: 'question-result', 'data-correct': String(correct) },
			`Your answer: ${selected.length > 0 ? form.letters(selected) : 'none'}. Correct answer: ${form.correctLetters()}.`
		),
		explanationBlock(question)
	);
}

function questionFilter(articles: HTMLElement[]): HTMLElement {
	const name = uniqueId('result-filter');
	const choices: [string, string, (article: HTMLElement) => boolean][] = [
		['all', 'All questions', () => true],
		['wrong', 'Incorrect or unanswered', (a) => a.dataset.correct !== 'true'],
		['marked', 'Marked for review', (a) => a.dataset.marked === 'true'],
	];
	const fieldset = h('fieldset', { class: 'exam-filter' }, h('legend', {}, 'Show'));
	for (const [value, label, keep] of choices) {
		const id = `${name}-${value}`;
		const input = h('input', { type: 'radio', name, id, value, checked: value === 'all' });
		input.addEventListener('change', () => {
			for (const article of articles) article.hidden = !keep(article);
		});
		fieldset.append(h('span', { class: 'exam-filter-choice' }, input, h('label', { for: id }, label)));
	}
	return fieldset;
}

/** Renders the result into `body` and returns a one-line summary to announce. */
export function renderResult(body: HTMLElement, title: HTMLElement, record: ExamRecord, data: ResultData): string {
	const questions = record.questionIds.flatMap((id) => (data.byId.has(id) ? [data.byId.get(id)!] : []));
	// Sections, their titles and weights as in the guide the exam was weighted by (in June 2026, 5.3 counts toward Section 2).
	const blueprint = examBlueprint(data.bank, record.blueprint);
	const score = scoreAnswers(inBlueprintSections(blueprint, questions), record.answers);
	const sections = new Map(blueprint.sections.map((s) => [s.id, s]));
	const objectives = new Map(data.bank.objectives.map((o) => [o.id, o]));
	title.textContent = `Your result: ${scoreText(score.overall)}`;

	const ended =
		record.endedBy === 'time-up'
			? `Time ran out after ${describeDuration(record.durationMs)}, so the exam was submitted automatically.`
			: `Submitted after ${describeDuration(record.elapsedMs)} of ${describeDuration(record.durationMs)}.`;
	const notes = [
		h('p', {}, `Mock exam of ${formatDateTime(record.finishedAt)}. ${ended}`),
		h(
			'p',
			{ 'data-exam-result-blueprint': record.blueprint },
			`${weightedByText(record.blueprint)}: its sections and weights drew the questions, and the table by section follows them.`
		),
		record.questionIds.length < record.requested
			? h(
					'p',
					{},
					`You asked for ${record.requested} questions; the question bank had ${record.questionIds.length} to draw from, so the exam had ${record.questionIds.length}.`
				)
			: null,
		questions.length < record.questionIds.length
			? h(
					'p',
					{},
					`${record.questionIds.length - questions.length} question(s) of this exam are no longer in the question bank and are left out of the score.`
				)
			: null,
		h(
			'p',
			{},
			'Google does not publish a passing score, so read the percentage as a measure of readiness, not a pass or fail.'
		),
	];

	const weakest = weakestObjectives(score.objectives);
	const studyNext = weakest.length
		? h(
				'ul',
				{},
				...weakest.map((line) => {
					const objective = objectives.get(line.id);
					const link = objective?.study
						? h('a', { href: objective.study.href }, objective.study.title)
						: objective?.practiceHref
							? h('a', { href: objective.practiceHref }, `practice questions for ${line.id}`)
							: null;
					return h(
						'li',
						{},
						`${line.id} ${objective?.title ?? ''}: ${scoreText(line)}. `,
						link ? 'Study: ' : '',
						link ?? ''
					);
				})
			)
		: h('p', {}, 'Every objective in this exam was answered perfectly.');

	const articles = questions.map((question, i) => questionReview(question, i + 1, record));
	body.replaceChildren(
		...notes.filter((n): n is HTMLParagraphElement => n !== null),
		h('h3', {}, `By section of the ${examBlueprintNames[record.blueprint]}`),
		table(
			`Score by section of the ${examBlueprintNames[record.blueprint]}`,
			['Section', 'Exam weight', 'Score'],
			score.sections.map((line) => {
				const section = sections.get(line.id);
				return [`${line.id}. ${section?.title ?? ''}`, section ? `${section.weight}%` : '', scoreText(line)];
			})
		),
		h('h3', {}, 'By objective'),
		table(
			'Score by objective',
			['Objective', 'Score', 'Study page'],
			score.objectives.map((line) => {
				const objective = objectives.get(line.id);
				return [
					`${line.id} ${objective?.title ?? ''}`,
					scoreText(line),
					objective?.study ? h('a', { href: objective.study.href }, objective.study.title) : 'Not yet written',
				];
			})
		),
		h('h3', {}, 'Study next'),
		studyNext,
		h('h3', {}, 'Questions and explanations'),
		questionFilter(articles),
		...articles
	);
	return `Exam submitted. Your score: ${score.overall.correct} of ${score.overall.total}, ${score.overall.percent} percent.`;
}
