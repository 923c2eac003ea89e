/**
 * `<practice-question>` wraps a build-time question card (QuestionCard.astro)
 * and makes it answerable. The card's markup is the data source, so practice
 * pages need no extra payload; without JavaScript the card stays as built.
 */
import type { PracticeQuestion } from '../../lib/practice/types';
import { sectionIdOf } from '../../lib/ids';
import { part } from './dom';
import { PracticeInteraction } from './practice-interaction';

/** Reads a question from the card markup rendered by QuestionCard.astro. */
export function readQuestionCard(article: HTMLElement): PracticeQuestion {
	const options = [...article.querySelectorAll<HTMLElement>('.question-options > li')];
	const whys = [...article.querySelectorAll<HTMLElement>('.question-whys .question-why')];
	return {
		id: article.id,
		section: sectionIdOf(article.dataset.objective ?? ''),
		objective: article.dataset.objective ?? '',
		consideration: article.dataset.consideration ?? '',
		select: Number(article.dataset.select ?? '1'),
		difficulty: Number(article.dataset.difficulty ?? '1'),
		stemHtml: part(article, '.question-stem').innerHTML,
		options: options.map((li, i) => ({
			html: li.innerHTML,
			correct: li.dataset.correct === 'true',
			whyHtml: whys[i]?.innerHTML ?? '',
		})),
		explanationHtml: part(article, '.question-explanation').innerHTML,
		sources: [...article.querySelectorAll<HTMLAnchorElement>('.question-sources a')].map((a) => ({
			title: a.textContent ?? a.href,
			url: a.href,
		})),
		href: article.dataset.href ?? `#${article.id}`,
	};
}

class PracticeQuestionElement extends HTMLElement {
	private enhanced = false;

	connectedCallback(): void {
		if (this.enhanced) return;
		const article = this.querySelector<HTMLElement>('article.question');
		if (!article) return;
		this.enhanced = true;
		const interaction = new PracticeInteraction(readQuestionCard(article), `q-${article.id}`);
		// The form replaces the static list and answer disclosure (print styles show them again).
		for (const selector of ['.question-options', '.question-answer', '.question-choose']) {
			const element = article.querySelector<HTMLElement>(selector);
			if (element) element.dataset.staticOnly = '';
		}
		part(article, '.question-options').after(interaction.element);
		article.classList.add('is-interactive');
	}
}

customElements.define('practice-question', PracticeQuestionElement);

/** The element a fragment names; undefined for none, or one that is not valid percent-encoding (`#%`). */
function elementForFragment(hash: string): HTMLElement | null {
	if (hash.length <= 1) return null;
	try {
		return document.getElementById(decodeURIComponent(hash.slice(1)));
	} catch {
		return null;
	}
}

// Enhancing the cards changes their heights, which moves a deep-linked question
// (#<id>) away from the top: bring it back once the form is in place.
const target = elementForFragment(location.hash);
if (target?.closest('practice-question')) requestAnimationFrame(() => target.scrollIntoView({ block: 'start' }));
