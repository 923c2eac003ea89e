// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { remarkConsiderationHeadings } from './src/plugins/remark-consideration-headings';
import { sections } from './src/lib/registry';

/**
 * Deploy settings come from the environment so the same build works on any
 * static host: SITE_URL (e.g. https://example.org) enables canonical URLs and the
 * sitemap; BASE_PATH (e.g. /pmle/) serves the site from a sub-path.
 */
const site = process.env.SITE_URL || undefined;
const base = process.env.BASE_PATH || '/';

export default defineConfig({
	site,
	base,
	trailingSlash: 'always',
	markdown: {
		// remark-gfm renders tables, footnotes, strikethrough and autolinks; the
		// processor's built-in GFM is switched off so that this is the one plugin doing it.
		processor: unified({
			gfm: false,
			remarkPlugins: [remarkGfm, remarkConsiderationHeadings],
		}),
	},
	integrations: [
		starlight({
			title: 'PMLE Study Guide',
			description:
				'A free, open-source study guide for the Google Cloud Professional Machine Learning Engineer exam, organized by exam objective.',
			lastUpdated: false,
			pagefind: {
				ranking: { pageLength: 0.1, termFrequency: 0.1, termSaturation: 2, termSimilarity: 9 },
			},
			components: {
				PageTitle: './src/components/starlight/PageTitle.astro',
				MarkdownContent: './src/components/starlight/MarkdownContent.astro',
			},
			routeMiddleware: './src/route-data.ts',
			customCss: ['./src/styles/custom.css'],
			sidebar: [
				{ label: 'Start here', link: '/' },
				...sections.map((section) => ({
					label: `${section.id}. ${section.title} (${section.weight}%)`,
					items: [{ autogenerate: { directory: section.slug } }],
				})),
				{
					label: 'Practice',
					items: [
						{ label: 'Practice questions', link: '/practice/' },
						{ label: 'Mock exam', link: '/practice/mock-exam/' },
						{ label: 'Review my mistakes', link: '/practice/review/' },
					],
				},
				{
					label: 'About the exam',
					items: [{ label: 'Exam guide versions', link: '/exam-guide-versions/' }],
				},
			],
		}),
	],
});
