/**
 * The storage layer every page with saved data shares: versioned localStorage
 * documents that are validated on every read (unreadable data set aside, never
 * dropped; data from a newer version left untouched), writes that say whether
 * they were saved, and the events and problem list that keep the page's
 * elements in step. Imports no schema library: study pages load it for the
 * "mark as studied" control (with its hand-written validator), practice pages
 * through store.ts (with the zod schemas).
 */
import { decodeDocument, encodeDocument, planSetAside, type DocumentCodec } from '../lib/practice/storage';

export type PracticeEventType = 'progress' | 'settings' | 'studied' | 'problem';
const events = new EventTarget();

export function onPracticeEvent(type: PracticeEventType, listener: () => void): () => void {
	events.addEventListener(type, listener);
	return () => events.removeEventListener(type, listener);
}

export function emit(type: PracticeEventType): void {
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
export function storage(): Storage | undefined {
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
			'This browser does not let the site save data, so your answers, card reviews and studied marks count for this visit only and are gone when you leave.'
		);
	}
	return usableStorage;
}

export class LocalDocument<T> {
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

/** Every key in storage (an empty list when storage is blocked). */
export function storedKeys(store: Storage): string[] {
	const keys: string[] = [];
	for (let i = 0; i < store.length; i++) {
		const key = store.key(i);
		if (key !== null) keys.push(key);
	}
	return keys;
}
