// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { remarkConsiderationHeadings } from './src/plugins/remark-consideration-headings';
import { remarkModelIds } from './src/plugins/remark-model-ids';
import { rehypeBaseLinks } from './src/plugins/rehype-base-links';
import { rehypeScrollableTables } from './src/plugins/rehype-scrollable-tables';
import { rehypeReviewItems } from './src/plugins/rehype-review-items';
import { sections } from './src/lib/registry';
import { reviewPath } from './src/lib/urls';
import { linkCheck } from './src/integrations/link-check';
import { cspInlineHashes } from './src/integrations/csp-inline-hashes';
import { staticHostHeaders } from './src/integrations/static-host-headers';
import { offline } from './src/integrations/offline';
import { redirects } from './src/data/redirects';
import { searchRanking } from './src/data/search-ranking';
import { repository } from './src/lib/repository';
import { isKnownHarmlessLog } from './src/lib/build-logs';
import { astroCsp } from './src/data/content-security-policy';
import { siteDescription, siteName } from './src/lib/link-preview';

/**
 * Deploy settings come from the environment so the same build works on any
 * static host: SITE_URL (e.g. https://example.org) enables canonical URLs and the
 * sitemap; BASE_PATH (e.g. /pmle/) serves the site from a sub-path. REPO_URL,
 * the project repository the site links to, is read in src/lib/repository.ts.
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
		// styles (src/lib/csp.ts). The directives, and why each source is kept, are in
		// src/data/content-security-policy.ts, which the headers file for static
		// hosts reads too.
		csp: astroCsp,
	},
	vite: {
		build: {
			rolldownOptions: {
				// Drop only the bundler messages known to be harmless (src/lib/build-logs.ts);
				// every other message goes to Vite's own handler and stays visible.
				onLog(level, log, handler) {
					if (level === 'warn' && isKnownHarmlessLog(log)) return;
					handler(level, log);
				},
			},
		},
		resolve: {
			// Starlight's search dialog creates Pagefind's UI itself and passes it no UI
			// options; this exact-match alias hands it src/scripts/pagefind-ui.ts, which
			// adds this site's options (the package's CSS and other paths are untouched).
			alias: [
				{
					find: /^@pagefind\/default-ui$/,
					replacement: fileURLToPath(new URL('./src/scripts/pagefind-ui.ts', import.meta.url)),
				},
			],
		},
	},
	markdown: {
		// Expressive Code (through Starlight) renders every code block and switches
		// Astro's Shiki highlighter off, but only after Astro has checked the user
		// config and warned that Shiki's inline styles do not suit a CSP. Saying so
		// here silences that false alarm; nothing else changes.
		syntaxHighlight: false,
		// remark-gfm renders tables, footnotes, strikethrough and autolinks; the
		// processor's built-in GFM is switched off so that this is the one plugin doing it.
		processor: unified({
			gfm: false,
			remarkPlugins: [remarkGfm, remarkConsiderationHeadings, remarkModelIds],
			// rehypeReviewItems last: it stores tables and asides as the page shows them.
			rehypePlugins: [[rehypeBaseLinks, { base }], rehypeScrollableTables, rehypeReviewItems],
		}),
	},
	integrations: [
		starlight({
			title: siteName,
			description: siteDescription,
			// Study pages show their `lastReviewed` date instead (src/route-data.ts).
			lastUpdated: false,
			// The repository link in the header (and the mobile menu), and "Edit page" under each page.
			social: [{ icon: repository.icon, label: `Project repository on ${repository.host}`, href: repository.url }],
			editLink: { baseUrl: repository.editBase },
			// The 404 page is src/pages/404.astro: one route for /404 (see that file).
			disable404Route: true,
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
					items: [
						{ autogenerate: { directory: section.slug } },
						{ label: `Section ${section.id} review`, link: reviewPath(section.slug) },
					],
				})),
				{
					label: 'Practice',
					items: [
						{ label: 'Practice questions', link: '/practice/' },
						{ label: 'Mock exam', link: '/practice/mock-exam/' },
						{ label: 'Review my mistakes', link: '/practice/review/' },
						{ label: 'Flashcards', link: '/flashcards/' },
						{ label: 'Your readiness', link: '/practice/readiness/' },
						{ label: 'How practice works', link: '/how-practice-works/' },
					],
				},
				{
					label: 'About the exam',
					items: [
						{ label: 'Study by the June 2026 guide', link: '/june-2026-guide/' },
						{ label: 'Exam guide versions', link: '/exam-guide-versions/' },
						{ label: 'Products and names', link: '/products-and-names/' },
						{ label: 'Official resources', link: '/official-resources/' },
					],
				},
			],
		}),
		// Order matters: CSP hashes first, then the service worker and offline list
		// (built from the final files, after Starlight's Pagefind index), then the link check.
		cspInlineHashes(),
		offline(),
		// After the CSP hashes: the headers file sends the completed policy.
		staticHostHeaders(),
		linkCheck(),
	],
});
