import { describe, expect, it } from 'vitest';
import { createMarkdownProcessor, isUnifiedProcessor, markdownConfigDefaults } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import config from '../../astro.config.mjs';

const sample = [
	'| Choose | When |',
	'| --- | --- |',
	'| BigQuery ML | Data already in BigQuery |',
	'',
	'Old name: ~~Cloud DLP~~. See https://docs.cloud.google.com/ for details.[^1]',
	'',
	'[^1]: Renamed in 2023.',
].join('\n');

async function render(remarkPlugins: unknown[]) {
	const processor = await createMarkdownProcessor({
		...markdownConfigDefaults,
		gfm: false,
		syntaxHighlight: false,
		remarkPlugins: remarkPlugins as never,
	});
	return (await processor.render(sample)).code;
}

describe('GitHub-flavored Markdown', () => {
	it('is configured through unified() with remark-gfm and built-in GFM off', () => {
		const processor = config.markdown?.processor;
		expect(processor && isUnifiedProcessor(processor)).toBe(true);
		if (!processor || !isUnifiedProcessor(processor)) return;
		expect(processor.options.gfm).toBe(false);
		expect(processor.options.remarkPlugins).toContain(remarkGfm);
	});

	it('renders tables, strikethrough, autolinks and footnotes with remark-gfm', async () => {
		const html = await render([remarkGfm]);
		expect(html).toContain('<table>');
		expect(html).toMatch(/<th>Choose<\/th>/);
		expect(html).toContain('<del>Cloud DLP</del>');
		expect(html).toContain('<a href="https://docs.cloud.google.com/">https://docs.cloud.google.com/</a>');
		expect(html).toMatch(/<section data-footnotes[^>]*class="footnotes"/);
	});

	it('renders none of them without remark-gfm, so the plugin is what provides GFM', async () => {
		const html = await render([]);
		expect(html).not.toContain('<table>');
		expect(html).not.toContain('<del>');
		expect(html).not.toContain('data-footnotes');
	});
});
