/**
 * "Save the whole guide for offline use": downloads every URL of the build's
 * offline manifest (dist/offline-manifest.json: pages, the whole Pagefind
 * index, the question bank, assets) into the Cache Storage cache named after
 * the build (src/lib/offline.ts), showing the size first and progress while it
 * runs; can cancel and remove. Loaded only on the home page and the practice hub
 * (<offline-save>, src/components/offline/OfflineSave.astro), and by the
 * registration script on any page when a saved copy exists, to bring it up to
 * date after an update (refreshSavedGuide).
 *
 * A copy is complete when its marker entry is written, last. The service worker
 * keeps an older complete copy usable offline until this build's copy has its
 * marker; only then are older copies deleted, so an update never leaves the
 * reader with half a guide or with one build's HTML next to another's files.
 */
import { cacheNames, completeMarker, savedBuildId, type OfflineManifest } from '../lib/offline';

const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
const markerUrl = `${base}${completeMarker}`;

export type SaveState =
	| { kind: 'loading' }
	| { kind: 'unsupported' }
	| { kind: 'offline' }
	| { kind: 'idle'; manifest: OfflineManifest }
	| { kind: 'reload-first' }
	| { kind: 'saving'; manifest: OfflineManifest; done: number; updating: boolean }
	| { kind: 'saved'; manifest: OfflineManifest }
	| { kind: 'failed'; manifest: OfflineManifest; reason: string };

let state: SaveState = { kind: 'loading' };
const listeners = new Set<(state: SaveState) => void>();
let running: AbortController | undefined;

function setState(next: SaveState): void {
	state = next;
	for (const listener of listeners) listener(state);
}

/** Calls `listener` now and on every change of the save state. */
export function watchSaveState(listener: (state: SaveState) => void): void {
	listeners.add(listener);
	listener(state);
}

/** The build ID of the worker that controls (or will control) this origin's pages. */
async function workerBuildId(): Promise<string | undefined> {
	const registration = await navigator.serviceWorker.ready;
	const worker = registration.active;
	if (!worker) return undefined;
	return new Promise((resolve) => {
		const channel = new MessageChannel();
		channel.port1.onmessage = (event: MessageEvent<{ buildId?: string }>) => resolve(event.data.buildId);
		worker.postMessage({ type: 'build-id' }, [channel.port2]);
		setTimeout(() => resolve(undefined), 5000);
	});
}

async function fetchManifest(): Promise<OfflineManifest> {
	const response = await fetch(`${base}offline-manifest.json`, { cache: 'no-cache' });
	if (!response.ok) throw new Error(`the list of files could not be loaded (HTTP ${response.status})`);
	return (await response.json()) as OfflineManifest;
}

async function isComplete(cacheName: string): Promise<boolean> {
	// caches.open would create the cache: look first.
	if (!(await caches.has(cacheName))) return false;
	return Boolean(await (await caches.open(cacheName)).match(markerUrl));
}

/** Saved copies of other builds, complete or not. */
async function otherCopies(buildId: string): Promise<{ name: string; complete: boolean }[]> {
	const copies: { name: string; complete: boolean }[] = [];
	for (const name of await caches.keys()) {
		const build = savedBuildId(name);
		if (build && build !== buildId) copies.push({ name, complete: await isComplete(name) });
	}
	return copies;
}

/** Works out what the control should offer: the manifest of this build, and whether its copy is saved. */
async function load(): Promise<{ manifest: OfflineManifest; buildId: string } | undefined> {
	if (!('serviceWorker' in navigator) || !('caches' in window)) {
		setState({ kind: 'unsupported' });
		return undefined;
	}
	const buildId = await workerBuildId();
	if (!navigator.onLine && !(buildId && (await caches.has(cacheNames(buildId).saved)))) {
		// Nothing of this build is saved, and the list of files needs the network.
		setState({ kind: 'offline' });
		return undefined;
	}
	// Online from the server; offline from the saved copy, which keeps its own list.
	const manifest = await fetchManifest();
	if (!buildId || manifest.buildId !== buildId) {
		// A newer deployment is online but this tab's worker is older: saving now would mix them.
		setState({ kind: 'reload-first' });
		return undefined;
	}
	return { manifest, buildId };
}

/** Downloads what is missing from this build's copy (so an interrupted save resumes), then marks it complete. */
async function download(manifest: OfflineManifest, updating: boolean): Promise<void> {
	running?.abort();
	const controller = new AbortController();
	running = controller;
	const cache = await caches.open(cacheNames(manifest.buildId).saved);
	// The list itself is saved first: offline, the control can still say what is saved, and a save can resume.
	await cache.put(`${base}offline-manifest.json`, Response.json(manifest));
	const queue = [...manifest.files];
	let done = 0;
	setState({ kind: 'saving', manifest, done, updating });
	const worker = async () => {
		for (let next = queue.shift(); next; next = queue.shift()) {
			const [url, bytes] = next;
			if (!(await cache.match(url))) {
				// no-store: fresh from the server, and not a second copy in the HTTP cache.
				const response = await fetch(url, { signal: controller.signal, cache: 'no-store' });
				if (!response.ok) throw new Error(`${url} could not be downloaded (HTTP ${response.status})`);
				await cache.put(url, response);
			}
			if (controller.signal.aborted) return;
			done += bytes;
			setState({ kind: 'saving', manifest, done, updating });
		}
	};
	try {
		// A few requests at a time: quick on a good connection, gentle on the server.
		await Promise.all(Array.from({ length: 4 }, worker));
		if (controller.signal.aborted) return;
		await cache.put(markerUrl, new Response(JSON.stringify({ savedAt: new Date().toISOString() })));
		// This build's copy is whole: older copies can go.
		for (const copy of await otherCopies(manifest.buildId)) await caches.delete(copy.name);
		void navigator.storage?.persist?.().catch(() => false);
		setState({ kind: 'saved', manifest });
	} catch (error) {
		if (controller.signal.aborted) return;
		setState({ kind: 'failed', manifest, reason: error instanceof Error ? error.message : String(error) });
	} finally {
		if (running === controller) running = undefined;
	}
}

/** Shows the control's state for this page: loads the manifest and checks what is saved. */
export async function initSaveControl(): Promise<void> {
	if (running) return;
	try {
		const loaded = await load();
		if (!loaded) return;
		const { manifest, buildId } = loaded;
		const name = cacheNames(buildId).saved;
		if (await isComplete(name)) setState({ kind: 'saved', manifest });
		else if (!running) setState({ kind: 'idle', manifest });
	} catch (error) {
		setState({ kind: 'unsupported' });
		console.warn('Offline saving is not available:', error);
	}
}

/** The reader asked to save the whole guide. */
export function saveGuide(): void {
	if (state.kind === 'idle' || state.kind === 'failed') void download(state.manifest, false);
}

/** Stops a download in progress and deletes its partial copy (an older complete copy stays). */
export async function cancelSave(): Promise<void> {
	const current = state;
	running?.abort();
	running = undefined;
	if (current.kind !== 'saving') return;
	await caches.delete(cacheNames(current.manifest.buildId).saved);
	setState({ kind: 'idle', manifest: current.manifest });
}

/** Deletes every saved copy of the guide (pages the reader visited stay in the worker's own cache). */
export async function removeSavedGuide(): Promise<void> {
	running?.abort();
	running = undefined;
	const current = state;
	for (const name of await caches.keys()) if (savedBuildId(name)) await caches.delete(name);
	if (current.kind === 'saved' || current.kind === 'failed') setState({ kind: 'idle', manifest: current.manifest });
	else await initSaveControl();
}

/**
 * After an update: if the reader had saved the guide (or a save was cut short),
 * download this build's copy in the background; the older copy serves offline
 * meanwhile and is deleted once the new one is complete.
 */
export async function refreshSavedGuide(): Promise<void> {
	if (running || !navigator.onLine) return;
	const loaded = await load().catch(() => undefined);
	if (!loaded) return;
	const { manifest, buildId } = loaded;
	const name = cacheNames(buildId).saved;
	if (await isComplete(name)) {
		for (const copy of await otherCopies(buildId)) await caches.delete(copy.name);
		setState({ kind: 'saved', manifest });
		return;
	}
	const partial = await caches.has(name);
	const older = await otherCopies(buildId);
	if (partial || older.some((copy) => copy.complete)) await download(manifest, older.length > 0);
}
