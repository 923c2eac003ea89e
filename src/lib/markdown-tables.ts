/**
 * Whether a Markdown source has a GFM table, judged by its delimiter row
 * (`| --- | :--: |`). Used to load the table-scroll script only on pages with
 * Markdown tables; a miss only leaves a fitting table focusable, the no-script default.
 */
export function hasMarkdownTable(markdown: string): boolean {
	return /^[ \t]*\|?[ \t]*:?-+:?[ \t]*(\|[ \t]*:?-+:?[ \t]*)+\|?[ \t]*$/m.test(markdown);
}
