/**
 * `<practice-progress>` fills every `[data-progress-ids]` element inside it with
 * counts from the saved progress: `data-progress-show` picks `answered`
 * ("5 of 13"), `correct` ("4") or a `summary` sentence (the default).
 * It updates as questions are answered, also in other tabs.
 */
import { countProgress } from '../../lib/practice/progress';
import { progressText } from '../../lib/practice/wording';
import { onPracticeEvent, readProgress } from './store';

class PracticeProgressElement extends HTMLElement {
	private stop?: () => void;

	connectedCallback(): void {
		this.render();
		this.removeAttribute('data-pending');
		for (const element of this.querySelectorAll<HTMLElement>('[data-progress-reveal]')) element.hidden = false;
		this.stop = onPracticeEvent('progress', () => this.render());
	}

	disconnectedCallback(): void {
		this.stop?.();
	}

	private render(): void {
		const progress = readProgress();
		for (const element of this.querySelectorAll<HTMLElement>('[data-progress-ids]')) {
			const ids = (element.dataset.progressIds ?? '').split(/\s+/).filter(Boolean);
			element.textContent = progressText(element.dataset.progressShow, countProgress(progress, ids));
		}
	}
}

customElements.define('practice-progress', PracticeProgressElement);
