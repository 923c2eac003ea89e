/** The mock exam's question navigator: one button per question showing its state in text, shape and colour. */
import type { NavigatorEntry } from '../../lib/practice/exam';
import type { AnswerStatus } from '../../lib/practice/scoring';
import { h } from './dom';

const statusWords: Record<AnswerStatus, string> = {
	answered: 'answered',
	unanswered: 'not answered',
	incomplete: 'incomplete (wrong number of options chosen)',
};

export function renderNavigator(
	list: HTMLElement,
	entries: readonly NavigatorEntry[],
	onJump: (index: number) => void
): void {
	list.replaceChildren(
		...entries.map((entry) => {
			const button = h(
				'button',
				{
					type: 'button',
					class: `exam-nav-item is-${entry.status}${entry.marked ? ' is-marked' : ''}`,
					'aria-current': entry.current ? 'step' : undefined,
					'aria-label': `Question ${entry.index + 1}: ${statusWords[entry.status]}${entry.marked ? ', marked for review' : ''}`,
				},
				String(entry.index + 1),
				entry.marked ? h('span', { class: 'exam-nav-flag', 'aria-hidden': 'true' }, '⚑') : null
			);
			button.addEventListener('click', () => onJump(entry.index));
			return h('li', {}, button);
		})
	);
}
