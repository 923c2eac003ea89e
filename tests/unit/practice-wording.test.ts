import { describe, expect, it } from 'vitest';
import {
	chooseText,
	describeSupply,
	joinWords,
	navigatorSummary,
	plural,
	progressText,
	resumeNote,
	selectionHint,
	shortExamNote,
	submitWarning,
	verdictText,
} from '../../src/lib/practice/wording';

describe('practice wording', () => {
	it('writes plurals and lists', () => {
		expect(plural(1, 'question')).toBe('1 question');
		expect(plural(0, 'question')).toBe('0 questions');
		expect(joinWords([])).toBe('');
		expect(joinWords(['2'])).toBe('2');
		expect(joinWords(['2', '3', '4'])).toBe('2, 3 and 4');
	});

	it('says how many options to choose, and why an answer cannot be checked yet', () => {
		expect(chooseText(1)).toBe('Choose one answer');
		expect(chooseText(2)).toBe('Choose two answers');
		expect(selectionHint(1, 0)).toBe('Choose one answer first.');
		expect(selectionHint(2, 1)).toBe('Choose two answers: you chose 1.');
		expect(selectionHint(2, 3)).toBe('Choose two answers: you chose 3.');
		expect(selectionHint(2, 2)).toBeUndefined();
	});

	it('words the verdict with the displayed letters', () => {
		expect(verdictText(true, 'B', 'B', 1)).toBe('Correct: B.');
		expect(verdictText(false, 'A', 'C', 1)).toBe('Incorrect. You chose A; the correct answer is C.');
		expect(verdictText(false, 'A and B', 'B and E', 2)).toBe(
			'Incorrect. You chose A and B; the correct answers are B and E.'
		);
	});

	it('shows progress counts as cells or a sentence', () => {
		const count = { total: 13, answered: 5, correct: 4 };
		expect(progressText('answered', count)).toBe('5 of 13');
		expect(progressText('correct', count)).toBe('4');
		expect(progressText(undefined, count)).toBe('5 of 13 answered, 4 right on the last try');
		expect(progressText('summary', { total: 13, answered: 0, correct: 0 })).toBe('none of 13 answered yet');
		expect(progressText('answered', { total: 0, answered: 0, correct: 0 })).toBe('–');
	});

	it('describes what the bank supplies to the mock exam', () => {
		expect(
			describeSupply([
				{ id: '1', count: 39 },
				{ id: '2', count: 0 },
				{ id: '3', count: 0 },
			])
		).toBe(
			'39 questions are available: 39 in Section 1. Sections 2 and 3 have no questions yet, so the exam draws from the others, keeping their weights in proportion.'
		);
		expect(
			describeSupply([
				{ id: '1', count: 10 },
				{ id: '2', count: 5 },
			])
		).toBe('15 questions are available: 10 in Section 1 and 5 in Section 2.');
		expect(
			describeSupply([
				{ id: '1', count: 1 },
				{ id: '2', count: 0 },
			])
		).toBe(
			'1 question is available: 1 in Section 1. Section 2 has no questions yet, so the exam draws from the others, keeping their weights in proportion.'
		);
	});

	it('warns before submitting with unanswered or marked questions', () => {
		expect(submitWarning({ answered: 3, unanswered: 2, marked: 1 }, 5)).toBe(
			'2 of 5 questions are not answered yet and will count as wrong. 1 is marked for review. After submitting you cannot change your answers.'
		);
		expect(submitWarning({ answered: 4, unanswered: 1, marked: 0 }, 5)).toBe(
			'1 of 5 questions is not answered yet and will count as wrong. After submitting you cannot change your answers.'
		);
		expect(submitWarning({ answered: 5, unanswered: 0, marked: 2 }, 5)).toBe(
			'All 5 questions are answered. 2 are marked for review. After submitting you cannot change your answers.'
		);
	});

	it('words the navigator summary and the notes shown when an exam starts short or resumes', () => {
		expect(navigatorSummary({ answered: 3, unanswered: 2, marked: 1 })).toBe(
			'3 answered, 2 unanswered, 1 marked for review'
		);
		expect(shortExamNote(39, 50)).toBe('The question bank has 39 questions, so this exam has 39 instead of 50.');
		expect(resumeNote(2, 5, '1 minute 30 seconds', 0)).toBe(
			'Your exam in progress was restored: question 2 of 5, 1 minute 30 seconds left.'
		);
		expect(resumeNote(1, 4, '10 minutes', 1)).toBe(
			'Your exam in progress was restored: question 1 of 4, 10 minutes left. 1 question no longer in the question bank was removed from it.'
		);
	});
});
