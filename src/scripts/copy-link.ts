/**
 * Heading links copy their address. Each content heading has one control,
 * Starlight's anchor link: a real link to the heading's fragment. A plain click
 * (or Enter) follows it as usual and also copies the full URL, base path included,
 * to the clipboard, confirmed through a polite live region so screen-reader users
 * hear it too. Without this script the link still works and can be copied from the
 * browser's context menu.
 */
import { headingUrl, isPlainClick } from '../lib/copy-link';

async function writeClipboard(text: string): Promise<void> {
	if (navigator.clipboard?.writeText) {
		await navigator.clipboard.writeText(text);
		return;
	}
	// Older browsers and insecure origins: fall back to a selected, off-screen field.
	const field = document.createElement('textarea');
	field.value = text;
	field.setAttribute('readonly', '');
	field.className = 'sr-only';
	document.body.append(field);
	field.select();
	const ok = document.execCommand('copy');
	field.remove();
	if (!ok) throw new Error('copy failed');
}

const status = document.querySelector<HTMLElement>('[data-copy-link-status]');
for (const link of document.querySelectorAll<HTMLAnchorElement>(
	'.sl-markdown-content .sl-heading-wrapper > .sl-anchor-link'
)) {
	const id = link.previousElementSibling?.id;
	if (!id) continue;
	link.title = 'Link to this section (a click also copies it)';
	link.addEventListener('click', async (event) => {
		if (!isPlainClick(event)) return;
		const url = headingUrl(location.href, id);
		// Following a fragment to a heading (not focusable) drops focus to <body>;
		// keep it on the link the reader just used, where the confirmation belongs.
		setTimeout(() => link.focus({ preventScroll: true }));
		try {
			await writeClipboard(url);
			link.dataset.copied = '';
			if (status) status.textContent = `Link copied: ${url}`;
			setTimeout(() => delete link.dataset.copied, 2000);
		} catch {
			if (status) status.textContent = `Could not copy. The link is ${url}`;
		}
	});
}
