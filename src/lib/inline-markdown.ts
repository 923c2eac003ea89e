/**
 * A deliberately small Markdown renderer for question text: paragraphs,
 * `inline code`, **bold** and *emphasis*. Question YAML holds short prose, and a
 * full Markdown pipeline per string would cost build time for no gain.
 * All text is HTML-escaped first, so question files cannot inject markup.
 */
export function escapeHtml(text: string): string {
	return text
		.replaceAll('&', '&amp;')
		.replaceAll('<', '&lt;')
		.replaceAll('>', '&gt;')
		.replaceAll('"', '&quot;')
		.replaceAll("'", '&#39;');
}

function renderInline(text: string): string {
	// Split on code spans first so emphasis markers inside code stay literal.
	return text
		.split(/(`[^`]+`)/g)
		.map((part) => {
			if (part.startsWith('`') && part.endsWith('`') && part.length > 1) {
				return `<code>${escapeHtml(part.slice(1, -1))}</code>`;
			}
			return escapeHtml(part)
				.replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
				.replace(/(^|[^*])\*([^*\s][^*]*)\*/g, '$1<em>$2</em>');
		})
		.join('');
}

/** Renders paragraphs (blank-line separated) of inline Markdown to HTML. */
export function renderInlineMarkdown(text: string): string {
	return text
		.trim()
		.split(/\n\s*\n/)
		.map((paragraph) => `<p>${renderInline(paragraph.replace(/\s*\n\s*/g, ' '))}</p>`)
		.join('');
}

/** Letter label of an option: 0 → A. */
export function optionLetter(index: number): string {
	return String.fromCharCode(65 + index);
}
