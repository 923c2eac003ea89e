/**
 * Loaded on every page, so it stays tiny: registers the service worker (scope:
 * the base path) after the page has loaded, and when a new deployment's worker
 * is waiting, shows a polite notice with Reload and Later buttons. Reload tells
 * that worker to take over, then reloads once it has. If the reader has saved the
 * whole guide, the save module (loaded only then) brings the saved copy up to
 * this build.
 */
import { cachePrefix } from '../lib/offline';

/** Shows the notice once; its button calls `reload`. */
function showUpdateNotice(reload: () => void): void {
	if (document.querySelector('.offline-update')) return;
	const notice = document.createElement('div');
	notice.className = 'offline-update';
	notice.setAttribute('role', 'status');
	const text = document.createElement('p');
	const button = document.createElement('button');
	button.type = 'button';
	button.textContent = 'Reload';
	button.addEventListener('click', () => {
		button.disabled = true;
		reload();
	});
	// The reader may be mid-page or mid-exam: "Later" puts the notice away, and the new
	// version then arrives once every tab of the guide has been closed.
	const later = document.createElement('button');
	later.type = 'button';
	later.className = 'offline-update__later';
	later.textContent = 'Later';
	later.addEventListener('click', () => notice.remove());
	notice.append(text, button, later);
	document.body.append(notice);
	// Text put into a live region already on the page is announced; a region that arrives with its text may not be.
	requestAnimationFrame(() => (text.textContent = 'A new version of the guide is available.'));
}

let reloading = false;
function reloadOnce(): void {
	if (!reloading) location.reload();
	reloading = true;
}

/** Tells the waiting worker to take over, then reloads once it has. */
function activate(worker: ServiceWorker): void {
	// Another tab may have let it in already.
	if (worker.state === 'activated') return reloadOnce();
	// A page the old worker controls hears controllerchange; one it does not (the
	// first page of a visit) only sees the new worker become active.
	navigator.serviceWorker.addEventListener('controllerchange', reloadOnce);
	worker.addEventListener('statechange', () => worker.state === 'activated' && reloadOnce());
	worker.postMessage({ type: 'skip-waiting' });
}

async function register(): Promise<void> {
	const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
	const registration = await navigator.serviceWorker.register(`${base}sw.js`, { scope: base });
	const hadController = Boolean(navigator.serviceWorker.controller);
	const offerWhenInstalled = (worker: ServiceWorker | null) => {
		worker?.addEventListener('statechange', () => {
			if (worker.state === 'installed' && registration.active) showUpdateNotice(() => activate(worker));
		});
	};
	const waiting = registration.waiting;
	if (waiting && registration.active) showUpdateNotice(() => activate(waiting));
	// Another tab let the new version in: this page is still the old one, so offer a reload here too.
	navigator.serviceWorker.addEventListener('controllerchange', () => {
		if (!reloading) showUpdateNotice(reloadOnce);
	});
	offerWhenInstalled(registration.installing);
	registration.addEventListener('updatefound', () => offerWhenInstalled(registration.installing));
	// Look for a new deployment when the reader comes back to the tab.
	document.addEventListener('visibilitychange', () => {
		if (document.visibilityState === 'visible') void registration.update().catch(() => undefined);
	});
	if (hadController && (await caches.keys()).some((name) => name.startsWith(`${cachePrefix}saved-`))) {
		const { refreshSavedGuide } = await import('./offline-save');
		await refreshSavedGuide();
	}
}

export function registerOffline(): void {
	if (!('serviceWorker' in navigator)) return;
	// The dev server has no sw.js. A worker that `npm start` registered on the same
	// localhost port would still control dev pages and answer from its caches, so
	// dev removes it. (Vite drops this branch from the production bundle.)
	if (import.meta.env.DEV) {
		void navigator.serviceWorker.getRegistrations().then((all) => all.forEach((r) => void r.unregister()));
		return;
	}
	const start = () => void register().catch(() => undefined);
	if (document.readyState === 'complete') start();
	else addEventListener('load', start, { once: true });
}
