/**
 * The browser side of storage: localStorage documents with validation, and
 * events so every practice element on the page stays in step. Unreadable data
 * is moved aside (never silently dropped) and reported; data from a newer
 * version of the site is left untouched. When storage is blocked, everything
 * still works for the visit, from memory.
 */
import {
	decodeDocument,
	encodeDocument,
	planSetAside,
	setAsidePrefix,
	type DocumentCodec,
} from '../../lib/practice/storage';
import { emptyProgress, progressCodec, type Progress } from '../../lib/practice/progress';
import { examCodec, type ExamState } from '../../lib/practice/exam';
import { defaultSettings, settingsCodec, type Settings } from '../../lib/practice/settings';

export const storageKeys = {
	progress: 'pmle-practice:progress',
	exam: 'pmle-practice:exam',
	settings: 'pmle-practice:settings',
} as const;

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
		// With storage blocked, ThemeProvider.astro puts an in-memory stand-in in its place: nothing persists.
		if ((window.localStorage as Storage & { inMemoryOnly?: boolean }).inMemoryOnly) throw new Error('blocked');
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

	/** Removes the document. */
	remove(): void {
		this.memory = undefined;
		try {
			storage()?.removeItem(this.key);
		} catch {
			// Nothing to do: storage is blocked, and memory is already cleared.
		}
		this.announce();
	}

	private announce(): void {
		if (this.event) emit(this.event);
	}

	/** Keeps a dated copy of unreadable data (every copy, up to a bound), then frees the key for fresh data. */
	private setAside(store: Storage, raw: string, reason: string): void {
		try {
			const plan = planSetAside(this.key, storedKeys(store), new Date());
			store.setItem(plan.key, raw);
			for (const old of plan.remove) store.removeItem(old);
			store.removeItem(this.key);
			const dropped =
				plan.remove.length > 0
					? ` To make room, the oldest ${plan.remove.length === 1 ? 'copy' : `${plan.remove.length} copies`} set aside earlier ${plan.remove.length === 1 ? 'was' : 'were'} removed.`
					: '';
			reportProblem(
				`${reason} It was set aside so this page can start fresh; download it from the practice hub if you want to inspect or repair it.${dropped}`
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

/** Every key in storage (an empty list when storage is blocked). */
function storedKeys(store: Storage): string[] {
	const keys: string[] = [];
	for (let i = 0; i < store.length; i++) {
		const key = store.key(i);
		if (key !== null) keys.push(key);
	}
	return keys;
}

/** Keys of the copies of unreadable data set aside for any practice document. */
function setAsideKeys(store: Storage): string[] {
	const prefixes = Object.values(storageKeys).map(setAsidePrefix);
	return storedKeys(store).filter((key) => prefixes.some((p) => key === p || key.startsWith(`${p}:`)));
}

/** Deletes progress, the exam in progress and every copy of data set aside as unreadable; settings stay. */
export function resetProgress(): void {
	examDocument.remove();
	progressDocument.remove();
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
	if (event.key === storageKeys.exam || event.key === null) for (const listener of examListeners) listener();
});
