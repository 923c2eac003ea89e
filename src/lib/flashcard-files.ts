/**
 * Reads flashcard files: `src/content/flashcards/<objective>.yaml` holds a list
 * of cards for that sub-objective. Pure parsing and cross-file checks (the
 * file name's objective, IDs unique across files), so the loader stays thin and
 * the rules are unit-tested. Field rules are in src/schemas/flashcard.ts.
 */
import yaml from 'js-yaml';
import { basename } from 'node:path';
import { objectiveIds } from './registry';

export interface RawCard {
	/** The card's own `id` field, as written. */
	id: string;
	/** The file it came from, relative to the project root. */
	file: string;
	/** Index in the file's list, for error messages. */
	index: number;
	/** The raw data, validated later by the collection schema. */
	data: Record<string, unknown>;
}

export class FlashcardFileError extends Error {
	constructor(
		message: string,
		readonly hint: string
	) {
		super(`${message}\nHint: ${hint}`);
		this.name = 'FlashcardFileError';
	}
}

/** Which files in the flashcard folder hold cards: YAML, except drafts named `_…`. */
export function isFlashcardFile(name: string): boolean {
	return /\.ya?ml$/.test(name) && !name.startsWith('_');
}

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
	let parsed: unknown;
	try {
		parsed = yaml.load(source, { filename: file });
	} catch (cause) {
		throw new FlashcardFileError(
			`${file}: not valid YAML (${(cause as Error).message.split('\n')[0]}).`,
			"Check indentation, and quote strings with single quotes (write '' for a single quote inside)."
		);
	}
	if (parsed == null) return [];
	if (!Array.isArray(parsed)) {
		throw new FlashcardFileError(
			`${file}: expected a list of cards at the top level, found ${typeof parsed}.`,
			'Start each card with "- id: …".'
		);
	}
	return parsed.map((item, index) => {
		if (typeof item !== 'object' || item === null || Array.isArray(item)) {
			throw new FlashcardFileError(
				`${file}: item ${index + 1} is not a card (expected a mapping with id, objective, consideration, front, back, source).`,
				'See CONTRIBUTING.md "Adding a flashcard".'
			);
		}
		const data = item as Record<string, unknown>;
		if (typeof data.id !== 'string' || data.id.trim() === '') {
			throw new FlashcardFileError(
				`${file}: card ${index + 1} has no \`id\`.`,
				'Give every card a stable kebab-case id that is never reused, such as "bqml-implicit-feedback".'
			);
		}
		if (data.objective !== objective) {
			throw new FlashcardFileError(
				`${file}: card "${data.id}" has objective ${JSON.stringify(data.objective)}; cards in ${basename(file)} must have objective '${objective}'.`,
				`Write objective: '${objective}' (quoted), or move the card to the file of its own objective.`
			);
		}
		return { id: data.id, file, index, data };
	});
}

/** Throws when two cards anywhere share an id, naming both places. */
export function assertUniqueCardIds(cards: readonly RawCard[]): void {
	const seen = new Map<string, RawCard>();
	for (const card of cards) {
		const first = seen.get(card.id);
		if (first) {
			throw new FlashcardFileError(
				`Duplicate card id "${card.id}": ${first.file} (card ${first.index + 1}) and ${card.file} (card ${card.index + 1}).`,
				'Card ids are review-state keys and Anki note IDs: give the new card a new id.'
			);
		}
		seen.set(card.id, card);
	}
}
