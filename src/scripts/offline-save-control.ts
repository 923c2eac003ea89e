/** <offline-save>: the view of the save state kept by offline-save.ts (markup: OfflineSave.astro). */
import { formatBytes } from '../lib/offline';
import {
	cancelSave,
	initSaveControl,
	removeSavedGuide,
	saveGuide,
	watchSaveState,
	type SaveState,
} from './offline-save';

function describe(state: SaveState): string {
	switch (state.kind) {
		case 'loading':
			return 'Checking whether the guide is saved on this device…';
		case 'unsupported':
			return 'This browser cannot save the guide for offline reading (it needs service workers and site storage).';
		case 'offline':
			return 'You are offline: connect to the internet to save the whole guide on this device.';
		case 'reload-first':
			return 'A new version of the guide is available: reload the page, then save it.';
		case 'idle':
			return `Read, search and practise without a connection: save every page, the search index and the practice questions on this device (${formatBytes(state.manifest.bytes)}).`;
		case 'saving': {
			const percent = Math.floor((state.done / state.manifest.bytes) * 100);
			const what = state.updating ? 'Updating the saved guide to the new version' : 'Saving the guide';
			return `${what}: ${percent}% (${formatBytes(state.done)} of ${formatBytes(state.manifest.bytes)}).`;
		}
		case 'saved':
			return `The whole guide is saved on this device (${formatBytes(state.manifest.bytes)}): every page, search, practice questions, the mock exam and flashcards work offline.`;
		case 'failed':
			return `Saving stopped: ${state.reason}. Try again to finish; what was saved is kept.`;
	}
}

class OfflineSave extends HTMLElement {
	connectedCallback(): void {
		const status = this.querySelector<HTMLElement>('[data-offline-status]')!;
		const progress = this.querySelector<HTMLProgressElement>('[data-offline-progress]')!;
		const save = this.querySelector<HTMLButtonElement>('[data-offline-save]')!;
		const cancel = this.querySelector<HTMLButtonElement>('[data-offline-cancel]')!;
		const remove = this.querySelector<HTMLButtonElement>('[data-offline-remove]')!;
		save.addEventListener('click', () => saveGuide());
		cancel.addEventListener('click', () => void cancelSave());
		remove.addEventListener('click', () => void removeSavedGuide());
		watchSaveState((state) => {
			this.dataset.state = state.kind;
			status.textContent = describe(state);
			const saving = state.kind === 'saving';
			progress.hidden = !saving;
			if (saving) progress.value = Math.floor((state.done / state.manifest.bytes) * 100);
			save.hidden = state.kind !== 'idle' && state.kind !== 'failed';
			if (state.kind === 'idle')
				save.textContent = `Save the whole guide for offline use (${formatBytes(state.manifest.bytes)})`;
			if (state.kind === 'failed') save.textContent = 'Try again';
			cancel.hidden = !saving;
			remove.hidden = state.kind !== 'saved';
		});
		void initSaveControl();
	}
}

export function defineOfflineSave(): void {
	if (!customElements.get('offline-save')) customElements.define('offline-save', OfflineSave);
}
