/**
 * `<practice-progress-tools>` on the hub: export progress to a file, import a
 * file (validated, then merged), reset after confirmation, and download data
 * that was set aside as unreadable.
 */
import { mergeProgress } from '../../lib/practice/progress';
import { exportFileName, parseImport, serializeExport } from '../../lib/practice/transfer';
import { plural } from '../../lib/practice/wording';
import { downloadText, part } from './dom';
import { onPracticeEvent, readProgress, resetProgress, unreadableData, updateProgress } from './store';

class ProgressToolsElement extends HTMLElement {
	private status!: HTMLElement;
	private downloadUnreadable!: HTMLButtonElement;

	connectedCallback(): void {
		const tools = part(this, '[data-tools]');
		this.status = part(this, '[data-status]');
		this.downloadUnreadable = part<HTMLButtonElement>(this, '[data-download-unreadable]');
		const fileInput = part<HTMLInputElement>(this, '[data-import]');
		const dialog = part<HTMLDialogElement>(this, '[data-reset-dialog]');

		part(this, '[data-export]').addEventListener('click', () => this.exportProgress());
		fileInput.addEventListener('change', async () => {
			const file = fileInput.files?.[0];
			if (file) await this.importFile(file);
			// Clearing the input lets the same file be chosen again after fixing it.
			fileInput.value = '';
		});
		part(this, '[data-reset-open]').addEventListener('click', () => dialog.showModal());
		dialog.addEventListener('close', () => {
			if (dialog.returnValue !== 'reset') return;
			resetProgress();
			this.say('Your progress was deleted from this browser.', 'ok');
			this.syncUnreadable();
		});
		this.downloadUnreadable.addEventListener('click', () =>
			downloadText(`${JSON.stringify(unreadableData(), null, '\t')}\n`, 'pmle-practice-unreadable-data.json')
		);
		onPracticeEvent('problem', () => this.syncUnreadable());
		this.syncUnreadable();
		tools.hidden = false;
	}

	private say(message: string, kind: 'ok' | 'error'): void {
		this.status.textContent = message;
		this.status.dataset.kind = kind;
	}

	private syncUnreadable(): void {
		this.downloadUnreadable.hidden = Object.keys(unreadableData()).length === 0;
	}

	private exportProgress(): void {
		const now = new Date();
		const progress = readProgress();
		const fileName = exportFileName(now);
		downloadText(serializeExport(progress, now), fileName);
		this.say(
			`Exported ${plural(Object.keys(progress.answers).length, 'answered question')} and ${plural(progress.exams.length, 'mock exam')} to ${fileName}.`,
			'ok'
		);
	}

	private async importFile(file: File): Promise<void> {
		let text: string;
		try {
			text = await file.text();
		} catch {
			this.say(`Nothing was imported: ${file.name} could not be read.`, 'error');
			return;
		}
		const result = parseImport(text, file.size);
		if (result.status !== 'ok') {
			const reason = result.status === 'empty' ? 'The file is empty.' : result.reason;
			this.say(`Nothing was imported from ${file.name}. ${reason} Your progress is unchanged.`, 'error');
			return;
		}
		let summary = { answersTaken: 0, examsAdded: 0 };
		updateProgress((current) => {
			const merged = mergeProgress(current, result.value);
			summary = merged;
			return merged.progress;
		});
		this.say(
			`Imported ${file.name}: ${plural(summary.answersTaken, 'question record')} added or updated, ${plural(summary.examsAdded, 'mock exam')} added.`,
			'ok'
		);
	}
}

customElements.define('practice-progress-tools', ProgressToolsElement);
