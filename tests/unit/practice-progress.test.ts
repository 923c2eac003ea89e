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
	type ExamRecord,
	type Progress,
} from '../../src/lib/practice/progress';
import { exportFileName, maxImportBytes, parseImport, serializeExport } from '../../src/lib/practice/transfer';
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
		expect(parseImport(text, text.length)).toEqual({ status: 'ok', value: progress });
	});

	it('refuses empty, foreign, corrupt and oversized files with a clear reason', () => {
		expect(parseImport('', 0)).toEqual({ status: 'invalid', reason: 'The file is empty.' });
		expect(parseImport('{"hello":1}', 11)).toMatchObject({
			status: 'invalid',
			reason: expect.stringContaining('not data from this study guide'),
		});
		expect(parseImport('{"format":"pmle-practice-progress","version":1,"answers":[],"exams":{}}', 70)).toMatchObject({
			status: 'invalid',
			reason: expect.stringMatching(/^The file has invalid content: answers: .*exams: /),
		});
		expect(parseImport('{}', maxImportBytes + 1)).toMatchObject({
			status: 'invalid',
			reason: expect.stringContaining('never larger than 5 MB'),
		});
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
