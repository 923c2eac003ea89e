/**
 * The browser side of storage: localStorage documents with validation, and
 * events so every practice element on the page stays in step. Unreadable data
 * is moved aside (never silently dropped) and reported; data from a newer
 * version of the site is left untouched. When storage is blocked, everything
 * still works for the visit, from memory.
 */
import { decodeDocument, encodeDocument, type DocumentCodec } from '../../lib/practice/storage';
import { emptyProgress, progressCodec, type Progress } from '../../lib/practice/progress';
import { examCodec, type ExamState } from '../../lib/practice/exam';
import { defaultSettings, settingsCodec, type Settings } from '../../lib/practice/settings';

export const storageKeys = {
	progress: 'pmle-practice:progress',
	exam: 'pmle-practice:exam',
	settings: 'pmle-practice:settings',
} as const;

/** Where unreadable data is kept, so it can be downloaded from the hub instead of being lost. */
export const unreadableKey = (key: string) => `${key}:unreadable`;

type PracticeEventType = 'progress' | 'settings' | 'problem';
const events = new EventTarget();

export function onPracticeEvent(type: PracticeEventType, listener: () => void): () => void {
	events.addEventListener(type, listener);
	return () => events.removeEventListener(type, listener);
}

function emit(type: PracticeEventType): void {
	events.dispatchEvent(new Event(type));
}

const problems: string[] = [];

/** Problems so far, for the notice area (which may connect after they happen). */
export function currentProblems(): readonly string[] {
	return problems;
}

export function reportProblem(message: string): void {
	if (problems.includes(message)) return;
	problems.push(message);
	emit('problem');
}

let probed = false;
let usableStorage: Storage | undefined;

/** localStorage if it can be read and written; undefined when blocked (private modes, policies). */
function storage(): Storage | undefined {
	if (probed) return usableStorage;
	probed = true;
	try {
		const probe = 'pmle-practice:probe';
		window.localStorage.setItem(probe, probe);
		window.localStorage.removeItem(probe);
		usableStorage = window.localStorage;
	} catch {
		reportProblem(
			'This browser does not let the site save data, so your answers count for this visit only and are gone when you leave.'
		);
	}
	return usableStorage;
}

class LocalDocument<T> {
	/** Set when storage cannot be used for this document; the value then lives in memory for the visit. */
	private detached = false;
	private memory: T | undefined;

	constructor(
		readonly key: string,
		private readonly codec: DocumentCodec<T>,
		/** Words the messages: "Your saved progress". */
		private readonly subject: string,
		private readonly event: PracticeEventType | undefined
	) {}

	read(): T | undefined {
		const store = storage();
		if (!store || this.detached) return this.memory;
		let raw: string | null;
		try {
			raw = store.getItem(this.key);
		} catch {
			return this.memory;
		}
		const result = decodeDocument(raw, this.codec, this.subject);
		switch (result.status) {
			case 'empty':
				return undefined;
			case 'ok':
				if (result.migratedFrom !== undefined) this.write(result.value);
				return result.value;
			case 'newer':
				this.detached = true;
				reportProblem(
					`${result.reason} This page leaves it unchanged, so what you do here is not saved. Open the newest version of the site to use it.`
				);
				return undefined;
			case 'invalid':
				this.setAside(store, raw ?? '', result.reason);
				return undefined;
		}
	}

	write(value: T): boolean {
		const store = storage();
		if (store && !this.detached) {
			try {
				store.setItem(this.key, encodeDocument(value));
				this.announce();
				return true;
			} catch {
				this.detached = true;
				reportProblem(
					`${this.subject} could not be saved because the browser's storage is full or blocked. What you do now counts for this visit only.`
				);
			}
		}
		this.memory = value;
		this.announce();
		return false;
	}

	/** Removes the document; with `withUnreadable`, also the data set aside as unreadable. */
	remove(withUnreadable = false): void {
		this.memory = undefined;
		try {
			storage()?.removeItem(this.key);
			if (withUnreadable) storage()?.removeItem(unreadableKey(this.key));
		} catch {
			// Nothing to do: storage is blocked, and memory is already cleared.
		}
		this.announce();
	}

	private announce(): void {
		if (this.event) emit(this.event);
	}

	private setAside(store: Storage, raw: string, reason: string): void {
		try {
			store.setItem(unreadableKey(this.key), raw);
			store.removeItem(this.key);
			reportProblem(
				`${reason} It was set aside so this page can start fresh; download it from the practice hub if you want to inspect or repair it.`
			);
		} catch {
			this.detached = true;
			reportProblem(
				`${reason} It could not be set aside, so nothing is saved until you reset your progress on the practice hub.`
			);
		}
	}
}

const progressDocument = new LocalDocument(storageKeys.progress, progressCodec, 'Your saved progress', 'progress');
const settingsDocument = new LocalDocument(
	storageKeys.settings,
	settingsCodec,
	'Your saved practice settings',
	'settings'
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

/** Applies a change to the latest stored progress (another tab may have written since this page read it). */
export function updateProgress(change: (progress: Progress) => Progress): Progress {
	const next = change(readProgress());
	progressDocument.write(next);
	return next;
}

export function readSettings(): Settings {
	return settingsDocument.read() ?? defaultSettings;
}

export function saveSettings(settings: Settings): void {
	settingsDocument.write(settings);
}

/** Deletes progress, the exam in progress and any data set aside as unreadable; settings stay. */
export function resetProgress(): void {
	examDocument.remove(true);
	progressDocument.remove(true);
	try {
		storage()?.removeItem(unreadableKey(storageKeys.settings));
	} catch {
		// Storage is blocked: there is nothing stored to remove.
	}
}

/** Data set aside as unreadable, by storage key. */
export function unreadableData(): Record<string, string> {
	const found: Record<string, string> = {};
	const store = storage();
	for (const key of Object.values(storageKeys)) {
		const raw = store?.getItem(unreadableKey(key));
		if (raw !== null && raw !== undefined) found[key] = raw;
	}
	return found;
}

// Another tab changed progress or settings: refresh what this page shows.
window.addEventListener('storage', (event) => {
	if (event.key === storageKeys.progress || event.key === null) emit('progress');
	if (event.key === storageKeys.settings || event.key === null) emit('settings');
});
