/**
 * Pure helpers for the "copy link" buttons on headings.
 */

/** The shareable URL of a heading: the page URL without query or old fragment, plus `#id`. */
export function headingUrl(pageUrl: string, id: string): string {
	const url = new URL(pageUrl);
	url.search = '';
	url.hash = id;
	return url.href;
}

/** Accessible name of the copy button for a heading. */
export function copyButtonLabel(headingText: string): string {
	return `Copy link to section “${headingText.trim()}”`;
}
