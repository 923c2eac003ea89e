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
export const studiedVersion = 1;
/** The localStorage key; the practice store lists it with its other documents. */
export const studiedStorageKey = 'pmle-practice:studied';
/** More marks than any site could have pages: a bound against absurd data. */
export const maxStudiedPages = 1000;

export interface StudiedMark {
	/** When the page was (last) marked as studied, ISO date-time. */
	studiedAt: string;
}

export interface StudiedPages {
	format: typeof studiedFormat;
	version: typeof studiedVersion;
	/** Marks by study page id (the docs entry id, such as `section-1/bigquery-ml`). */
	pages: Record<string, StudiedMark>;
}

/** A docs entry id: kebab-case segments joined by slashes (`section-1/bigquery-ml`). */
export const pageIdPattern = /^[a-z0-9]+(-[a-z0-9]+)*(\/[a-z0-9]+(-[a-z0-9]+)*)*$/;
/** An ISO date-time with an offset, as `Date.prototype.toISOString` writes it. */
const isoDateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/** Why `pages` is not a valid record of marks, as "path: message" issues (empty when valid). */
export function studiedPagesIssues(pages: unknown): { path: string[]; message: string }[] {
	if (!isPlainObject(pages)) return [{ path: ['pages'], message: 'expected an object of marks by page id' }];
	const entries = Object.entries(pages);
	if (entries.length > maxStudiedPages)
		return [{ path: ['pages'], message: `more than ${maxStudiedPages} pages marked` }];
	const issues: { path: string[]; message: string }[] = [];
	for (const [id, mark] of entries) {
		if (id.length > 200 || !pageIdPattern.test(id)) issues.push({ path: ['pages', id], message: 'not a page id' });
		else if (!isPlainObject(mark) || typeof mark.studiedAt !== 'string')
			issues.push({ path: ['pages', id], message: 'expected { "studiedAt": <date> }' });
		else if (!isoDateTime.test(mark.studiedAt) || Number.isNaN(Date.parse(mark.studiedAt)))
			issues.push({ path: ['pages', id, 'studiedAt'], message: 'not an ISO date-time' });
	}
	return issues;
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
			Object.entries(document.pages as Record<string, StudiedMark>).map(([id, mark]) => [
				id,
				{ studiedAt: mark.studiedAt },
			])
		);
		return { success: true, data: { format: studiedFormat, version: studiedVersion, pages } };
	},
};

export const studiedCodec: DocumentCodec<StudiedPages> = {
	format: studiedFormat,
	version: studiedVersion,
	schema: studiedValidator,
};

export function emptyStudied(): StudiedPages {
	return { format: studiedFormat, version: studiedVersion, pages: {} };
}

/** The marks with `pageId` marked as studied at `at` (ISO). */
export function markStudied(studied: StudiedPages, pageId: string, at: string): StudiedPages {
	return { ...studied, pages: { ...studied.pages, [pageId]: { studiedAt: at } } };
}

/** The marks without `pageId`. */
export function unmarkStudied(studied: StudiedPages, pageId: string): StudiedPages {
	const pages = { ...studied.pages };
	delete pages[pageId];
	return { ...studied, pages };
}

/**
 * Imported marks joined with the current ones: a page marked on either side
 * stays marked; where both have it, the later date wins (the current one on a
 * tie). An unmark is not recorded, so an import can mark a page again.
 */
export function mergeStudied(current: StudiedPages, incoming: StudiedPages): { studied: StudiedPages; taken: number } {
	const pages = { ...current.pages };
	let taken = 0;
	for (const [id, mark] of Object.entries(incoming.pages)) {
		const mine = pages[id];
		if (!mine || Date.parse(mark.studiedAt) > Date.parse(mine.studiedAt)) {
			pages[id] = mark;
			taken += 1;
		}
	}
	return { studied: { ...current, pages }, taken };
}

/** The first mark dated later than `latest`, as "studied.<page>: date", or undefined. */
export function firstStudiedAfter(studied: StudiedPages, latest: Date): string | undefined {
	for (const [id, mark] of Object.entries(studied.pages)) {
		if (Date.parse(mark.studiedAt) > latest.getTime()) return `studied.${id}: ${mark.studiedAt}`;
	}
	return undefined;
}
