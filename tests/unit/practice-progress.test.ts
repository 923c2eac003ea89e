import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { decodeDocument, describeIssues, encodeDocument, type DocumentCodec } from '../../src/lib/practice/storage';

import {
	countProgress,
	emptyProgress,
	maxExamHistory,
	mergeProgress,
	mistakes,
	progressCodec,
	recordAnswer,
	recordExam,
	withoutUnknownQuestions,
	type ExamRecord,
	type Progress,
} from '../../src/lib/practice/progress';
import {
	checkImportSize,
	exportFileName,
	maxImportBytes,
	parseImport,
	serializeExport,
} from '../../src/lib/practice/transfer';
import { planSetAside } from '../../src/lib/practice/storage';
import { defaultSettings, settingsCodec } from '../../src/lib/practice/settings';

const at = (minute: number) => new Date(Date.UTC(2026, 10, 27, 10, minute)).toISOString();

function exam(id: string, finishedMinute: number, overrides: Partial<ExamRecord> = {}): ExamRecord {
	return {
		id,
		startedAt: at(0),
		finishedAt: at(finishedMinute),
		endedBy: 'candidate',
		requested: 2,
		durationMs: 60_000,
		elapsedMs: 30_000,
		questionIds: ['q-one', 'q-two'],
		answers: { 'q-one': [1] },
		marked: [],
		optionOrders: { 'q-one': [0, 1, 2, 3], 'q-two': [0, 1, 2, 3] },
		correct: 1,
		total: 2,
		blueprint: '2024-10',
		...overrides,
	};
}

describe('versioned documents', () => {
	interface V2 {
		format: 'demo';
		version: 2;
		name: string;
		tags: string[];
	}
	const codec: DocumentCodec<V2> = {
		format: 'demo',
		version: 2,
		schema: z.object({ format: z.literal('demo'), version: z.literal(2), name: z.string(), tags: z.array(z.string()) }),
		// Version 1 stored one `tag`; version 2 stores a list.
		migrations: { 1: ({ tag, ...rest }) => ({ ...rest, tags: typeof tag === 'string' ? [tag] : [] }) },
	};

	it('reads nothing as empty', () => {
		expect(decodeDocument(null, codec, 'It')).toEqual({ status: 'empty' });
		expect(decodeDocument('  ', codec, 'It')).toEqual({ status: 'empty' });
	});

	it('reads the current version', () => {
		const value: V2 = { format: 'demo', version: 2, name: 'a', tags: ['x'] };
		expect(decodeDocument(encodeDocument(value), codec, 'It')).toEqual({ status: 'ok', value });
	});

	it('migrates an older version step by step', () => {
		expect(decodeDocument('{"format":"demo","version":1,"name":"a","tag":"x"}', codec, 'It')).toEqual({
			status: 'ok',
			value: { format: 'demo', version: 2, name: 'a', tags: ['x'] },
			migratedFrom: 1,
		});
	});

	it('explains what is wrong with bad data', () => {
		const reason = (raw: string) => {
			const result = decodeDocument(raw, codec, 'The saved data');
			return result.status === 'invalid' ? result.reason : result.status;
		};
		expect(reason('{not json')).toBe('The saved data is not valid JSON.');
		expect(reason('[1,2]')).toMatch(/is not data from this study guide \(expected "format": "demo"\)/);
		expect(reason('{"format":"other","version":1}')).toMatch(/not data from this study guide/);
		expect(reason('{"format":"demo"}')).toBe('The saved data has no valid "version" number.');
		expect(reason('{"format":"demo","version":2,"name":5,"tags":"x"}')).toMatch(
			/^The saved data has invalid content: name: .*; tags: /
		);
		expect(reason('{"format":"demo","version":0}')).toMatch(/no valid "version"/);
	});

	it('refuses data from a newer version without calling it corrupt', () => {
		expect(decodeDocument('{"format":"demo","version":3}', codec, 'It')).toMatchObject({ status: 'newer', version: 3 });
	});

	it('reports a missing migration', () => {
		const noMigrations = { ...codec, migrations: {} };
		expect(decodeDocument('{"format":"demo","version":1}', noMigrations, 'It')).toMatchObject({
			status: 'invalid',
			reason: expect.stringContaining('can no longer read'),
		});
	});

	it('summarizes many issues', () => {
		const result = z.array(z.string()).safeParse([1, 2, 3, 4, 5]);
		expect(result.success).toBe(false);
		if (!result.success) expect(describeIssues(result.error)).toMatch(/^0: .*; 1: .*; 2: .*; and 2 more problems$/);
	});
});

describe('progress', () => {
	it('records attempts and the last answer per question', () => {
		let progress = recordAnswer(emptyProgress(), {
			questionId: 'q-one',
			selected: [2],
			correct: false,
			at: at(1),
			source: 'practice',
		});
		progress = recordAnswer(progress, {
			questionId: 'q-one',
			selected: [1],
			correct: true,
			at: at(2),
			source: 'practice',
		});
		expect(progress.answers['q-one']).toEqual({
			attempts: 2,
			correctAttempts: 1,
			lastSelected: [1],
			lastCorrect: true,
			lastAt: at(2),
			lastSource: 'practice',
		});
	});

	it('round-trips through its codec', () => {
		const progress = recordExam(emptyProgress(), exam('e1', 5), new Set(['q-one']));
		expect(decodeDocument(encodeDocument(progress), progressCodec, 'It')).toEqual({ status: 'ok', value: progress });
	});

	it('rejects impossible records', () => {
		const bad = recordAnswer(emptyProgress(), {
			questionId: 'q-one',
			selected: [1],
			correct: true,
			at: at(1),
			source: 'practice',
		});
		bad.answers['q-one']!.correctAttempts = 5;
		const result = decodeDocument(JSON.stringify(bad), progressCodec, 'It');
		expect(result).toMatchObject({
			status: 'invalid',
			reason: expect.stringContaining('answers.q-one.correctAttempts'),
		});
		const badId = { ...emptyProgress(), answers: { 'Not An Id': bad.answers['q-one'] } };
		expect(decodeDocument(JSON.stringify(badId), progressCodec, 'It').status).toBe('invalid');
	});

	it('records a finished exam once, with each answered question as an attempt', () => {
		const once = recordExam(emptyProgress(), exam('e1', 5), new Set(['q-one']));
		expect(once.exams.map((e) => e.id)).toEqual(['e1']);
		expect(once.answers['q-one']).toMatchObject({ attempts: 1, lastCorrect: true, lastSource: 'exam', lastAt: at(5) });
		expect(once.answers['q-two']).toBeUndefined();
		expect(recordExam(once, exam('e1', 5), new Set())).toBe(once);
	});

	it('keeps the most recent exams only', () => {
		let progress = emptyProgress();
		for (let i = 0; i < maxExamHistory + 3; i++) progress = recordExam(progress, exam(`e${i}`, i), new Set());
		expect(progress.exams).toHaveLength(maxExamHistory);
		expect(progress.exams[0]!.id).toBe('e3');
	});

	it('counts answered and correct questions of a group, ignoring unknown ids', () => {
		let progress = recordAnswer(emptyProgress(), {
			questionId: 'a',
			selected: [0],
			correct: true,
			at: at(1),
			source: 'practice',
		});
		progress = recordAnswer(progress, {
			questionId: 'b',
			selected: [0],
			correct: false,
			at: at(2),
			source: 'practice',
		});
		progress = recordAnswer(progress, {
			questionId: 'gone',
			selected: [0],
			correct: true,
			at: at(2),
			source: 'practice',
		});
		expect(countProgress(progress, ['a', 'b', 'c'])).toEqual({ total: 3, answered: 2, correct: 1 });
	});

	it('lists the questions last answered wrong, newest first', () => {
		let progress = emptyProgress();
		progress = recordAnswer(progress, {
			questionId: 'a',
			selected: [0],
			correct: false,
			at: at(1),
			source: 'practice',
		});
		progress = recordAnswer(progress, { questionId: 'b', selected: [0], correct: false, at: at(3), source: 'exam' });
		progress = recordAnswer(progress, {
			questionId: 'c',
			selected: [0],
			correct: false,
			at: at(2),
			source: 'practice',
		});
		progress = recordAnswer(progress, { questionId: 'c', selected: [1], correct: true, at: at(4), source: 'practice' });
		progress = recordAnswer(progress, {
			questionId: 'removed',
			selected: [1],
			correct: false,
			at: at(5),
			source: 'practice',
		});
		expect(mistakes(progress, new Set(['a', 'b', 'c'])).map((m) => m.id)).toEqual(['b', 'a']);
	});

	it('merges an import without losing either side: newer record wins, exams joined', () => {
		let mine: Progress = recordAnswer(emptyProgress(), {
			questionId: 'a',
			selected: [0],
			correct: false,
			at: at(5),
			source: 'practice',
		});
		mine = recordAnswer(mine, { questionId: 'b', selected: [0], correct: false, at: at(1), source: 'practice' });
		mine = recordExam(mine, exam('e1', 10), new Set());
		let theirs: Progress = recordAnswer(emptyProgress(), {
			questionId: 'a',
			selected: [1],
			correct: true,
			at: at(2),
			source: 'practice',
		});
		theirs = recordAnswer(theirs, { questionId: 'b', selected: [1], correct: true, at: at(3), source: 'practice' });
		theirs = recordAnswer(theirs, { questionId: 'c', selected: [1], correct: true, at: at(3), source: 'practice' });
		theirs = { ...theirs, exams: [exam('e1', 10), exam('e0', 4)] };
		const merged = mergeProgress(mine, theirs);
		expect(merged.progress.answers.a!.lastCorrect).toBe(false);
		expect(merged.progress.answers.b!.lastCorrect).toBe(true);
		expect(merged.progress.answers.c!.lastCorrect).toBe(true);
		expect(merged.answersTaken).toBe(2);
		expect(merged.examsAdded).toBe(1);
		expect(merged.progress.exams.map((e) => e.id)).toEqual(['e0', 'e1']);
		expect(mergeProgress(merged.progress, merged.progress)).toMatchObject({ answersTaken: 0, examsAdded: 0 });
	});
});

describe('export and import', () => {
	const progress = recordAnswer(emptyProgress(), {
		questionId: 'q-one',
		selected: [1],
		correct: true,
		at: at(1),
		source: 'practice',
	});

	it('names the file by date and round-trips an export', () => {
		const now = new Date(at(30));
		expect(exportFileName(now)).toBe('pmle-practice-progress-2026-11-27.json');
		const text = serializeExport(progress, now);
		expect(JSON.parse(text).exportedAt).toBe(now.toISOString());
		expect(parseImport(text, text.length, now)).toEqual({ status: 'ok', value: progress });
	});

	it('refuses empty, foreign, corrupt and oversized files with a clear reason', () => {
		const now = new Date(at(30));
		expect(parseImport('', 0, now)).toEqual({ status: 'invalid', reason: 'The file is empty.' });
		expect(parseImport('{"hello":1}', 11, now)).toMatchObject({
			status: 'invalid',
			reason: expect.stringContaining('not data from this study guide'),
		});
		expect(
			parseImport('{"format":"pmle-practice-progress","version":1,"answers":[],"exams":{}}', 70, now)
		).toMatchObject({
			status: 'invalid',
			reason: expect.stringMatching(/^The file has invalid content: answers: .*exams: /),
		});
		expect(parseImport('{}', maxImportBytes + 1, now)).toMatchObject({
			status: 'invalid',
			reason: expect.stringContaining('never larger than 5 MB'),
		});
	});
});

describe('implausible and hostile imports', () => {
	const now = new Date(at(30));
	const fileWith = (exams: ExamRecord[]) => serializeExport({ ...emptyProgress(), exams }, new Date(at(20)));
	const reasonFor = (text: string) => {
		const result = parseImport(text, text.length, now);
		return result.status === 'invalid' ? result.reason : result.status;
	};

	it('checks the size before the content is read', () => {
		expect(checkImportSize(0)).toBe('The file is empty.');
		expect(checkImportSize(maxImportBytes + 1)).toContain('never larger than 5 MB');
		expect(checkImportSize(2_000)).toBeUndefined();
	});

	it('refuses scores, clocks and dates that cannot be right, naming the field', () => {
		expect(reasonFor(fileWith([exam('e1', 10)]))).toBe('ok');
		expect(reasonFor(fileWith([exam('e1', 10, { correct: 999, total: 1 })]))).toMatch(
			/exams\.0\.correct: correct cannot exceed total.*exams\.0\.total: total must equal the number of questions/
		);
		expect(reasonFor(fileWith([exam('e1', 10, { elapsedMs: 1e15 })]))).toContain(
			'exams.0.elapsedMs: elapsedMs cannot exceed durationMs'
		);
		expect(reasonFor(fileWith([exam('e1', 10, { durationMs: 1e15, elapsedMs: 1e15 })]))).toContain(
			'exams.0.durationMs'
		);
		expect(reasonFor(fileWith([exam('e1', 10, { startedAt: at(20) })]))).toContain(
			'exams.0.finishedAt: finishedAt cannot be before startedAt'
		);
		expect(reasonFor(fileWith([exam('e1', 10, { answers: { elsewhere: [0] } })]))).toContain(
			'answers and marked may only name questions listed in questionIds'
		);
		const attempts = recordAnswer(emptyProgress(), {
			questionId: 'q-one',
			selected: [0],
			correct: true,
			at: at(1),
			source: 'practice',
		});
		attempts.answers['q-one']!.attempts = 1e9;
		expect(reasonFor(serializeExport(attempts, now))).toContain('answers.q-one.attempts');
	});

	it('refuses dates in the future beyond a day of clock difference', () => {
		const farFuture = exam('e1', 10, { finishedAt: '9999-12-31T00:00:00.000Z' });
		expect(reasonFor(fileWith([farFuture]))).toBe(
			'The file has a date in the future (exams.0.finishedAt: 9999-12-31T00:00:00.000Z); check the clock of the device that exported it.'
		);
		const answer = recordAnswer(emptyProgress(), {
			questionId: 'q-one',
			selected: [0],
			correct: true,
			at: new Date(now.getTime() + 2 * 86_400_000).toISOString(),
			source: 'practice',
		});
		expect(reasonFor(serializeExport(answer, now))).toMatch(
			/^The file has a date in the future \(answers\.q-one\.lastAt/
		);
		const slightlyAhead = exam('e1', 10, { finishedAt: new Date(now.getTime() + 3_600_000).toISOString() });
		expect(reasonFor(fileWith([slightlyAhead]))).toBe('ok');
	});

	it('leaves out answer records of questions the bank does not have, and names them', () => {
		let progress = recordAnswer(emptyProgress(), {
			questionId: 'q-one',
			selected: [0],
			correct: true,
			at: at(1),
			source: 'practice',
		});
		progress = recordAnswer(progress, { questionId: 'gone', selected: [0], correct: true, at: at(1), source: 'exam' });
		progress = recordExam(progress, exam('e1', 10), new Set());
		const result = withoutUnknownQuestions(progress, new Set(['q-one']));
		expect(result.unknownIds).toEqual(['gone']);
		expect(Object.keys(result.progress.answers)).toEqual(['q-one']);
		expect(result.progress.exams).toHaveLength(1);
		expect(withoutUnknownQuestions(result.progress, new Set(['q-one'])).progress).toBe(result.progress);
	});

	it('never evicts local exams when an import would overflow the history, and counts what was left out', () => {
		const mine = recordExam(emptyProgress(), exam('local', 0), new Set());
		const theirs = {
			...emptyProgress(),
			exams: Array.from({ length: maxExamHistory }, (_, i) => exam(`imported-${i}`, i + 1)),
		};
		const merged = mergeProgress(mine, theirs);
		expect(merged.progress.exams).toHaveLength(maxExamHistory);
		expect(merged.progress.exams.map((e) => e.id)).toContain('local');
		expect(merged.progress.exams.map((e) => e.id)).not.toContain('imported-0');
		expect(merged).toMatchObject({ examsAdded: maxExamHistory - 1, examsSkipped: 1 });
		const full = mergeProgress(merged.progress, {
			...emptyProgress(),
			exams: [exam('late', 59)],
		});
		expect(full).toMatchObject({ examsAdded: 0, examsSkipped: 1 });
		expect(full.progress.exams).toEqual(merged.progress.exams);
	});
});

describe('setting unreadable data aside', () => {
	const key = 'pmle-practice:progress';
	const now = new Date(at(30));

	it('keeps every copy under a dated key, up to a bound, dropping the oldest first', () => {
		expect(planSetAside(key, ['other', key], now)).toEqual({
			key: `${key}:unreadable:${now.toISOString()}`,
			remove: [],
		});
		const earlier = [1, 2, 3, 4].map((m) => `${key}:unreadable:${at(m)}`);
		expect(planSetAside(key, [...earlier].reverse(), now).remove).toEqual([]);
		// The bare key of earlier versions counts as the oldest copy.
		expect(planSetAside(key, [...earlier, `${key}:unreadable`], now).remove).toEqual([`${key}:unreadable`]);
		expect(planSetAside(key, [...earlier, `${key}:unreadable:${at(5)}`], now, 3).remove).toEqual(earlier.slice(0, 3));
	});

	it('never reuses a key that is already taken', () => {
		const taken = `${key}:unreadable:${now.toISOString()}`;
		expect(planSetAside(key, [taken], now).key).toBe(`${taken}-2`);
		expect(planSetAside(key, [taken, `${taken}-2`], now).key).toBe(`${taken}-3`);
		expect(planSetAside('pmle-practice:exam', [taken], now).key).toBe(
			`pmle-practice:exam:unreadable:${now.toISOString()}`
		);
	});
});

describe('settings', () => {
	it('defaults to shuffled options and validates stored settings', () => {
		expect(defaultSettings.shuffleOptions).toBe(true);
		expect(
			decodeDocument(JSON.stringify({ ...defaultSettings, shuffleOptions: false }), settingsCodec, 'It')
		).toMatchObject({
			status: 'ok',
			value: { shuffleOptions: false },
		});
		expect(
			decodeDocument(JSON.stringify({ ...defaultSettings, shuffleOptions: 'yes' }), settingsCodec, 'It').status
		).toBe('invalid');
	});
});
