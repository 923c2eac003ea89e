/**
 * Astro integration: after the build (and after the CSP hashes are complete),
 * write `dist/_headers` for Netlify and Cloudflare Pages: the pages' Content
 * Security Policy as an HTTP header, plus the directives only a header can carry,
 * security headers, and caching (src/lib/static-headers.ts). Hosts that ignore
 * the file (GitHub Pages) still get each page's <meta> policy.
 *
 * The header is one policy for the whole site (`/*`): per-page rules would pass
 * Cloudflare's limit of 100 rules, and two CSP headers on one response would
 * both apply. It lists the union of every page's inline hashes; since a browser
 * enforces the header and the page's own <meta> policy together, each page still
 * runs only its own inline code.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headerOnlyDirectives } from '../data/content-security-policy';
import { parsePolicy, formatPolicy, unionOfPolicies } from '../lib/csp';
import { formatHeadersFile, headerRules } from '../lib/static-headers';
import { listBuiltFiles } from './built-files';

/** The name of the file both hosts read from the output folder. */
export const headersFileName = '_headers';

/** The content of a page's CSP <meta> tag, if it has one. */
export function metaPolicyOf(html: string): string | undefined {
	return /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1];
}

/** The site-wide header policy: the union of the pages' policies, plus the header-only directives. */
export function headerPolicy(pagePolicies: readonly string[]): string {
	const policy = parsePolicy(unionOfPolicies(pagePolicies));
	for (const [name, sources] of parsePolicy(headerOnlyDirectives.join('; '))) policy.set(name, sources);
	return formatPolicy(policy);
}

export function staticHostHeaders(): AstroIntegration {
	let base = '/';
	return {
		name: 'pmle-static-host-headers',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base;
			},
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const files = (await listBuiltFiles(root)).filter((file) => file !== headersFileName);
				const policies: string[] = [];
				for (const file of files.filter((f) => f.endsWith('.html'))) {
					const policy = metaPolicyOf(await readFile(join(root, file), 'utf8'));
					if (policy) policies.push(policy);
				}
				if (policies.length === 0) throw new Error('No built page has a Content Security Policy <meta> tag.');
				const rules = headerRules(files, base, headerPolicy(policies));
				await writeFile(join(root, headersFileName), formatHeadersFile(rules));
				logger.info(`Wrote ${headersFileName} with ${rules.length} rules for Netlify and Cloudflare Pages.`);
			},
		},
	};
}
