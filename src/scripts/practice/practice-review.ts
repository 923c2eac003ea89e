/**
 * `<practice-review>`: the questions last answered wrong, newest first, each
 * answerable again in practice mode. The list is built once per visit, so a
 * question answered right stays on screen until the next visit.
 */
import { mistakes } from '../../lib/practice/progress';
import type { PracticeBank } from '../../lib/practice/types';
import { describeLoadError, loadBank } from './bank-client';
import { formatDateTime, h, part, withBuildHtml } from './dom';
import { PracticeInteraction } from './practice-interaction';
import { readProgress } from './store';

class PracticeReviewElement extends HTMLElement {
	private started = false;

	async connectedCallback(): Promise<void> {
		if (this.started) return;
		this.started = true;
		const status = part(this, '[data-review-status]');
		const list = part(this, '[data-review-list]');
		status.hidden = false;
		let bank: PracticeBank;
		try {
			bank = await loadBank(this.dataset.bankUrl ?? '');
		} catch (error) {
			status.textContent = describeLoadError(error);
			return;
		}
		const byId = new Map(bank.questions.map((q) => [q.id, q]));
		const objectives = new Map(bank.objectives.map((o) => [o.id, o]));
		const wrong = mistakes(readProgress(), new Set(byId.keys()));
		if (wrong.length === 0) {
			status.textContent =
				'No mistakes to review. Questions you answer wrong in practice or in a mock exam appear here until you answer them right.';
			return;
		}
		status.textContent = `${wrong.length} question${wrong.length === 1 ? '' : 's'} to review.`;
		list.replaceChildren(
			...wrong.map(({ id, record }, i) => {
				const question = byId.get(id)!;
				const objective = objectives.get(question.objective);
				const titleId = `review-${id}-title`;
				const where = record.lastSource === 'exam' ? 'in a mock exam' : 'in practice';
				return h(
					'article',
					{ class: 'question is-interactive', id: `review-${id}`, 'aria-labelledby': titleId, 'data-question-id': id },
					h(
						'h2',
						{ id: titleId, class: 'question-title' },
						`${i + 1}. ${question.objective} ${objective?.title ?? ''}`
					),
					h(
						'p',
						{ class: 'question-meta' },
						`Last answered wrong ${where} on ${formatDateTime(record.lastAt)} · right in ${record.correctAttempts} of ${record.attempts} attempt${record.attempts === 1 ? '' : 's'} · `,
						h('a', { href: question.href }, 'Permanent link')
					),
					withBuildHtml('div', { class: 'question-stem' }, question.stemHtml),
					new PracticeInteraction(question, `review-${id}`).element
				);
			})
		);
	}
}

customElements.define('practice-review', PracticeReviewElement);
