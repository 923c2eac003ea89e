/**
 * The site's Content Security Policy, in one place. Astro renders it into every
 * page's <meta> policy (astro.config.mjs passes `astroCsp` to `security.csp`;
 * src/lib/csp.ts then lists exactly each page's inline hashes), and the headers
 * file for static hosts (src/integrations/static-host-headers.ts) sends the same
 * directives as an HTTP header. Only this origin is allowed. What is kept, and why:
 * - 'wasm-unsafe-eval': Pagefind's search engine is WebAssembly.
 * - worker-src 'self' and no blob:: Pagefind searches in a worker loaded from
 *   this origin (pagefind/pagefind-worker.js). The service worker (sw.js, offline
 *   reading) is allowed by the same source.
 * - manifest-src 'self': the web app manifest (installable, offline reading).
 * - img-src data:: Starlight and Expressive Code embed small SVG icons as data: URLs.
 * - style-src-attr 'unsafe-inline': style attributes (Starlight's icon sizes,
 *   the dialog's padding). <style> and <link> elements get their own directive
 *   (style-src-elem: this origin and hashes), so no source sits on style-src
 *   where the two narrower directives would shadow it.
 */
import type { AstroUserConfig } from 'astro';

/** Directives other than script and style sources, as Astro's `security.csp.directives` takes them. */
export const cspDirectives = [
	"default-src 'self'",
	"img-src 'self' data:",
	"font-src 'self'",
	"connect-src 'self'",
	"worker-src 'self'",
	"manifest-src 'self'",
	"object-src 'none'",
	"base-uri 'self'",
	"form-action 'self'",
] as const;

/**
 * Directives that only work in an HTTP header: browsers ignore them in a <meta>
 * policy. The headers file adds them; on a host without one (GitHub Pages) the
 * site can be framed, which X-Frame-Options cannot prevent there either.
 */
export const headerOnlyDirectives = ["frame-ancestors 'none'"] as const;

type AstroCsp = Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean>;

/** Astro's `security.csp` option. */
export const astroCsp: AstroCsp = {
	algorithm: 'SHA-256',
	directives: [...cspDirectives],
	scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
	styleDirective: {
		resources: [
			{ resource: "'self'", kind: 'element' },
			{ resource: "'unsafe-inline'", kind: 'attribute' },
		],
	},
};
