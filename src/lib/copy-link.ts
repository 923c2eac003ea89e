/**
 * Pure helpers for the heading links that also copy their address.
 */

/** The shareable URL of a heading: the page URL without query or old fragment, plus `#id`. */
export function headingUrl(pageUrl: string, id: string): string {
	const url = new URL(pageUrl);
	url.search = '';
	url.hash = id;
	return url.href;
}

/** The mouse and modifier state of a click, as on a MouseEvent. */
export interface ClickState {
	button: number;
	ctrlKey: boolean;
	metaKey: boolean;
	shiftKey: boolean;
	altKey: boolean;
}

/**
 * Whether a click on a heading link should also copy its address: a plain
 * primary click or Enter. A modified click (new tab, new window, download) is
 * the browser's, and copies nothing.
 */
export function isPlainClick(event: ClickState): boolean {
	return event.button === 0 && !event.ctrlKey && !event.metaKey && !event.shiftKey && !event.altKey;
}
