/**
 * `<practice-progress-tools>` on the hub: export progress to a file, import a
 * file (validated, then merged), reset after confirmation, and download data
 * that was set aside as unreadable.
 */
import { maxExamHistory, mergeProgress, withoutUnknownQuestions, type Progress } from '../../lib/practice/progress';
import {
	checkImportSize,
	exportFileName,
	parseImport,
	parseStudiedImport,
	serializeExport,
} from '../../lib/practice/transfer';
import { mergeStudied, studiedPageIds } from '../../lib/studied';
import { joinWords, plural } from '../../lib/practice/wording';
import { loadBank } from './bank-client';
import { downloadText, part } from './dom';
import {
	onPracticeEvent,
	readProgress,
	readStudied,
	resetProgress,
	unreadableData,
	updateProgress,
	updateStudied,
} from './store';

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
		const studied = readStudied();
		const fileName = exportFileName(now);
		downloadText(serializeExport(progress, now, studied), fileName);
		this.say(
			`Exported ${joinWords([
				plural(Object.keys(progress.answers).length, 'answered question'),
				plural(Object.keys(progress.cards).length, 'reviewed flashcard'),
				...studiedCount(studiedPageIds(studied).length),
				plural(progress.exams.length, 'mock exam'),
			])} to ${fileName}.`,
			'ok'
		);
	}

	private async importFile(file: File): Promise<void> {
		// The size is known without reading the file: refuse absurd files before loading them.
		const sizeProblem = checkImportSize(file.size);
		if (sizeProblem) {
			this.say(`Nothing was imported from ${file.name}. ${sizeProblem} Your progress is unchanged.`, 'error');
			return;
		}
		let text: string;
		try {
			text = await file.text();
		} catch {
			this.say(`Nothing was imported: ${file.name} could not be read.`, 'error');
			return;
		}
		const now = new Date();
		const parsed = parseImport(text, file.size, now);
		// The studied marks are checked too before anything is stored: a file is imported whole or not at all.
		const result = parsed.status === 'ok' ? parseStudiedImport(text, now) : parsed;
		if (parsed.status !== 'ok' || result.status !== 'ok') {
			const reason = result.status === 'empty' ? 'The file is empty.' : result.status === 'ok' ? '' : result.reason;
			this.say(`Nothing was imported from ${file.name}. ${reason} Your progress is unchanged.`, 'error');
			return;
		}
		const incomingStudied = result.value;
		const { incoming, skippedNote } = await this.keepKnownQuestions(parsed.value);
		let summary = { answersTaken: 0, cardsTaken: 0, examsAdded: 0, examsSkipped: 0 };
		const { saved } = updateProgress((current) => {
			const merged = mergeProgress(current, incoming);
			summary = merged;
			return merged.progress;
		});
		if (!saved) {
			this.say(
				`Nothing was imported from ${file.name}: the merged progress could not be saved in this browser (a notice on this page says why). Your saved progress is unchanged; the import counts for this visit only.`,
				'error'
			);
			return;
		}
		let studiedTaken = 0;
		let studiedUnmarked = 0;
		const studiedSave = updateStudied((current) => {
			const merged = mergeStudied(current, incomingStudied);
			studiedTaken = merged.taken;
			studiedUnmarked = merged.unmarked;
			return merged.studied;
		});
		const studiedNote = !studiedSave.saved
			? ' The studied pages from the file could not be saved in this browser (a notice on this page says why); they count for this visit only.'
			: studiedUnmarked > 0
				? ` ${plural(studiedUnmarked, 'page')} marked as studied here ${studiedUnmarked === 1 ? 'is' : 'are'} now unmarked: the file unmarked ${studiedUnmarked === 1 ? 'it' : 'them'} later.`
				: '';
		const historyNote =
			summary.examsSkipped > 0
				? ` ${plural(summary.examsSkipped, 'older mock exam')} from the file ${summary.examsSkipped === 1 ? 'was' : 'were'} not added because the history keeps at most ${maxHistoryText}; every exam already here was kept.`
				: '';
		this.say(
			`Imported ${file.name}: ${joinWords([
				plural(summary.answersTaken, 'question record'),
				plural(summary.cardsTaken, 'flashcard review state'),
				...studiedCount(studiedTaken, studiedSave.saved),
			])} added or updated, ${plural(summary.examsAdded, 'mock exam')} added.${historyNote}${skippedNote}${studiedNote}`,
			'ok'
		);
	}

	/** The import without records of questions this site does not have, and a sentence saying what was left out. */
	private async keepKnownQuestions(progress: Progress): Promise<{ incoming: Progress; skippedNote: string }> {
		let knownIds: Set<string>;
		try {
			const bank = await loadBank(this.dataset.bankUrl ?? '');
			knownIds = new Set(bank.questions.map((q) => q.id));
		} catch {
			return {
				incoming: progress,
				skippedNote: ' The question bank could not be loaded to check the question ids, so every record was kept.',
			};
		}
		const { progress: incoming, unknownIds } = withoutUnknownQuestions(progress, knownIds);
		if (unknownIds.length === 0) return { incoming, skippedNote: '' };
		const shown = unknownIds.slice(0, 3);
		const more = unknownIds.length - shown.length;
		const names = more > 0 ? `${shown.join(', ')} and ${more} more` : joinWords(shown);
		return {
			incoming,
			skippedNote: ` ${plural(unknownIds.length, 'record')} of questions this site does not have ${unknownIds.length === 1 ? 'was' : 'were'} left out: ${names}.`,
		};
	}
}

const maxHistoryText = `${maxExamHistory} exams`;

/** "3 studied pages" when there are any (files and browsers without marks keep their old wording); none when not saved. */
function studiedCount(count: number, saved = true): string[] {
	return count > 0 && saved ? [plural(count, 'studied page')] : [];
}

customElements.define('practice-progress-tools', ProgressToolsElement);
