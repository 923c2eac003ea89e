/**
 * The order in which a question's options are shown. Orders are permutations of
 * the authoring indexes: answers are always stored as authoring indexes, so a
 * shuffled display never changes what was chosen or how it is scored.
 */
import { hashString, seededRandom, shuffled } from './random';

/** Authoring order: `[0, 1, …, count - 1]`. */
export function authoringOrder(count: number): number[] {
	return Array.from({ length: count }, (_, i) => i);
}

/**
 * The display order for one question. With shuffling on, the order depends only
 * on the question id and the seed, so it stays the same while the question is on
 * screen (and after a reload, when the seed is stored).
 */
export function optionOrder(questionId: string, count: number, seed: number, shuffle: boolean): number[] {
	const order = authoringOrder(count);
	return shuffle ? shuffled(order, seededRandom(hashString(`${seed}:${questionId}`))) : order;
}

/** True when `order` is a permutation of `0 … count - 1` (stored orders are checked before use). */
export function isOptionOrder(order: readonly number[], count: number): boolean {
	return order.length === count && [...order].sort((a, b) => a - b).every((value, i) => value === i);
}

/** Letter label of a display position: 0 → A. */
export function positionLetter(position: number): string {
	return String.fromCharCode(65 + position);
}

/** Letters of the given authoring indexes as shown in `order`, in display order: e.g. "B and D". */
export function lettersFor(indexes: readonly number[], order: readonly number[]): string {
	const letters = order.flatMap((optionIndex, position) =>
		indexes.includes(optionIndex) ? [positionLetter(position)] : []
	);
	if (letters.length <= 1) return letters.join('');
	return `${letters.slice(0, -1).join(', ')} and ${letters.at(-1)}`;
}
