/**
 * Reads question bank files: each YAML file in `src/content/questions/` holds a
 * list of questions. Pure parsing and cross-file checks, so the loader stays thin
 * and the rules are unit-tested.
 */
import yaml from 'js-yaml';

export interface RawQuestion {
	/** The question's own `id` field, as written. */
	id: string;
	/** The file it came from, relative to the project root. */
	file: string;
	/** Index in the file's list, for error messages. */
	index: number;
	/** The raw data, validated later by the collection schema. */
	data: Record<string, unknown>;
}

export class QuestionFileError extends Error {
	constructor(
		message: string,
		readonly hint: string
	) {
		super(`${message}\nHint: ${hint}`);
		this.name = 'QuestionFileError';
	}
}

/** Which files in the question folder hold questions: YAML, except drafts named `_…`. */
export function isQuestionFile(name: string): boolean {
	return /\.ya?ml$/.test(name) && !name.startsWith('_');
}

/** Parses one question file into raw entries. Throws a QuestionFileError naming the file. */
export function parseQuestionFile(file: string, source: string): RawQuestion[] {
	let parsed: unknown;
	try {
		parsed = yaml.load(source, { filename: file });
	} catch (cause) {
		throw new QuestionFileError(
			`${file}: not valid YAML (${(cause as Error).message.split('\n')[0]}).`,
			'Check indentation and quote strings that contain ": ".'
		);
	}
	if (parsed == null) return [];
	if (!Array.isArray(parsed)) {
		throw new QuestionFileError(
			`${file}: expected a list of questions at the top level, found ${typeof parsed}.`,
			'Start each question with "- id: …".'
		);
	}
	return parsed.map((item, index) => {
		if (typeof item !== 'object' || item === null || Array.isArray(item)) {
			throw new QuestionFileError(
				`${file}: item ${index + 1} is not a question (expected a mapping with id, objective, stem, options…).`,
				'See README "Adding a practice question".'
			);
		}
		const data = item as Record<string, unknown>;
		if (typeof data.id !== 'string' || data.id.trim() === '') {
			throw new QuestionFileError(
				`${file}: question ${index + 1} has no \`id\`.`,
				'Give every question a stable kebab-case id that is never reused, such as "bqml-churn-class-weights".'
			);
		}
		return { id: data.id, file, index, data };
	});
}

/** Throws when two questions anywhere in the bank share an id, naming both places. */
export function assertUniqueIds(questions: readonly RawQuestion[]): void {
	const seen = new Map<string, RawQuestion>();
	for (const q of questions) {
		const first = seen.get(q.id);
		if (first) {
			throw new QuestionFileError(
				`Duplicate question id "${q.id}": ${first.file} (question ${first.index + 1}) and ${q.file} (question ${q.index + 1}).`,
				'Question ids are permanent deep links and progress keys: give the new question a new id.'
			);
		}
		seen.set(q.id, q);
	}
}
