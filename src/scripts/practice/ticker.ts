/**
 * Calls back with the milliseconds elapsed since the previous call, measured
 * with the monotonic `performance.now()`: timers are throttled in background
 * tabs and the wall clock can jump, but the elapsed time stays right.
 */
export function startTicker(intervalMs: number, onElapsed: (deltaMs: number) => void): () => void {
	let last = performance.now();
	const id = window.setInterval(() => {
		const now = performance.now();
		const delta = now - last;
		last = now;
		onElapsed(delta);
	}, intervalMs);
	return () => window.clearInterval(id);
}
