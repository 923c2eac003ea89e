/**
 * Export and import of progress as a JSON file. An import is read completely
 * and validated before anything is stored, and it is merged into the current
 * progress (see mergeProgress), so a bad or older file never destroys data.
 * The file is the progress document plus `studied` (the studied-marks
 * document, kept apart in the browser; see src/lib/studied.ts) and `exportedAt`.
 */
import { decodeDocument, type DecodeResult } from './storage';
import { firstDateAfter, progressCodec, type Progress } from './progress';
import { emptyStudied, firstStudiedAfter, studiedCodec, type StudiedPages } from '../studied';

/** Files above this size are refused before parsing: progress files are a few hundred kilobytes at most. */
export const maxImportBytes = 5 * 1024 * 1024;

/** `pmle-practice-progress-2026-11-27.json` for the given date (UTC). */
export function exportFileName(now: Date): string {
	return `pmle-practice-progress-${now.toISOString().slice(0, 10)}.json`;
}

/** The export file's text: the progress document, the studied marks, and when it was exported (ignored on import). */
export function serializeExport(progress: Progress, now: Date, studied: StudiedPages = emptyStudied()): string {
	return `${JSON.stringify({ ...progress, studied, exportedAt: now.toISOString() }, null, '\t')}\n`;
}

/**
 * How far ahead of this device's clock an imported date may be: another
 * device's clock may run a little fast, but a record dated years ahead would
 * win every later merge.
 */
export const clockSkewAllowanceMs = 24 * 60 * 60_000;

/**
 * Checks a file's size before anything is read; a reason when it cannot be a
 * progress file. `File.size` is known without reading the content.
 */
export function checkImportSize(sizeInBytes: number): string | undefined {
	if (sizeInBytes === 0) return 'The file is empty.';
	if (sizeInBytes > maxImportBytes) {
		return `The file is ${Math.round(sizeInBytes / 1024)} KB; a progress file is never larger than ${maxImportBytes / 1024 / 1024} MB.`;
	}
	return undefined;
}

/** Reads an imported file's text, refusing dates later than `now` (plus a day for clock differences). */
export function parseImport(text: string, sizeInBytes: number, now: Date): DecodeResult<Progress> {
	const sizeProblem = checkImportSize(sizeInBytes);
	if (sizeProblem) return { status: 'invalid', reason: sizeProblem };
	const result = decodeDocument(text, progressCodec, 'The file');
	if (result.status === 'empty') return { status: 'invalid', reason: 'The file is empty.' };
	if (result.status !== 'ok') return result;
	return refuseFutureDates(result, firstDateAfter, now);
}

/**
 * The studied marks of an import file that parseImport accepted: none in files
 * from before marks existed; refused like the rest when invalid, newer or dated
 * in the future.
 */
export function parseStudiedImport(text: string, now: Date): DecodeResult<StudiedPages> {
	let studied: unknown;
	try {
		studied = (JSON.parse(text) as { studied?: unknown }).studied;
	} catch {
		return { status: 'invalid', reason: 'The file is not valid JSON.' };
	}
	if (studied === undefined) return { status: 'ok', value: emptyStudied() };
	const result = decodeDocument(JSON.stringify(studied), studiedCodec, 'The studied pages in the file');
	if (result.status === 'empty') return { status: 'ok', value: emptyStudied() };
	if (result.status !== 'ok') return result;
	return refuseFutureDates(result, firstStudiedAfter, now);
}

/**
 * A decoded part of an import, or its refusal when `firstAfter` finds a date
 * later than `now` (plus a day for clock differences): one rule for progress
 * and studied marks.
 */
function refuseFutureDates<T>(
	result: Extract<DecodeResult<T>, { status: 'ok' }>,
	firstAfter: (value: T, limit: Date) => string | undefined,
	now: Date
): DecodeResult<T> {
	const future = firstAfter(result.value, new Date(now.getTime() + clockSkewAllowanceMs));
	return future
		? {
				status: 'invalid',
				reason: `The file has a date in the future (${future}); check the clock of the device that exported it.`,
			}
		: result;
}
