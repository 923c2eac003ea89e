/**
 * The practice documents in the browser: progress, the exam in progress,
 * settings and the studied marks, on the shared storage layer
 * (../local-document.ts: validation on every read, unreadable data moved aside
 * and reported, newer data left untouched, memory for the visit when storage is
 * blocked), plus reset, the set-aside copies, and following other tabs.
 */
import { setAsidePrefix } from '../../lib/practice/storage';
import { emptyStudied, studiedCodec, studiedStorageKey, type StudiedPages } from '../../lib/studied';
import { LocalDocument, emit, storage, storedKeys } from '../local-document';
import { emptyProgress, progressCodec, type Progress } from '../../lib/practice/progress';
import { examCodec, type ExamState } from '../../lib/practice/exam';
import { defaultSettings, settingsCodec, type Settings } from '../../lib/practice/settings';

export const storageKeys = {
	progress: 'pmle-practice:progress',
	exam: 'pmle-practice:exam',
	settings: 'pmle-practice:settings',
	studied: studiedStorageKey,
} as const;

export { currentProblems, onPracticeEvent, reportProblem } from '../local-document';

const progressDocument = new LocalDocument(storageKeys.progress, progressCodec, 'Your saved progress', 'progress');
const settingsDocument = new LocalDocument(
	storageKeys.settings,
	settingsCodec,
	'Your saved practice settings',
	'settings'
);
const studiedDocument = new LocalDocument(
	storageKeys.studied,
	studiedCodec,
	'Your saved list of studied pages',
	'studied'
);
export const examDocument = new LocalDocument<ExamState>(
	storageKeys.exam,
	examCodec,
	'The saved mock exam in progress',
	undefined
);

export function readProgress(): Progress {
	return progressDocument.read() ?? emptyProgress();
}

/**
 * Applies a change to the latest stored progress (another tab may have written
 * since this page read it). `saved` is false when it could only be kept in
 * memory for this visit: callers must not claim it was saved, nor delete
 * another copy of the data.
 */
export function updateProgress(change: (progress: Progress) => Progress): { progress: Progress; saved: boolean } {
	const progress = change(readProgress());
	return { progress, saved: progressDocument.write(progress) };
}

export function readSettings(): Settings {
	return settingsDocument.read() ?? defaultSettings;
}

export function saveSettings(settings: Settings): void {
	settingsDocument.write(settings);
}

/** Keys of the copies of unreadable data set aside for any practice document. */
function setAsideKeys(store: Storage): string[] {
	const prefixes = Object.values(storageKeys).map(setAsidePrefix);
	return storedKeys(store).filter((key) => prefixes.some((p) => key === p || key.startsWith(`${p}:`)));
}

export function readStudied(): StudiedPages {
	return studiedDocument.read() ?? emptyStudied();
}

/** Like updateProgress, for the studied marks (the study pages write them with ../studied-control.ts). */
export function updateStudied(change: (studied: StudiedPages) => StudiedPages): {
	studied: StudiedPages;
	saved: boolean;
} {
	const studied = change(readStudied());
	return { studied, saved: studiedDocument.write(studied) };
}

/** Deletes progress, studied marks, the exam in progress and every copy of data set aside as unreadable; settings stay. */
export function resetProgress(): void {
	examDocument.remove();
	progressDocument.remove();
	studiedDocument.remove();
	try {
		const store = storage();
		if (store) for (const key of setAsideKeys(store)) store.removeItem(key);
	} catch {
		// Storage is blocked: there is nothing stored to remove.
	}
}

/** Data set aside as unreadable, by storage key (`<document key>:unreadable:<date set aside>`). */
export function unreadableData(): Record<string, string> {
	const found: Record<string, string> = {};
	const store = storage();
	if (!store) return found;
	for (const key of setAsideKeys(store).sort()) {
		const raw = store.getItem(key);
		if (raw !== null) found[key] = raw;
	}
	return found;
}

const examListeners = new Set<() => void>();

/** Calls `listener` when another tab changes or removes the saved mock exam. */
export function onExamChangedElsewhere(listener: () => void): () => void {
	examListeners.add(listener);
	return () => examListeners.delete(listener);
}

// Another tab changed progress, settings or the exam: refresh what this page shows.
window.addEventListener('storage', (event) => {
	if (event.key === storageKeys.progress || event.key === null) emit('progress');
	if (event.key === storageKeys.settings || event.key === null) emit('settings');
	if (event.key === storageKeys.studied || event.key === null) emit('studied');
	if (event.key === storageKeys.exam || event.key === null) for (const listener of examListeners) listener();
});
