/**
 * Reads flashcard files: `src/content/flashcards/<objective>.yaml` holds a list
 * of cards for that sub-objective. Pure parsing and cross-file checks (the
 * file name's objective, IDs unique across files), so the loader stays thin and
 * the rules are unit-tested. Field rules are in src/schemas/flashcard.ts.
 */
import { basename } from 'node:path';
import { objectiveIds } from './registry';
import {
	assertUniqueListIds,
	isListFile,
	ListFileError,
	parseListFile,
	type ListFileWords,
	type RawEntry,
} from './yaml-list-files';

export type RawCard = RawEntry;

export class FlashcardFileError extends ListFileError {
	override name = 'FlashcardFileError';
}

const words: ListFileWords = {
	item: 'card',
	items: 'cards',
	fields: 'id, objective, consideration, front, back, source',
	formatHint: 'See CONTRIBUTING.md "Add a flashcard".',
	yamlHint: "Check indentation, and quote strings with single quotes (write '' for a single quote inside).",
	idExample: 'bqml-implicit-feedback',
	duplicateHint: 'Card ids are review-state keys and Anki note IDs: give the new card a new id.',
};
const makeError = (message: string, hint: string) => new FlashcardFileError(message, hint);

/** Which files in the flashcard folder hold cards: YAML, except drafts named `_…`. */
export const isFlashcardFile = isListFile;

/** The objective a card file is for, from its name: `1.1.yaml` → `1.1`. */
export function objectiveOfFile(file: string): string {
	return basename(file).replace(/\.ya?ml$/, '');
}

/** Parses one card file into raw entries. Throws a FlashcardFileError naming the file (and the card). */
export function parseFlashcardFile(file: string, source: string): RawCard[] {
	const objective = objectiveOfFile(file);
	if (!objectiveIds.includes(objective)) {
		throw new FlashcardFileError(
			`${file}: the file name must be a sub-objective ID, such as "1.1.yaml"; "${objective}" is not one.`,
			`Name the file after the sub-objective its cards belong to (${objectiveIds.slice(0, 4).join(', ')}, …).`
		);
	}
	const cards = parseListFile(file, source, words, makeError);
	for (const { id, data } of cards) {
		if (data.objective !== objective) {
			throw new FlashcardFileError(
				`${file}: card "${id}" has objective ${JSON.stringify(data.objective)}; cards in ${basename(file)} must have objective '${objective}'.`,
				`Write objective: '${objective}' (quoted), or move the card to the file of its own objective.`
			);
		}
	}
	return cards;
}

/** Throws when two cards anywhere share an id, naming both places. */
export function assertUniqueCardIds(cards: readonly RawCard[]): void {
	assertUniqueListIds(cards, words, makeError);
}
