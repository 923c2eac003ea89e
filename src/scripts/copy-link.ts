/**
 * Adds a "copy link" button after each anchored h2/h3 in the page content. The
 * button copies the full URL with the heading's fragment and confirms it through
 * a polite live region, so screen-reader users hear the result too.
 */
import { copyButtonLabel, headingUrl } from '../lib/copy-link';

const icon =
	'<svg aria-hidden="true" width="16" height="16" viewBox="0 0 24 24" fill="currentColor"><path d="M16 1H4a2 2 0 0 0-2 2v14h2V3h12zm3 4H8a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h11a2 2 0 0 0 2-2V7a2 2 0 0 0-2-2m0 16H8V7h11z"/></svg>';

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

function setup(): void {
	const status = document.querySelector<HTMLElement>('[data-copy-link-status]');
	const headings = document.querySelectorAll<HTMLElement>('.sl-markdown-content :is(h2, h3)[id]');
	for (const heading of headings) {
		const wrapper = heading.closest('.sl-heading-wrapper');
		if (!wrapper || wrapper.querySelector('.copy-link')) continue;
		const button = document.createElement('button');
		button.type = 'button';
		button.className = 'copy-link';
		button.innerHTML = icon;
		button.setAttribute('aria-label', copyButtonLabel(heading.textContent ?? ''));
		button.title = 'Copy link';
		button.addEventListener('click', async () => {
			const url = headingUrl(location.href, heading.id);
			try {
				await writeClipboard(url);
				button.dataset.copied = '';
				if (status) status.textContent = `Link copied: ${url}`;
				setTimeout(() => delete button.dataset.copied, 2000);
			} catch {
				if (status) status.textContent = `Could not copy. The link is ${url}`;
			}
		});
		wrapper.append(button);
	}
}

setup();
