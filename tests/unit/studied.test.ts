import { describe, expect, it } from 'vitest';
import { decodeDocument, encodeDocument } from '../../src/lib/practice/storage';
import {
	emptyStudied,
	firstStudiedAfter,
	markStudied,
	maxStudiedPages,
	mergeStudied,
	studiedCodec,
	studiedMark,
	studiedPageIds,
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
		expect(unmarkStudied(marked, 'section-2/notebooks', day(30)).pages).toEqual({
			'section-1/bigquery-ml': { studied: true, studiedAt: day(28), changedAt: day(28) },
			'section-2/notebooks': { studied: false, changedAt: day(30) },
		});
		expect(studiedPageIds(unmarkStudied(marked, 'section-2/notebooks', day(30)))).toEqual(['section-1/bigquery-ml']);
		expect(studiedMark(marked, 'constructor')).toBeUndefined();
		expect(decodeDocument(encodeDocument(marked), studiedCodec, 'The marks')).toEqual({ status: 'ok', value: marked });
		expect(decodeDocument(null, studiedCodec, 'The marks')).toEqual({ status: 'empty' });
	});

	it('refuses bad page ids, dates and shapes with the path of each problem', () => {
		const bad = {
			format: 'pmle-practice-studied',
			version: 2,
			pages: {
				'Section 1/BQML': { studied: true, studiedAt: day(1), changedAt: day(1) },
				'section-1/automl': { studied: true, studiedAt: 'yesterday', changedAt: day(1) },
				x: 3,
			},
		};
		const result = decodeDocument(JSON.stringify(bad), studiedCodec, 'The marks');
		expect(result.status).toBe('invalid');
		expect(result.status === 'invalid' && result.reason).toBe(
			'The marks has invalid content: pages.Section 1/BQML: not a page id; pages.section-1/automl.studiedAt: not an ISO date-time; pages.x: expected { "studied": true or false, "changedAt": <date> }.'
		);
		expect(studiedValidator.safeParse({ format: 'pmle-practice-studied', version: 2, pages: [] }).success).toBe(false);
		expect(studiedValidator.safeParse(unmarkStudied(emptyStudied(), 'section-1/vertex', 'now'))).toMatchObject({
			success: false,
			error: { issues: [{ path: ['pages', 'section-1/vertex', 'changedAt'] }] },
		});
		const tooMany = Object.fromEntries(
			Array.from({ length: maxStudiedPages + 1 }, (_, i) => [`p${i}`, { studied: false, changedAt: day(1) }])
		);
		expect(studiedValidator.safeParse({ ...emptyStudied(), pages: tooMany }).success).toBe(false);
	});

	it('leaves data from a newer version alone and drops unknown fields of a mark', () => {
		expect(
			decodeDocument('{"format":"pmle-practice-studied","version":3,"pages":{}}', studiedCodec, 'The marks')
		).toMatchObject({
			status: 'newer',
			version: 3,
		});
		const withExtra = {
			...emptyStudied(),
			pages: {
				'section-1/automl': { studied: true, studiedAt: day(2), changedAt: day(2), note: 'x' },
				'section-1/vertex': { studied: false, studiedAt: day(1), changedAt: day(2) },
			},
		};
		expect(studiedValidator.safeParse(withExtra)).toEqual({
			success: true,
			data: {
				...emptyStudied(),
				pages: {
					'section-1/automl': { studied: true, studiedAt: day(2), changedAt: day(2) },
					'section-1/vertex': { studied: false, changedAt: day(2) },
				},
			},
		});
	});

	it('merges: per page the most recent change wins, mark or unmark; a tie keeps the current one', () => {
		const current = markStudied(markStudied(emptyStudied(), 'a', day(5)), 'b', day(5));
		const incoming = markStudied(markStudied(markStudied(emptyStudied(), 'a', day(4)), 'b', day(6)), 'c', day(1));
		const { studied, taken } = mergeStudied(current, incoming);
		expect(studiedPageIds(studied)).toEqual(['a', 'b', 'c']);
		expect(studied.pages.a).toEqual({ studied: true, studiedAt: day(5), changedAt: day(5) });
		expect(studied.pages.b).toEqual({ studied: true, studiedAt: day(6), changedAt: day(6) });
		expect(taken).toBe(2);
		expect(mergeStudied(current, current).taken).toBe(0);
	});

	it('an older file does not mark again a page unmarked since, and a newer unmark wins', () => {
		const exported = markStudied(emptyStudied(), 'a', day(3));
		const unmarkedHere = unmarkStudied(exported, 'a', day(4));
		const merged = mergeStudied(unmarkedHere, exported);
		expect(studiedMark(merged.studied, 'a')).toBeUndefined();
		expect(merged).toMatchObject({ taken: 0, unmarked: 0 });
		// The other way round: marked here, unmarked later on the device that exported the file.
		const remarked = mergeStudied(exported, unmarkedHere);
		expect(studiedMark(remarked.studied, 'a')).toBeUndefined();
		expect(remarked).toMatchObject({ taken: 0, unmarked: 1 });
		// Marked again after the unmark: the mark wins.
		const again = mergeStudied(unmarkedHere, markStudied(emptyStudied(), 'a', day(5)));
		expect(studiedMark(again.studied, 'a')).toEqual({ studied: true, studiedAt: day(5), changedAt: day(5) });
	});

	it('reads version 1 documents and files, migrating marks to dated entries', () => {
		const v1 = JSON.stringify({
			format: 'pmle-practice-studied',
			version: 1,
			pages: { 'section-1/bigquery-ml': { studiedAt: day(28) } },
		});
		expect(decodeDocument(v1, studiedCodec, 'The marks')).toEqual({
			status: 'ok',
			migratedFrom: 1,
			value: markStudied(emptyStudied(), 'section-1/bigquery-ml', day(28)),
		});
		const bad = '{"format":"pmle-practice-studied","version":1,"pages":{"section-1/a":{"studiedAt":"soon"}}}';
		expect(decodeDocument(bad, studiedCodec, 'The marks')).toMatchObject({
			status: 'invalid',
			reason: 'The marks has invalid content: pages.section-1/a.studiedAt: not an ISO date-time.',
		});
		const file = JSON.stringify({ ...emptyProgress(), studied: JSON.parse(v1) });
		const later = unmarkStudied(emptyStudied(), 'section-1/bigquery-ml', day(29));
		const imported = parseStudiedImport(file, new Date(day(30)));
		expect(imported.status === 'ok' && studiedPageIds(mergeStudied(later, imported.value).studied)).toEqual([]);
	});

	it('finds marks dated in the future', () => {
		const marks = markStudied(emptyStudied(), 'a', day(20));
		expect(firstStudiedAfter(marks, new Date(day(21)))).toBeUndefined();
		expect(firstStudiedAfter(marks, new Date(day(19)))).toBe(`studied.a: ${day(20)}`);
		expect(firstStudiedAfter(unmarkStudied(marks, 'b', day(22)), new Date(day(21)))).toBe(`studied.b: ${day(22)}`);
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
