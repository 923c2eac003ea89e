/** Small DOM helpers for the practice elements. */

type Child = Node | string | null | undefined | false;
type Attributes = Record<string, string | number | boolean | undefined>;

/** Creates an element with attributes (false/undefined are left out, true is an empty attribute) and children. */
export function h<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	attributes: Attributes = {},
	...children: Child[]
): HTMLElementTagNameMap[K] {
	const element = document.createElement(tag);
	for (const [name, value] of Object.entries(attributes)) {
		if (value === undefined || value === false) continue;
		element.setAttribute(name, value === true ? '' : String(value));
	}
	element.append(
		...children.filter((child): child is Node | string => child !== null && child !== undefined && child !== false)
	);
	return element;
}

/**
 * Creates an element holding HTML rendered at build time from the question bank
 * (Markdown escaped by src/lib/inline-markdown.ts), never text typed by a user.
 */
export function withBuildHtml<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	attributes: Attributes,
	buildHtml: string
): HTMLElementTagNameMap[K] {
	const element = h(tag, attributes);
	element.innerHTML = buildHtml;
	return element;
}

/** Finds a required child element; a missing one is a bug in the component markup. */
export function part<T extends Element = HTMLElement>(root: ParentNode, selector: string): T {
	const element = root.querySelector<T>(selector);
	if (!element) throw new Error(`Practice markup is missing ${selector}.`);
	return element;
}

let counter = 0;
/** A page-unique id prefix for generated form controls. */
export function uniqueId(prefix: string): string {
	counter += 1;
	return `${prefix}-${counter}`;
}

/** Offers text as a file download. */
export function downloadText(text: string, fileName: string, type = 'application/json'): void {
	const url = URL.createObjectURL(new Blob([text], { type }));
	const link = h('a', { href: url, download: fileName, hidden: true });
	document.body.append(link);
	link.click();
	link.remove();
	// Revoke later: some browsers start the download asynchronously.
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** "27 Nov 2026, 10:12" in the reader's locale. */
export function formatDateTime(iso: string): string {
	return new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}
