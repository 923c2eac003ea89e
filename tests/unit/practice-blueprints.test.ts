import { describe, expect, it } from 'vitest';
import { bankBlueprints } from '../../src/lib/practice/bank';
import {
	blueprintPools,
	defaultExamBlueprint,
	examBlueprint,
	examBlueprintIds,
	inBlueprintSections,
	legacyExamBlueprint,
	parseExamBlueprint,
	weightedByText,
} from '../../src/lib/practice/blueprints';
import { examCodec, finishExam, startExam } from '../../src/lib/practice/exam';
import { progressCodec } from '../../src/lib/practice/progress';
import { seededRandom } from '../../src/lib/practice/random';
import { drawExam, planSectionCounts } from '../../src/lib/practice/sampling';
import { scoreAnswers } from '../../src/lib/practice/scoring';
import { decodeDocument, encodeDocument } from '../../src/lib/practice/storage';
import { blueprint2024, blueprint2026, subObjectives } from '../../src/lib/registry';

const blueprints = bankBlueprints();
const june = examBlueprint({ blueprints }, '2026-06');
const october = examBlueprint({ blueprints }, '2024-10');

/** A bank of `perObjective` questions on every 2024-10 sub-objective. */
function questionsPerObjective(perObjective: number) {
	return subObjectives.flatMap((o) =>
		Array.from({ length: perObjective }, (_, i) => ({
			id: `q-${o.id.replace('.', '-')}-${i}`,
			section: o.id[0]!,
			objective: o.id,
		}))
	);
}

describe('mock-exam blueprints', () => {
	it('offers the registry blueprints, June 2026 first and by default', () => {
		expect([...examBlueprintIds].sort()).toEqual([blueprint2024.id, blueprint2026.id].sort());
		expect(blueprints.map((b) => b.id)).toEqual(['2026-06', '2024-10']);
		expect(defaultExamBlueprint).toBe('2026-06');
		expect(parseExamBlueprint('2024-10')).toBe('2024-10');
		expect(parseExamBlueprint('1999-01')).toBe('2026-06');
		expect(parseExamBlueprint(undefined)).toBe('2026-06');
		expect(weightedByText('2026-06')).toBe('Weighted by the June 2026 guide');
		expect(weightedByText('2024-10')).toBe('Weighted by the 2024-10 guide');
	});

	it('carries each blueprint’s weights and the section every 2024-10 sub-objective counts toward', () => {
		expect(june.sections.map((s) => s.weight)).toEqual([13, 16, 21, 20, 18, 13]);
		expect(october.sections.map((s) => s.weight)).toEqual(blueprint2024.sections.map((s) => s.weight));
		expect(Object.keys(june.sectionOf).sort()).toEqual(subObjectives.map((o) => o.id).sort());
		expect(june.sectionOf['5.3']).toBe('2');
		expect(june.sectionOf['1.3']).toBe('1');
		expect(october.sectionOf['5.3']).toBe('5');
		for (const o of subObjectives) expect(october.sectionOf[o.id]).toBe(o.id[0]);
	});

	it('pools the questions by the sections of the chosen blueprint', () => {
		const questions = questionsPerObjective(2);
		const junePools = blueprintPools(june, questions);
		const octoberPools = blueprintPools(october, questions);
		const size = (pools: typeof junePools, id: string) => pools.find((p) => p.id === id)!.questionIds.length;
		// Section 2 gains 5.3's questions in June 2026; Section 5 loses them.
		expect(size(junePools, '2')).toBe(size(octoberPools, '2') + 2);
		expect(size(junePools, '5')).toBe(size(octoberPools, '5') - 2);
		expect(junePools.find((p) => p.id === '2')!.questionIds).toContain('q-5-3-0');
		expect(junePools.map((p) => p.weight)).toEqual([13, 16, 21, 20, 18, 13]);
		expect(junePools.flatMap((p) => p.questionIds).sort()).toEqual(questions.map((q) => q.id).sort());
	});

	it('draws a 50-question exam by the June 2026 weights', () => {
		const questions = questionsPerObjective(20);
		const draw = drawExam(blueprintPools(june, questions), 50, seededRandom(7));
		expect(draw.questionIds).toHaveLength(50);
		const bySection = new Map<string, number>();
		for (const id of draw.questionIds) {
			const q = questions.find((x) => x.id === id)!;
			const section = june.sectionOf[q.objective]!;
			bySection.set(section, (bySection.get(section) ?? 0) + 1);
		}
		// 50 × weight / 101, by the largest remainder; Sections 1 and 6 tie at 13%, and the earlier one gets the seat.
		const plan = planSectionCounts(
			june.sections.map((s) => ({ id: s.id, weight: s.weight, available: 1000 })),
			50
		);
		expect(Object.fromEntries(plan)).toEqual({ '1': 7, '2': 8, '3': 10, '4': 10, '5': 9, '6': 6 });
		expect(Object.fromEntries(bySection)).toEqual(Object.fromEntries(plan));
		for (const s of june.sections) expect(Math.abs(plan.get(s.id)! - (50 * s.weight) / 101)).toBeLessThan(1);
		// The 2024-10 weights give Section 5 more and Section 3 fewer.
		const octoberPlan = planSectionCounts(
			october.sections.map((s) => ({ id: s.id, weight: s.weight, available: 1000 })),
			50
		);
		expect(octoberPlan.get('5')!).toBeGreaterThan(plan.get('5')!);
		expect(octoberPlan.get('3')!).toBeLessThan(plan.get('3')!);
	});

	it('scores per section of the blueprint the exam was weighted by', () => {
		const questions = [
			{ id: 'q-a', section: '5', objective: '5.3', select: 1, options: [{ correct: true }, { correct: false }] },
			{ id: 'q-b', section: '2', objective: '2.3', select: 1, options: [{ correct: true }, { correct: false }] },
		];
		const answers = { 'q-a': [0], 'q-b': [1] };
		expect(scoreAnswers(inBlueprintSections(june, questions), answers).sections).toEqual([
			{ id: '2', total: 2, correct: 1, percent: 50 },
		]);
		expect(scoreAnswers(inBlueprintSections(october, questions), answers).sections.map((s) => s.id)).toEqual([
			'2',
			'5',
		]);
		expect(() => examBlueprint({ blueprints: [] }, '2026-06')).toThrow(/no data for the June 2026 guide/);
	});
});

describe('the blueprint in stored exams and records', () => {
	const started = startExam({
		id: 'exam-1',
		startedAt: '2026-11-27T10:00:00.000Z',
		requested: 1,
		questionIds: ['q-one'],
		optionOrders: { 'q-one': [0, 1] },
		durationMs: 60_000,
		blueprint: '2026-06',
	});

	it('keeps the chosen blueprint through storage and into the history record', () => {
		expect(decodeDocument(encodeDocument(started), examCodec, 'The exam')).toEqual({ status: 'ok', value: started });
		const { record } = finishExam(
			started,
			[{ id: 'q-one', section: '1', objective: '1.1', select: 1, options: [{ correct: true }, { correct: false }] }],
			'candidate',
			'2026-11-27T10:01:00.000Z'
		);
		expect(record.blueprint).toBe('2026-06');
	});

	it('reads an exam stored before the choice existed as weighted by 2024-10', () => {
		const { blueprint: _omitted, ...old } = started;
		const result = decodeDocument(JSON.stringify(old), examCodec, 'The exam');
		expect(result).toMatchObject({ status: 'ok', value: { blueprint: legacyExamBlueprint } });
		expect(legacyExamBlueprint).toBe('2024-10');
	});

	it('reads history records stored before the choice existed as weighted by 2024-10, and refuses unknown ones', () => {
		const record = {
			id: 'exam-old',
			startedAt: '2026-11-27T10:00:00.000Z',
			finishedAt: '2026-11-27T10:30:00.000Z',
			endedBy: 'candidate',
			requested: 1,
			durationMs: 60_000,
			elapsedMs: 30_000,
			questionIds: ['q-one'],
			answers: {},
			marked: [],
			optionOrders: {},
			correct: 0,
			total: 1,
		};
		const stored = (exams: object[]) =>
			JSON.stringify({ format: 'pmle-practice-progress', version: 1, answers: {}, exams });
		const old = decodeDocument(stored([record]), progressCodec, 'The progress');
		expect(old.status === 'ok' && old.value.exams[0]!.blueprint).toBe('2024-10');
		const june = decodeDocument(stored([{ ...record, blueprint: '2026-06' }]), progressCodec, 'The progress');
		expect(june.status === 'ok' && june.value.exams[0]!.blueprint).toBe('2026-06');
		const unknown = decodeDocument(stored([{ ...record, blueprint: '2030-01' }]), progressCodec, 'The progress');
		expect(unknown.status === 'invalid' && unknown.reason).toContain('blueprint');
	});
});
