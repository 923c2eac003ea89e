/** `<practice-settings>`: the "shuffle answer options" checkbox, remembered in the browser. */
import { part } from './dom';
import { onPracticeEvent, readSettings, saveSettings } from './store';

class PracticeSettingsElement extends HTMLElement {
	private stop?: () => void;

	connectedCallback(): void {
		const shuffle = part<HTMLInputElement>(this, 'input[name="shuffle-options"]');
		const sync = () => (shuffle.checked = readSettings().shuffleOptions);
		sync();
		shuffle.addEventListener('change', () => saveSettings({ ...readSettings(), shuffleOptions: shuffle.checked }));
		this.stop = onPracticeEvent('settings', sync);
		this.removeAttribute('data-pending');
	}

	disconnectedCallback(): void {
		this.stop?.();
	}
}

customElements.define('practice-settings', PracticeSettingsElement);
