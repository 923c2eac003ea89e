import { describe, expect, it } from 'vitest';
import {
	examHistory,
	nextSteps,
	objectiveWeights,
	priority,
	readiness,
	stepFor,
	stepLabel,
	stepLink,
	untouched,
	weightText,
	type ObjectiveFigures,
} from '../../src/lib/readiness/readiness';
import { movedObjectives, readinessOutline } from '../../src/lib/readiness/outline';
import { blueprint2026, objectiveIds } from '../../src/lib/registry';
import type { BankBlueprint } from '../../src/lib/practice/blueprints';

const base = untouched({ id: '1.1', weight: 5, pages: 1, questions: 10, cards: 10 });
const figures = (overrides: Partial<ObjectiveFigures>): ObjectiveFigures => ({ ...base, ...overrides });

describe('readiness score', () => {
	it('is 0 with nothing done and 1 with everything studied, right and remembered', () => {
		expect(readiness(base)).toBe(0);
		expect(readiness(figures({ studied: 1, answered: 10, correct: 10, reviewed: 10, recall: 10 }))).toBe(1);
	});

	it('weighs studied 0.2, practice 0.5 and flashcards 0.3, counting unanswered and unreviewed as 0', () => {
		expect(readiness(figures({ studied: 1 }))).toBeCloseTo(0.2);
		expect(readiness(figures({ answered: 10, correct: 5 }))).toBeCloseTo(0.25);
		expect(readiness(figures({ answered: 2, correct: 2 }))).toBeCloseTo(0.1);
		expect(readiness(figures({ reviewed: 5, recall: 4.5 }))).toBeCloseTo(0.135);
	});

	it('leaves out parts the objective does not have and scales the others up', () => {
		expect(readiness(figures({ pages: 0, cards: 0, answered: 10, correct: 8 }))).toBeCloseTo(0.8);
		expect(readiness(figures({ cards: 0, studied: 1 }))).toBeCloseTo(0.2 / 0.7);
		expect(readiness(figures({ pages: 0, questions: 0, cards: 0 }))).toBe(0);
	});

	it('sets priority to weight times what is missing', () => {
		expect(priority(figures({ weight: 10 }))).toBe(10);
		expect(priority(figures({ weight: 10, answered: 10, correct: 10 }))).toBeCloseTo(5);
	});
});

describe('what to do next', () => {
	it('studies first, then answers new questions, retries weak ones, then reviews cards', () => {
		expect(stepFor(base)).toMatchObject({ kind: 'study', count: 1 });
		expect(stepFor(figures({ studied: 1, answered: 4, correct: 4 }))).toMatchObject({ kind: 'practice', count: 6 });
		expect(stepFor(figures({ studied: 1, answered: 10, correct: 7 }))).toMatchObject({ kind: 'retry', count: 3 });
		expect(stepFor(figures({ studied: 1, answered: 10, correct: 9, reviewed: 4, recall: 3, due: 2 }))).toMatchObject({
			kind: 'cards',
			count: 8,
		});
		expect(stepFor(figures({ studied: 1, answered: 10, correct: 10, reviewed: 10, recall: 9.5 }))).toBeUndefined();
	});

	it('ranks the heaviest objectives first on a first visit, the weakest heavy ones later', () => {
		const objectives = [
			figures({ id: '1.1', weight: 4 }),
			figures({ id: '4.1', weight: 10 }),
			figures({ id: '3.1', weight: 7 }),
			figures({ id: '4.2', weight: 10 }),
		];
		expect(nextSteps(objectives, 3).map((s) => s.objective)).toEqual(['4.1', '4.2', '3.1']);
		const progressed = objectives.map((o) =>
			o.id.startsWith('4') ? { ...o, studied: 1, answered: 10, correct: 10, reviewed: 10, recall: 9.6 } : o
		);
		expect(nextSteps(progressed).map((s) => s.objective)).toEqual(['3.1', '1.1']);
	});

	it('labels steps as links', () => {
		expect(stepLabel({ objective: '1.1', kind: 'study', count: 1, readiness: 0 }, 'BigQuery ML')).toBe(
			'Read “BigQuery ML”'
		);
		expect(stepLabel({ objective: '1.1', kind: 'practice', count: 1, readiness: 0 })).toBe(
			'Answer 1 new question of 1.1'
		);
		expect(stepLabel({ objective: '1.1', kind: 'retry', count: 3, readiness: 0 })).toBe(
			'Retry 1.1: 3 questions last answered wrong'
		);
		expect(stepLabel({ objective: '1.1', kind: 'cards', count: 2, readiness: 0 })).toBe('Review 2 flashcards of 1.1');
		expect(weightText(13 / 3)).toBe('4.3%');
		expect(weightText(10)).toBe('10%');
	});
});

describe('weights and outline', () => {
	it('shares a section weight evenly among its objectives', () => {
		expect(objectiveWeights([{ weight: 12, objectiveIds: ['a', 'b', 'c'] }])).toEqual(
			new Map([
				['a', 4],
				['b', 4],
				['c', 4],
			])
		);
	});

	it('groups all 16 objectives under the June 2026 sections, 5.3 under Section 2, weights summing to the guide', () => {
		const outline = readinessOutline(
			[{ id: 'section-1/bigquery-ml', title: 'BigQuery ML', objectives: ['1.1'] }],
			new Map([['1.1', ['q1', 'q2']]]),
			[{ id: 'c1', objective: '1.1' }]
		);
		expect(outline.map((s) => s.weight)).toEqual(blueprint2026.sections.map((s) => s.weight));
		expect(outline.flatMap((s) => s.objectives.map((o) => o.id)).sort()).toEqual([...objectiveIds].sort());
		expect(outline.find((s) => s.id === '2')!.objectives.map((o) => o.id)).toContain('5.3');
		// Each weight is its June 2026 section's, shared by the 2024-10 objectives counted toward it (1.3 into 1.1, 5.3 into 2.3).
		const weightOf = (id: string) => outline.flatMap((s) => s.objectives).find((o) => o.id === id)!.weight;
		const sectionWeight = (id: string) => blueprint2026.sections.find((s) => s.id === id)!.weight;
		expect(outline.find((s) => s.id === '1')!.objectives.map((o) => o.id)).toEqual(['1.1', '1.2', '1.3']);
		expect(weightOf('1.3')).toBeCloseTo(sectionWeight('1') / 3);
		expect(outline.find((s) => s.id === '2')!.objectives.map((o) => o.id)).toEqual(['2.1', '2.2', '2.3', '5.3']);
		expect(weightOf('5.3')).toBeCloseTo(sectionWeight('2') / 4);
		expect(outline.find((s) => s.id === '5')!.objectives.map((o) => o.id)).toEqual(['5.1', '5.2']);
		expect(weightOf('5.1')).toBeCloseTo(sectionWeight('5') / 2);
		const total = outline.flatMap((s) => s.objectives).reduce((sum, o) => sum + o.weight, 0);
		expect(total).toBeCloseTo(blueprint2026.sections.reduce((sum, s) => sum + s.weight, 0));
		expect(outline[0]!.objectives[0]).toMatchObject({
			id: '1.1',
			pages: [{ id: 'section-1/bigquery-ml', path: '/section-1/bigquery-ml/', title: 'BigQuery ML' }],
			questionIds: ['q1', 'q2'],
			cardIds: ['c1'],
		});
	});
});

describe('mock exam history', () => {
	const blueprints: BankBlueprint[] = [
		{
			id: '2026-06',
			sections: [
				{ id: '1', title: 'One', weight: 50 },
				{ id: '2', title: 'Two', weight: 50 },
			],
			sectionOf: { '1.1': '1', '5.3': '2' },
		},
		{ id: '2024-10', sections: [], sectionOf: {} },
	];
	const question = (id: string, objective: string) => ({
		id,
		section: objective.split('.')[0]!,
		objective,
		select: 1,
		options: [{ correct: true }, { correct: false }],
	});
	const questions = [question('a', '1.1'), question('b', '5.3'), question('c', '5.3')];
	const exam = (id: string, finishedAt: string, answers: Record<string, number[]>) => ({
		id,
		finishedAt,
		blueprint: '2026-06' as const,
		questionIds: ['a', 'b', 'c', 'gone'],
		answers,
	});

	it('scores the newest exams per section of their guide, leaving out removed questions', () => {
		const lines = examHistory(
			[exam('old', '2026-11-01T10:00:00Z', {}), exam('new', '2026-11-20T10:00:00Z', { a: [0], b: [0], c: [1] })],
			{ blueprints, questions },
			1
		);
		expect(lines).toHaveLength(1);
		expect(lines[0]).toMatchObject({
			id: 'new',
			overall: { correct: 2, total: 3 },
			sections: [
				{ id: '1', correct: 1, total: 1, percent: 100 },
				{ id: '2', correct: 1, total: 2, percent: 50 },
			],
		});
	});
});

describe('step links', () => {
	const links = {
		pages: [
			{ id: 'section-1/a', href: '/section-1/a/', title: 'A' },
			{ id: 'section-1/b', href: '/section-1/b/', title: 'B' },
		],
		practiceHref: '/practice/1.1/',
		cardsHref: '/flashcards/1.1/',
	};
	const step = (kind: 'study' | 'practice' | 'retry' | 'cards') => ({ objective: '1.1', kind, count: 2, readiness: 0 });

	it('opens the first page not yet studied, the deck, or the practice page', () => {
		expect(stepLink(step('study'), links)).toEqual({ href: '/section-1/a/', label: 'Read “A”' });
		expect(stepLink(step('study'), links, (id) => id === 'section-1/a')).toEqual({
			href: '/section-1/b/',
			label: 'Read “B”',
		});
		expect(stepLink(step('cards'), links).href).toBe('/flashcards/1.1/');
		expect(stepLink(step('practice'), links).href).toBe('/practice/1.1/');
		expect(stepLink(step('retry'), links)).toEqual({
			href: '/practice/1.1/',
			label: 'Retry 1.1: 2 questions last answered wrong',
		});
	});
});

describe('objectives counted toward another section', () => {
	it('are read from the mapping: 5.3 toward Section 2 in the June 2026 guide', () => {
		expect(movedObjectives(readinessOutline([], new Map(), []))).toEqual([{ id: '5.3', section: '2' }]);
	});
});
