/**
 * Publishes the height of the mock exam's sticky bar as `--exam-bar-height` on
 * the root element, where practice.css adds it to the scroll padding: the bar
 * wraps to two rows on narrow screens (and under zoom or text spacing), and a
 * focused option must scroll into view below it, not under it.
 */
export function trackExamBarHeight(bar: HTMLElement, root: HTMLElement = document.documentElement): ResizeObserver {
	const observer = new ResizeObserver(() => {
		root.style.setProperty('--exam-bar-height', `${bar.getBoundingClientRect().height}px`);
	});
	observer.observe(bar);
	return observer;
}

const bar = document.querySelector<HTMLElement>('.exam-bar');
if (bar) trackExamBarHeight(bar);
