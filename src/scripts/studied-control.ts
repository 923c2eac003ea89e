/**
 * `<studied-control>` on study pages: a checkbox that marks the page as studied
 * (with the date) in the `pmle-practice:studied` document, which the readiness
 * dashboard reads. It loads only the shared storage layer and the hand-written
 * validator (no zod, no practice code), so study pages stay light. A mark that
 * could not be saved is never shown as saved: storage problems appear in the
 * control's own notice area. Without JavaScript the control stays hidden.
 */
import { emptyStudied, markStudied, studiedCodec, studiedMark, studiedStorageKey, unmarkStudied } from '../lib/studied';
import { LocalDocument, currentProblems, onPracticeEvent } from './local-document';

const studiedDocument = new LocalDocument(
	studiedStorageKey,
	studiedCodec,
	'Your saved list of studied pages',
	'studied'
);

function find<T extends HTMLElement>(root: ParentNode, selector: string): T {
	const element = root.querySelector<T>(selector);
	if (!element) throw new Error(`The studied control is missing ${selector}.`);
	return element;
}

class StudiedControl extends HTMLElement {
	private stops: (() => void)[] = [];

	connectedCallback(): void {
		const pageId = this.dataset.pageId ?? '';
		const box = find<HTMLInputElement>(this, '[data-studied-box]');
		box.addEventListener('change', () => {
			const at = new Date().toISOString();
			const current = studiedDocument.read() ?? emptyStudied();
			const saved = studiedDocument.write(
				box.checked ? markStudied(current, pageId, at) : unmarkStudied(current, pageId, at)
			);
			this.render(saved ? '' : ' (not saved)');
		});
		this.stops.push(onPracticeEvent('studied', () => this.render()));
		this.stops.push(onPracticeEvent('problem', () => this.renderProblems()));
		// Another tab marked or unmarked this page.
		const onStorage = (event: StorageEvent) => {
			if (event.key === studiedStorageKey || event.key === null) this.render();
		};
		window.addEventListener('storage', onStorage);
		this.stops.push(() => window.removeEventListener('storage', onStorage));
		this.render();
		this.renderProblems();
		find(this, '[data-studied-ui]').hidden = false;
	}

	disconnectedCallback(): void {
		for (const stop of this.stops) stop();
	}

	private render(note = ''): void {
		const marks = studiedDocument.read();
		const mark = marks && studiedMark(marks, this.dataset.pageId ?? '');
		find<HTMLInputElement>(this, '[data-studied-box]').checked = mark !== undefined;
		find(this, '[data-studied-date]').textContent = mark
			? `Studied on ${new Date(mark.studiedAt).toLocaleDateString(undefined, { dateStyle: 'medium' })}${note}`
			: '';
	}

	private renderProblems(): void {
		find(this, '[data-studied-notices]').replaceChildren(
			...currentProblems().map((message) => {
				const p = document.createElement('p');
				p.className = 'studied-notice';
				p.textContent = message;
				return p;
			})
		);
	}
}

customElements.define('studied-control', StudiedControl);
