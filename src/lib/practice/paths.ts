/**
 * Paths of the practice pages (root-relative, without the base path; pass them
 * through `withBase`). The per-objective path is `practicePath` in ../urls.ts.
 */
export { practicePath as objectivePracticePath } from '../urls';

export const practiceHubPath = '/practice/';
export const allQuestionsPath = '/practice/all/';
export const reviewPath = '/practice/review/';
export const mockExamPath = '/practice/mock-exam/';
/** The question bank the mock exam and the review page load. */
export const questionBankPath = '/practice/questions.json';

/** `/practice/section-1/` for section `1`. */
export function sectionPracticePath(sectionId: string): string {
	return `/practice/section-${sectionId}/`;
}

/** The readiness dashboard: studied pages, practice, flashcards and mock exams by objective. */
export const readinessPath = '/practice/readiness/';
