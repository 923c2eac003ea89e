import { describe, expect, it } from 'vitest';
import { decodeDocument, encodeDocument } from '../../src/lib/practice/storage';
import {
	emptyStudied,
	firstStudiedAfter,
	markStudied,
	maxStudiedPages,
	mergeStudied,
	studiedCodec,
	studiedValidator,
	unmarkStudied,
} from '../../src/lib/studied';
import { emptyProgress } from '../../src/lib/practice/progress';
import { parseImport, parseStudiedImport, serializeExport } from '../../src/lib/practice/transfer';

const day = (d: number) => new Date(Date.UTC(2026, 10, d, 9)).toISOString();

describe('studied marks document', () => {
	it('marks, unmarks and round-trips through storage encoding', () => {
		const marked = markStudied(
			markStudied(emptyStudied(), 'section-1/bigquery-ml', day(28)),
			'section-2/notebooks',
			day(29)
		);
		expect(unmarkStudied(marked, 'section-2/notebooks').pages).toEqual({
			'section-1/bigquery-ml': { studiedAt: day(28) },
		});
		expect(decodeDocument(encodeDocument(marked), studiedCodec, 'The marks')).toEqual({ status: 'ok', value: marked });
		expect(decodeDocument(null, studiedCodec, 'The marks')).toEqual({ status: 'empty' });
	});

	it('refuses bad page ids, dates and shapes with the path of each problem', () => {
		const bad = {
			format: 'pmle-practice-studied',
			version: 1,
			pages: { 'Section 1/BQML': { studiedAt: day(1) }, 'section-1/automl': { studiedAt: 'yesterday' }, x: 3 },
		};
		const result = decodeDocument(JSON.stringify(bad), studiedCodec, 'The marks');
		expect(result.status).toBe('invalid');
		expect(result.status === 'invalid' && result.reason).toBe(
			'The marks has invalid content: pages.Section 1/BQML: not a page id; pages.section-1/automl.studiedAt: not an ISO date-time; pages.x: expected { "studiedAt": <date> }.'
		);
		expect(studiedValidator.safeParse({ format: 'pmle-practice-studied', version: 1, pages: [] }).success).toBe(false);
		const tooMany = Object.fromEntries(
			Array.from({ length: maxStudiedPages + 1 }, (_, i) => [`p${i}`, { studiedAt: day(1) }])
		);
		expect(studiedValidator.safeParse({ ...emptyStudied(), pages: tooMany }).success).toBe(false);
	});

	it('leaves data from a newer version alone and drops unknown fields of a mark', () => {
		expect(
			decodeDocument('{"format":"pmle-practice-studied","version":2,"pages":{}}', studiedCodec, 'The marks')
		).toMatchObject({
			status: 'newer',
			version: 2,
		});
		const withExtra = { ...emptyStudied(), pages: { 'section-1/automl': { studiedAt: day(2), note: 'x' } } };
		expect(studiedValidator.safeParse(withExtra)).toEqual({
			success: true,
			data: { ...emptyStudied(), pages: { 'section-1/automl': { studiedAt: day(2) } } },
		});
	});

	it('merges: every mark kept, the later date wins, a tie keeps the current one', () => {
		const current = markStudied(markStudied(emptyStudied(), 'a', day(5)), 'b', day(5));
		const incoming = markStudied(markStudied(markStudied(emptyStudied(), 'a', day(4)), 'b', day(6)), 'c', day(1));
		const { studied, taken } = mergeStudied(current, incoming);
		expect(studied.pages).toEqual({ a: { studiedAt: day(5) }, b: { studiedAt: day(6) }, c: { studiedAt: day(1) } });
		expect(taken).toBe(2);
		expect(mergeStudied(current, current).taken).toBe(0);
	});

	it('finds marks dated in the future', () => {
		const marks = markStudied(emptyStudied(), 'a', day(20));
		expect(firstStudiedAfter(marks, new Date(day(21)))).toBeUndefined();
		expect(firstStudiedAfter(marks, new Date(day(19)))).toBe(`studied.a: ${day(20)}`);
	});
});

describe('export files carry the studied marks', () => {
	const now = new Date(day(30));
	const marks = markStudied(emptyStudied(), 'section-1/bigquery-ml', day(28));

	it('round-trips them next to the progress', () => {
		const text = serializeExport(emptyProgress(), now, marks);
		expect(parseImport(text, text.length, now)).toEqual({ status: 'ok', value: emptyProgress() });
		expect(parseStudiedImport(text, now)).toEqual({ status: 'ok', value: marks });
	});

	it('reads files from before marks existed as having none', () => {
		const old = JSON.stringify({ ...emptyProgress(), exportedAt: now.toISOString() });
		expect(parseStudiedImport(old, now)).toEqual({ status: 'ok', value: emptyStudied() });
	});

	it('refuses invalid, newer and future-dated marks', () => {
		const file = (studied: unknown) => JSON.stringify({ ...emptyProgress(), studied });
		expect(parseStudiedImport(file({ ...marks, pages: { a: {} } }), now)).toMatchObject({
			status: 'invalid',
			reason: expect.stringContaining('The studied pages in the file has invalid content: pages.a'),
		});
		expect(parseStudiedImport(file({ ...marks, version: 9 }), now)).toMatchObject({ status: 'newer' });
		expect(parseStudiedImport(file(markStudied(emptyStudied(), 'a', '2027-06-01T00:00:00.000Z')), now)).toMatchObject({
			status: 'invalid',
			reason: expect.stringContaining('date in the future (studied.a: 2027-06-01'),
		});
	});
});
