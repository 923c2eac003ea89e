/**
 * Sentences the practice UI shows, kept apart from the DOM code so their
 * grammar (plurals, lists, counts) is unit-tested.
 */
import type { ExamSummary } from './exam';
import type { ProgressCount } from './progress';

const numberWords = ['no', 'one', 'two', 'three', 'four', 'five'];

/** "1 question", "2 questions". */
export function plural(count: number, noun: string): string {
	return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** "A", "A and B", "A, B and C". */
export function joinWords(items: readonly string[]): string {
	return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** The legend of an answer form: "Choose one answer", "Choose two answers". */
export function chooseText(select: number): string {
	return select === 1 ? 'Choose one answer' : `Choose ${numberWords[select] ?? select} answers`;
}

/** Progress counts as shown in a cell (`answered`, `correct`) or as a sentence (`summary`, the default). */
export function progressText(show: string | undefined, count: ProgressCount): string {
	if (count.total === 0) return '–';
	switch (show) {
		case 'answered':
			return `${count.answered} of ${count.total}`;
		case 'correct':
			return String(count.correct);
		default:
			return count.answered === 0
				? `none of ${count.total} answered yet`
				: `${count.answered} of ${count.total} answered, ${count.correct} right on the last try`;
	}
}

/** What the bank offers the mock exam, per section, and what happens to sections without questions. */
export function describeSupply(sections: readonly { id: string; count: number }[]): string {
	const total = sections.reduce((sum, s) => sum + s.count, 0);
	const withQuestions = sections.filter((s) => s.count > 0);
	const without = sections.filter((s) => s.count === 0);
	let text = `${plural(total, 'question')} ${total === 1 ? 'is' : 'are'} available: ${joinWords(withQuestions.map((s) => `${s.count} in Section ${s.id}`))}.`;
	if (without.length > 0 && withQuestions.length > 0) {
		text += ` ${without.length === 1 ? 'Section' : 'Sections'} ${joinWords(without.map((s) => s.id))} ${without.length === 1 ? 'has' : 'have'} no questions yet, so the exam draws from the others, keeping their weights in proportion.`;
	}
	return text;
}

/** The text of the "Submit the exam?" dialog. */
export function submitWarning(summary: ExamSummary, total: number): string {
	const unanswered =
		summary.unanswered > 0
			? `${summary.unanswered} of ${plural(total, 'question')} ${summary.unanswered === 1 ? 'is' : 'are'} not answered yet and will count as wrong.`
			: `All ${plural(total, 'question')} are answered.`;
	const marked =
		summary.marked > 0 ? ` ${summary.marked} ${summary.marked === 1 ? 'is' : 'are'} marked for review.` : '';
	return `${unanswered}${marked} After submitting you cannot change your answers.`;
}

/** The verdict after checking a practice answer; letters are as displayed, such as "B" or "A and D". */
export function verdictText(correct: boolean, chosen: string, right: string, select: number): string {
	if (correct) return `Correct: ${right}.`;
	return `Incorrect. You chose ${chosen}; the correct answer${select > 1 ? 's are' : ' is'} ${right}.`;
}

/** Why a practice answer cannot be checked yet, or undefined when it can. */
export function selectionHint(select: number, chosen: number): string | undefined {
	if (chosen === select) return undefined;
	return chosen === 0 ? `${chooseText(select)} first.` : `${chooseText(select)}: you chose ${chosen}.`;
}

/** The navigator's summary line. */
export function navigatorSummary(summary: ExamSummary): string {
	return `${summary.answered} answered, ${summary.unanswered} unanswered, ${summary.marked} marked for review`;
}

/** Shown when an exam starts with fewer questions than requested. */
export function shortExamNote(count: number, requested: number): string {
	return `The question bank has ${plural(count, 'question')}, so this exam has ${count} instead of ${requested}.`;
}

/** Shown when an exam in progress is restored after a reload. */
export function resumeNote(position: number, total: number, timeLeft: string, dropped: number): string {
	const note = `Your exam in progress was restored: question ${position} of ${total}, ${timeLeft} left.`;
	return dropped > 0
		? `${note} ${plural(dropped, 'question')} no longer in the question bank ${dropped === 1 ? 'was' : 'were'} removed from it.`
		: note;
}
