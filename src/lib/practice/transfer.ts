/**
 * Export and import of progress as a JSON file. An import is read completely
 * and validated before anything is stored, and it is merged into the current
 * progress (see mergeProgress), so a bad or older file never destroys data.
 */
import { decodeDocument, type DecodeResult } from './storage';
import { progressCodec, type Progress } from './progress';

/** Files above this size are refused before parsing: progress files are a few hundred kilobytes at most. */
export const maxImportBytes = 5 * 1024 * 1024;

/** `pmle-practice-progress-2026-11-27.json` for the given date (UTC). */
export function exportFileName(now: Date): string {
	return `pmle-practice-progress-${now.toISOString().slice(0, 10)}.json`;
}

/** The export file's text: the progress document plus when it was exported (ignored on import). */
export function serializeExport(progress: Progress, now: Date): string {
	return `${JSON.stringify({ ...progress, exportedAt: now.toISOString() }, null, '\t')}\n`;
}

/** Reads an imported file's text. */
export function parseImport(text: string, sizeInBytes: number): DecodeResult<Progress> {
	if (sizeInBytes > maxImportBytes) {
		return {
			status: 'invalid',
			reason: `The file is ${Math.round(sizeInBytes / 1024)} KB; a progress file is never larger than ${maxImportBytes / 1024 / 1024} MB.`,
		};
	}
	const result = decodeDocument(text, progressCodec, 'The file');
	return result.status === 'empty' ? { status: 'invalid', reason: 'The file is empty.' } : result;
}
