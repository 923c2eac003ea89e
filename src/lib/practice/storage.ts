/**
 * Versioned JSON documents for data kept in the browser (localStorage) and in
 * exported files. Every document names its `format` and `version`; reading
 * checks both, upgrades older versions step by step, then validates with a zod
 * schema. The result says exactly what is wrong, so the page can report it and
 * leave good data alone.
 */

/** Turns a version-n document into a version-(n + 1) document. */
export type Migration = (document: Record<string, unknown>) => Record<string, unknown>;

/**
 * What validates a document: a zod schema, or a hand-written validator of the
 * same shape where zod would be too heavy (the studied marks on study pages).
 */
export interface Validator<T> {
	safeParse(
		value: unknown
	):
		| { success: true; data: T }
		| { success: false; error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } };
}

export interface DocumentCodec<T> {
	/** Marker that identifies this site's data, such as `pmle-practice-progress`. */
	format: string;
	/** Current version: what `schema` describes and what is written. */
	version: number;
	schema: Validator<T>;
	/** `migrations[n]` upgrades version n to n + 1. */
	migrations?: Readonly<Record<number, Migration>>;
}

export type DecodeResult<T> =
	| { status: 'empty' }
	| { status: 'ok'; value: T; migratedFrom?: number }
	/** Not JSON, someone else's data, or data that fails validation. */
	| { status: 'invalid'; reason: string }
	/** Written by a newer version of the site: valid for it, unreadable here, so never overwrite it. */
	| { status: 'newer'; version: number; reason: string };

function isPlainObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The first few validation issues as "path: message" text. */
export function describeIssues(
	error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] },
	max = 3
): string {
	const lines = error.issues.slice(0, max).map((issue) => {
		const path = issue.path.map(String).join('.');
		return path ? `${path}: ${issue.message}` : issue.message;
	});
	const more = error.issues.length - max;
	return more > 0 ? `${lines.join('; ')}; and ${more} more problem${more === 1 ? '' : 's'}` : lines.join('; ');
}

/**
 * Reads a stored or imported document. `subject` words the messages, such as
 * "The saved progress" or "The file".
 */
export function decodeDocument<T>(
	raw: string | null | undefined,
	codec: DocumentCodec<T>,
	subject: string
): DecodeResult<T> {
	if (raw === null || raw === undefined || raw.trim() === '') return { status: 'empty' };
	let parsed: unknown;
	try {
		parsed = JSON.parse(raw);
	} catch {
		return { status: 'invalid', reason: `${subject} is not valid JSON.` };
	}
	if (!isPlainObject(parsed) || parsed.format !== codec.format) {
		return {
			status: 'invalid',
			reason: `${subject} is not data from this study guide (expected "format": "${codec.format}").`,
		};
	}
	const version = parsed.version;
	if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
		return { status: 'invalid', reason: `${subject} has no valid "version" number.` };
	}
	if (version > codec.version) {
		return {
			status: 'newer',
			version,
			reason: `${subject} was written by a newer version of this site (data version ${version}; this page reads up to ${codec.version}).`,
		};
	}
	let document: Record<string, unknown> = parsed;
	for (let v = version; v < codec.version; v++) {
		const migrate = codec.migrations?.[v];
		if (!migrate)
			return {
				status: 'invalid',
				reason: `${subject} uses data version ${version}, which this site can no longer read.`,
			};
		document = { ...migrate(document), version: v + 1 };
	}
	const result = codec.schema.safeParse(document);
	if (!result.success)
		return { status: 'invalid', reason: `${subject} has invalid content: ${describeIssues(result.error)}.` };
	return version === codec.version
		? { status: 'ok', value: result.data }
		: { status: 'ok', value: result.data, migratedFrom: version };
}

/** Serializes a document; the value already carries its `format` and `version`. */
export function encodeDocument<T>(value: T): string {
	return JSON.stringify(value);
}

/** How many set-aside copies of unreadable data are kept per document; beyond it the oldest goes (and the reader is told). */
export const maxSetAsideCopies = 5;

/** The prefix of the keys that hold set-aside copies of the document stored under `key`. */
export const setAsidePrefix = (key: string) => `${key}:unreadable`;

/**
 * Where to set aside one more unreadable copy of the document under `key`,
 * given the keys in storage: a new key dated `now` (made unique if that
 * moment is taken), and the oldest copies to remove so that at most
 * `maxSetAsideCopies` remain. A key is `<key>:unreadable:<ISO date>`; the
 * bare `<key>:unreadable` of earlier versions counts as the oldest copy.
 */
export function planSetAside(
	key: string,
	existingKeys: readonly string[],
	now: Date,
	max = maxSetAsideCopies
): { key: string; remove: string[] } {
	const prefix = setAsidePrefix(key);
	const copies = existingKeys.filter((k) => k === prefix || k.startsWith(`${prefix}:`)).sort();
	let next = `${prefix}:${now.toISOString()}`;
	for (let n = 2; copies.includes(next); n++) next = `${prefix}:${now.toISOString()}-${n}`;
	const excess = copies.length + 1 - max;
	return { key: next, remove: excess > 0 ? copies.slice(0, excess) : [] };
}
