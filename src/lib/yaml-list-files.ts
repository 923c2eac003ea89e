/**
 * Content kept as YAML lists, one file per topic, with ids unique across the
 * folder: the question bank and the flashcards. The reading rules (which files,
 * a list of mappings, an `id` on each, no id twice) are the same for both; what
 * differs is the wording of the messages and the error class, given by each
 * kind's module (src/lib/question-files.ts, src/lib/flashcard-files.ts).
 */
import yaml from 'js-yaml';

export interface RawEntry {
	/** The entry's own `id` field, as written. */
	id: string;
	/** The file it came from, relative to the project root. */
	file: string;
	/** Index in the file's list, for error messages. */
	index: number;
	/** The raw data, validated later by the collection schema. */
	data: Record<string, unknown>;
}

/** An error with a hint on how to fix it; each kind has its own class, so messages say which content failed. */
export class ListFileError extends Error {
	constructor(
		message: string,
		readonly hint: string
	) {
		super(`${message}\nHint: ${hint}`);
	}
}

/** How a kind of entry is named in messages, and the hints that go with them. */
export interface ListFileWords {
	/** One entry: "question", "card". */
	item: string;
	/** Many: "questions", "cards". */
	items: string;
	/** The fields a mapping is expected to have, for "expected a mapping with …". */
	fields: string;
	/** Where the format is documented. */
	formatHint: string;
	/** How to fix invalid YAML. */
	yamlHint: string;
	/** An example of a stable id. */
	idExample: string;
	/** Why ids must stay unique, for the duplicate-id message. */
	duplicateHint: string;
}

/** Which files in the folder hold entries: YAML, except drafts named `_…`. */
export function isListFile(name: string): boolean {
	return /\.ya?ml$/.test(name) && !name.startsWith('_');
}

/** Parses one file into raw entries. Throws `makeError`'s error naming the file (and the entry). */
export function parseListFile(
	file: string,
	source: string,
	words: ListFileWords,
	makeError: (message: string, hint: string) => ListFileError
): RawEntry[] {
	let parsed: unknown;
	try {
		parsed = yaml.load(source, { filename: file });
	} catch (cause) {
		throw makeError(`${file}: not valid YAML (${(cause as Error).message.split('\n')[0]}).`, words.yamlHint);
	}
	if (parsed == null) return [];
	if (!Array.isArray(parsed)) {
		throw makeError(
			`${file}: expected a list of ${words.items} at the top level, found ${typeof parsed}.`,
			`Start each ${words.item} with "- id: …".`
		);
	}
	return parsed.map((item, index) => {
		if (typeof item !== 'object' || item === null || Array.isArray(item)) {
			throw makeError(
				`${file}: item ${index + 1} is not a ${words.item} (expected a mapping with ${words.fields}).`,
				words.formatHint
			);
		}
		const data = item as Record<string, unknown>;
		if (typeof data.id !== 'string' || data.id.trim() === '') {
			throw makeError(
				`${file}: ${words.item} ${index + 1} has no \`id\`.`,
				`Give every ${words.item} a stable kebab-case id that is never reused, such as "${words.idExample}".`
			);
		}
		return { id: data.id, file, index, data };
	});
}

/** Throws when two entries anywhere in the folder share an id, naming both places. */
export function assertUniqueListIds(
	entries: readonly RawEntry[],
	words: ListFileWords,
	makeError: (message: string, hint: string) => ListFileError
): void {
	const seen = new Map<string, RawEntry>();
	for (const entry of entries) {
		const first = seen.get(entry.id);
		if (first) {
			throw makeError(
				`Duplicate ${words.item} id "${entry.id}": ${first.file} (${words.item} ${first.index + 1}) and ${entry.file} (${words.item} ${entry.index + 1}).`,
				words.duplicateHint
			);
		}
		seen.set(entry.id, entry);
	}
}
