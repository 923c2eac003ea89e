/**
 * The study pages a candidate marked as studied, kept in localStorage as its
 * own small versioned document (`pmle-practice:studied`). Study pages load the
 * "mark as studied" control and nothing else of the practice code, so this
 * module validates by hand instead of with zod (25 KB): one validator serves
 * the study pages and the practice store alike (see `studiedCodec`), with the
 * same rules as the other documents (storage.ts). Browser-safe, no imports at run time.
 */
import type { DocumentCodec, Validator } from './practice/storage';

export const studiedFormat = 'pmle-practice-studied';
/**
 * 2 records unmarks too (dated), so a merge or import takes the most recent
 * change per page; version 1 kept marks only (`{ studiedAt }`), and an import
 * of an older file could mark a page again that the candidate unmarked later.
 */
export const studiedVersion = 2;
/** The localStorage key; the practice store lists it with its other documents. */
export const studiedStorageKey = 'pmle-practice:studied';
/** More entries (marks and unmarks) than any site could have pages: a bound against absurd data. */
export const maxStudiedPages = 1000;

/** The latest change to one page: marked as studied, or unmarked. */
export type StudiedMark =
	| {
			studied: true;
			/** When the page was (last) marked as studied, ISO date-time. */
			studiedAt: string;
			/** When this entry last changed (the mark itself, here), ISO date-time: merges keep the later one. */
			changedAt: string;
	  }
	| {
			/** Unmarked: kept, dated, so an older export cannot mark the page again. */
			studied: false;
			changedAt: string;
	  };

export interface StudiedPages {
	format: typeof studiedFormat;
	version: typeof studiedVersion;
	/** The latest change by study page id (the docs entry id, such as `section-1/bigquery-ml`). */
	pages: Record<string, StudiedMark>;
}

/** A docs entry id: kebab-case segments joined by slashes (`section-1/bigquery-ml`). */
export const pageIdPattern = /^[a-z0-9]+(-[a-z0-9]+)*(\/[a-z0-9]+(-[a-z0-9]+)*)*$/;
/** An ISO date-time with an offset, as `Date.prototype.toISOString` writes it. */
const isoDateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const isDateTime = (value: unknown): value is string =>
	typeof value === 'string' && isoDateTime.test(value) && !Number.isNaN(Date.parse(value));

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

type Issue = { path: string[]; message: string };

function markIssues(id: string, mark: unknown): Issue[] {
	if (!isPlainObject(mark) || typeof mark.studied !== 'boolean')
		return [{ path: ['pages', id], message: 'expected { "studied": true or false, "changedAt": <date> }' }];
	const issues: Issue[] = [];
	if (mark.studied && !isDateTime(mark.studiedAt))
		issues.push({ path: ['pages', id, 'studiedAt'], message: 'not an ISO date-time' });
	// A version 1 mark's date is both dates after migration: a bad one is reported once, as studiedAt.
	else if (!isDateTime(mark.changedAt))
		issues.push({ path: ['pages', id, 'changedAt'], message: 'not an ISO date-time' });
	return issues;
}

/** Why `pages` is not a valid record of marks, as "path: message" issues (empty when valid). */
export function studiedPagesIssues(pages: unknown): Issue[] {
	if (!isPlainObject(pages)) return [{ path: ['pages'], message: 'expected an object of marks by page id' }];
	const entries = Object.entries(pages);
	if (entries.length > maxStudiedPages)
		return [{ path: ['pages'], message: `more than ${maxStudiedPages} pages marked` }];
	return entries.flatMap(([id, mark]) =>
		id.length > 200 || !pageIdPattern.test(id)
			? [{ path: ['pages', id], message: 'not a page id' }]
			: markIssues(id, mark)
	);
}

/** A valid entry with only the fields of its kind (unknown fields dropped). */
function cleanMark(mark: StudiedMark): StudiedMark {
	return mark.studied
		? { studied: true, studiedAt: mark.studiedAt, changedAt: mark.changedAt }
		: { studied: false, changedAt: mark.changedAt };
}

/** The document's validator, shaped like a zod schema's `safeParse` so `decodeDocument` can use it. */
export const studiedValidator: Validator<StudiedPages> = {
	safeParse(value: unknown) {
		const document = isPlainObject(value) ? value : {};
		const issues = [
			...(document.format === studiedFormat ? [] : [{ path: ['format'], message: `expected "${studiedFormat}"` }]),
			...(document.version === studiedVersion ? [] : [{ path: ['version'], message: `expected ${studiedVersion}` }]),
			...studiedPagesIssues(document.pages),
		];
		if (issues.length > 0) return { success: false, error: { issues } };
		const pages = Object.fromEntries(
			Object.entries(document.pages as Record<string, StudiedMark>).map(([id, mark]) => [id, cleanMark(mark)])
		);
		return { success: true, data: { format: studiedFormat, version: studiedVersion, pages } };
	},
};

/**
 * Version 1 → 2: every mark `{ studiedAt }` becomes `{ studied: true, studiedAt,
 * changedAt: studiedAt }`. Anything else is left as it is, for the validator to report.
 */
export function migrateStudiedV1(document: Record<string, unknown>): Record<string, unknown> {
	if (!isPlainObject(document.pages)) return document;
	const pages = Object.fromEntries(
		Object.entries(document.pages).map(([id, mark]) => [
			id,
			isPlainObject(mark) && mark.studied === undefined
				? { studied: true, studiedAt: mark.studiedAt, changedAt: mark.studiedAt }
				: mark,
		])
	);
	return { ...document, pages };
}

export const studiedCodec: DocumentCodec<StudiedPages> = {
	format: studiedFormat,
	version: studiedVersion,
	schema: studiedValidator,
	migrations: { 1: migrateStudiedV1 },
};

export function emptyStudied(): StudiedPages {
	return { format: studiedFormat, version: studiedVersion, pages: {} };
}

/** The mark of a page when it is marked as studied (undefined when never marked or unmarked). */
export function studiedMark(studied: StudiedPages, pageId: string): { studiedAt: string } | undefined {
	const mark = Object.hasOwn(studied.pages, pageId) ? studied.pages[pageId] : undefined;
	return mark?.studied ? mark : undefined;
}

/** Ids of the pages marked as studied. */
export function studiedPageIds(studied: StudiedPages): string[] {
	return Object.keys(studied.pages).filter((id) => studiedMark(studied, id) !== undefined);
}

/** The marks with `pageId` marked as studied at `at` (ISO). */
export function markStudied(studied: StudiedPages, pageId: string, at: string): StudiedPages {
	return { ...studied, pages: { ...studied.pages, [pageId]: { studied: true, studiedAt: at, changedAt: at } } };
}

/** The marks with `pageId` unmarked at `at` (ISO): the unmark is kept, dated, so older data cannot undo it. */
export function unmarkStudied(studied: StudiedPages, pageId: string, at: string): StudiedPages {
	return { ...studied, pages: { ...studied.pages, [pageId]: { studied: false, changedAt: at } } };
}

/**
 * Imported entries joined with the current ones: per page, the most recent
 * change wins, mark or unmark (the current one on a tie), so an older file
 * neither marks a page unmarked since nor unmarks one marked since.
 * `taken` counts the marks taken from the file, `unmarked` the pages marked
 * here that the file unmarked later.
 */
export function mergeStudied(
	current: StudiedPages,
	incoming: StudiedPages
): { studied: StudiedPages; taken: number; unmarked: number } {
	const pages = { ...current.pages };
	let taken = 0;
	let unmarked = 0;
	for (const [id, change] of Object.entries(incoming.pages)) {
		const mine = Object.hasOwn(pages, id) ? pages[id] : undefined;
		if (mine && Date.parse(change.changedAt) <= Date.parse(mine.changedAt)) continue;
		pages[id] = change;
		if (change.studied) taken += 1;
		else if (mine?.studied) unmarked += 1;
	}
	return { studied: { ...current, pages }, taken, unmarked };
}

/** The first date later than `latest`, as "studied.<page>: date", or undefined. */
export function firstStudiedAfter(studied: StudiedPages, latest: Date): string | undefined {
	for (const [id, mark] of Object.entries(studied.pages)) {
		for (const at of mark.studied ? [mark.studiedAt, mark.changedAt] : [mark.changedAt])
			if (Date.parse(at) > latest.getTime()) return `studied.${id}: ${at}`;
	}
	return undefined;
}
