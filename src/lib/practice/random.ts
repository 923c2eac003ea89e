/**
 * Seeded randomness for the practice UI. Option orders and exam draws must be
 * reproducible from a stored seed (an exam resumed after a reload shows the same
 * order), so nothing here calls Math.random except `randomSeed`.
 */

/** 32-bit FNV-1a hash: turns a question id (plus a seed) into a stable number. */
export function hashString(text: string): number {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193);
	}
	return hash >>> 0;
}

/** mulberry32: a tiny generator with good spread for shuffling; returns numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
	};
}

/** A new array in random order (Fisher–Yates); the input is not changed. */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
	const result = [...items];
	for (let i = result.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[result[i], result[j]] = [result[j]!, result[i]!];
	}
	return result;
}

/** A fresh 32-bit seed from the platform's secure generator (browsers and Node both have `crypto`). */
export function randomSeed(): number {
	return crypto.getRandomValues(new Uint32Array(1))[0]!;
}
