/**
 * Build-time view of the question collection for the practice pages: sorting,
 * grouping by objective, and the client-side bank (`/practice/questions.json`)
 * with rendered HTML, registry titles and weights, and study-page links.
 */
import type { Question } from '../../schemas/question';
import { sectionIdOf } from '../ids';
import type { StudyPageInfo } from '../coverage';
import { objectiveCoverage } from '../coverage';
import { escapeHtml, renderInlineMarkdown } from '../inline-markdown';
import { june2026SectionOf } from '../june-2026';
import { blueprint2024, blueprint2026, getConsideration, sections, subObjectives } from '../registry';
import { examBlueprintIds, type BankBlueprint } from './blueprints';
import { withBase } from '../urls';
import { objectivePracticePath, sectionPracticePath } from './paths';
import type { PracticeBank, PracticeQuestion } from './types';

const numeric = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true });

/** Blueprint order: objective, then consideration, then id. */
export function sortQuestions<T extends Pick<Question, 'objective' | 'consideration' | 'id'>>(
	questions: readonly T[]
): T[] {
	return [...questions].sort(
		(a, b) => numeric(a.objective, b.objective) || numeric(a.consideration, b.consideration) || a.id.localeCompare(b.id)
	);
}

/** Inline HTML for a label or list item: paragraphs joined by line breaks instead of wrapped in `<p>`. */
export function renderInlineFragment(markdown: string): string {
	return renderInlineMarkdown(markdown)
		.replace(/^<p>|<\/p>$/g, '')
		.replaceAll('</p><p>', '<br><br>');
}

export interface ObjectiveGroup<T> {
	objectiveId: string;
	title: string;
	sectionId: string;
	questions: T[];
}

/** Questions grouped by objective, in blueprint order; objectives without questions are left out. */
export function groupByObjective<T extends Pick<Question, 'objective' | 'consideration' | 'id'>>(
	questions: readonly T[]
): ObjectiveGroup<T>[] {
	return subObjectives
		.map((objective) => ({
			objectiveId: objective.id,
			title: objective.title,
			sectionId: sectionIdOf(objective.id),
			questions: sortQuestions(questions.filter((q) => q.objective === objective.id)),
		}))
		.filter((group) => group.questions.length > 0);
}

/** Question IDs per objective, in blueprint order: what the hub's progress cells count. */
export function questionIdsByObjective(
	questions: readonly Pick<Question, 'objective' | 'consideration' | 'id'>[]
): Map<string, string[]> {
	return new Map(groupByObjective(questions).map((group) => [group.objectiveId, group.questions.map((q) => q.id)]));
}

/**
 * A question's explanation as HTML, closing with the consideration it tests.
 * The consideration is named only here, with the answer: shown before, its label
 * ("Choosing the BigQuery ML model type") would hint at what the question wants.
 */
export function explanationHtml(question: Pick<Question, 'explanation' | 'consideration'>): string {
	const label = getConsideration(question.consideration)?.label;
	const tests = `Tests consideration ${question.consideration}${label ? `: ${escapeHtml(label)}` : ''}.`;
	return `${renderInlineMarkdown(question.explanation)}<p class="question-tests">${tests}</p>`;
}

/** The client-side form of one question; `href` is its permanent deep link. */
export function toPracticeQuestion(question: Question, base: string): PracticeQuestion {
	return {
		id: question.id,
		section: sectionIdOf(question.objective),
		objective: question.objective,
		consideration: question.consideration,
		select: question.select,
		difficulty: question.difficulty,
		stemHtml: renderInlineMarkdown(question.stem),
		options: question.options.map((option) => ({
			html: renderInlineFragment(option.text),
			correct: option.correct,
			whyHtml: renderInlineFragment(option.why),
		})),
		explanationHtml: explanationHtml(question),
		sources: question.sources.map((s) => ({ title: s.title, url: s.url })),
		href: `${withBase(objectivePracticePath(question.objective), base)}#${question.id}`,
	};
}

/**
 * The blueprints a mock exam can be weighted by, in the order the setup offers
 * them: each with its section weights and the section every 2024-10
 * sub-objective (and so every question) counts toward, from the registry's
 * 2024-10 → 2026-06 mapping.
 */
export function bankBlueprints(): BankBlueprint[] {
	const fromRegistry: Record<string, Omit<BankBlueprint, 'id'>> = {
		[blueprint2026.id]: {
			sections: blueprint2026.sections.map(({ id, title, weight }) => ({ id, title, weight })),
			sectionOf: Object.fromEntries(subObjectives.map((o) => [o.id, june2026SectionOf(o.id)])),
		},
		[blueprint2024.id]: {
			sections: sections.map(({ id, title, weight }) => ({ id, title, weight })),
			sectionOf: Object.fromEntries(subObjectives.map((o) => [o.id, sectionIdOf(o.id)])),
		},
	};
	return examBlueprintIds.map((id) => {
		const data = fromRegistry[id];
		if (!data) {
			throw new Error(
				`src/lib/practice/blueprints.ts: examBlueprintIds names "${id}", but the registry has no blueprint with that id (it has ${Object.keys(fromRegistry).join(', ')}).`
			);
		}
		return { id, ...data };
	});
}

export function buildPracticeBank(
	questions: readonly Question[],
	studyPages: readonly StudyPageInfo[],
	base: string
): PracticeBank {
	const coverage = objectiveCoverage(studyPages);
	const withQuestions = new Set(questions.map((q) => q.objective));
	return {
		format: 'pmle-practice-bank',
		version: 1,
		sections: sections.map((section) => ({
			id: section.id,
			title: section.title,
			weight: section.weight,
			...(section.subObjectives.some((o) => withQuestions.has(o.id)) && {
				practiceHref: withBase(sectionPracticePath(section.id), base),
			}),
		})),
		objectives: subObjectives.map((objective) => {
			const study = coverage.get(objective.id);
			return {
				id: objective.id,
				section: sectionIdOf(objective.id),
				title: objective.title,
				...(withQuestions.has(objective.id) && { practiceHref: withBase(objectivePracticePath(objective.id), base) }),
				...(study && { study: { href: withBase(study.path, base), title: study.title } }),
			};
		}),
		blueprints: bankBlueprints(),
		questions: sortQuestions(questions).map((q) => toPracticeQuestion(q, base)),
	};
}
