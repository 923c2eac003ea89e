/**
 * Table scroll regions are tab stops only where there is something to scroll.
 * The HTML makes every `.table-scroll` wrapper a focusable, named region, the
 * safe default without JavaScript (rehype-scrollable-tables.ts, TableScroll.astro).
 * This keeps that for wrappers whose table overflows and removes it from those
 * that fit, re-checking whenever a wrapper or its table changes size (window
 * resize, rotation, fonts loading).
 */
const names = new WeakMap<Element, string>();

function update(region: HTMLElement): void {
	if (!names.has(region)) names.set(region, region.getAttribute('aria-label') ?? 'Table');
	if (region.scrollWidth > region.clientWidth) {
		region.tabIndex = 0;
		region.setAttribute('role', 'region');
		region.setAttribute('aria-label', names.get(region)!);
	} else {
		region.removeAttribute('tabindex');
		region.removeAttribute('role');
		region.removeAttribute('aria-label');
	}
}

const observer = new ResizeObserver((entries) => {
	for (const entry of entries) {
		const region = entry.target.closest<HTMLElement>('.table-scroll');
		if (region) update(region);
	}
});

/** Watches a scroll region (also one added later, such as the mock exam's result tables). */
export function watchScrollRegion(region: HTMLElement): void {
	observer.observe(region);
	if (region.firstElementChild) observer.observe(region.firstElementChild);
}

for (const region of document.querySelectorAll<HTMLElement>('.table-scroll')) watchScrollRegion(region);
