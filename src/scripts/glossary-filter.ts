/**
 * <glossary-filter>: a filter box for the products-and-names page. It ships
 * hidden and is shown only once this script runs, so readers without
 * JavaScript never meet a control that does nothing. Typing hides the entries
 * whose names, former names and aliases do not match, and the categories left
 * empty; a polite live region says how many products match.
 */
import { filterCountText, termsMatch } from '../lib/glossary-filter';

class GlossaryFilterElement extends HTMLElement {
	connectedCallback(): void {
		const input = this.querySelector('input');
		const count = this.querySelector<HTMLElement>('[data-glossary-count]');
		if (!input || !count) return;
		const entries = [...document.querySelectorAll<HTMLElement>('[data-glossary-terms]')];
		const groups = [...document.querySelectorAll<HTMLElement>('[data-glossary-group]')];
		const apply = () => {
			const query = input.value.trim();
			let shown = 0;
			for (const entry of entries) {
				const match = termsMatch(entry.dataset.glossaryTerms ?? '', query);
				entry.hidden = !match;
				if (match) shown++;
			}
			for (const group of groups) group.hidden = !group.querySelector('[data-glossary-terms]:not([hidden])');
			count.textContent = filterCountText(shown, entries.length, query);
		};
		input.addEventListener('input', apply);
		this.hidden = false;
		// A value restored by the browser (back button) applies at once.
		if (input.value) apply();
	}
}

customElements.define('glossary-filter', GlossaryFilterElement);
