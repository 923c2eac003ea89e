// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { remarkConsiderationHeadings } from './src/plugins/remark-consideration-headings';
import { remarkModelIds } from './src/plugins/remark-model-ids';
import { rehypeBaseLinks } from './src/plugins/rehype-base-links';
import { rehypeScrollableTables } from './src/plugins/rehype-scrollable-tables';
import { sections } from './src/lib/registry';
import { linkCheck } from './src/integrations/link-check';
import { cspInlineHashes } from './src/integrations/csp-inline-hashes';
import { redirects } from './src/data/redirects';
import { searchRanking } from './src/data/search-ranking';

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
	redirects,
	security: {
		// A strict Content Security Policy, delivered as a <meta> tag; after the
		// build each page lists the hashes of exactly its own inline scripts and
		// styles (src/lib/csp.ts). Only this origin is allowed. What is kept, and why:
		// - 'wasm-unsafe-eval': Pagefind's search engine is WebAssembly.
		// - worker-src 'self' and no blob:: Pagefind searches in a worker loaded from
		//   this origin (pagefind/pagefind-worker.js).
		// - img-src data:: Starlight and Expressive Code embed small SVG icons as data: URLs.
		// - style-src-attr 'unsafe-inline': style attributes (Starlight's icon sizes,
		//   the dialog's padding); inline <style> and <script> elements stay hash-checked.
		csp: {
			algorithm: 'SHA-256',
			directives: [
				"default-src 'self'",
				"img-src 'self' data:",
				"font-src 'self'",
				"connect-src 'self'",
				"worker-src 'self'",
				"object-src 'none'",
				"base-uri 'self'",
				"form-action 'self'",
			],
			scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
			styleDirective: { resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }] },
		},
	},
	markdown: {
		// remark-gfm renders tables, footnotes, strikethrough and autolinks; the
		// processor's built-in GFM is switched off so that this is the one plugin doing it.
		processor: unified({
			gfm: false,
			remarkPlugins: [remarkGfm, remarkConsiderationHeadings, remarkModelIds],
			rehypePlugins: [[rehypeBaseLinks, { base }], rehypeScrollableTables],
		}),
	},
	integrations: [
		starlight({
			title: 'PMLE Study Guide',
			description:
				'A free, open-source study guide for the Google Cloud Professional Machine Learning Engineer exam, organized by exam objective.',
			lastUpdated: false,
			pagefind: { ranking: searchRanking },
			// Code lines wrap instead of scrolling sideways, continuing at their own
			// indentation (a small hanging indent on phones, src/styles/custom.css):
			// readable everywhere, and no scroll region that only a script could make
			// keyboard-focusable after load. tests/browser/layout.test.ts checks 320 px.
			expressiveCode: { defaultProps: { wrap: true } },
			components: {
				PageTitle: './src/components/starlight/PageTitle.astro',
				MarkdownContent: './src/components/starlight/MarkdownContent.astro',
				Search: './src/components/starlight/Search.astro',
				ThemeProvider: './src/components/starlight/ThemeProvider.astro',
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
						{ label: 'How practice works', link: '/how-practice-works/' },
					],
				},
				{
					label: 'About the exam',
					items: [
						{ label: 'Exam guide versions', link: '/exam-guide-versions/' },
						{ label: 'Official resources', link: '/official-resources/' },
					],
				},
			],
		}),
		cspInlineHashes(),
		linkCheck(),
	],
});
