/** `<practice-notices>`: shows storage problems reported anywhere on the page, in a polite live region. */
import { h, part } from './dom';
import { currentProblems, onPracticeEvent } from './store';

class PracticeNotices extends HTMLElement {
	private stop?: () => void;

	connectedCallback(): void {
		this.render();
		this.stop = onPracticeEvent('problem', () => this.render());
	}

	disconnectedCallback(): void {
		this.stop?.();
	}

	private render(): void {
		part(this, '.practice-notices').replaceChildren(
			...currentProblems().map((message) => h('p', { class: 'practice-notice', 'data-kind': 'warning' }, message))
		);
	}
}

customElements.define('practice-notices', PracticeNotices);
