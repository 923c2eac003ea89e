/**
 * The `_headers` file that Netlify and Cloudflare Pages read from the site's
 * output folder (one syntax for both): a path pattern on its own line, then
 * indented `Name: value` lines. Both hosts apply every rule whose pattern
 * matches, and a header that two matching rules both set is sent twice
 * (Cloudflare joins the values) or taken from one of them (Netlify), so the
 * file below never sets one header in two rules that can match one path:
 * - `/*` sends the security headers and the Content Security Policy, nothing else;
 * - each other rule sends only Cache-Control, and those rules never overlap.
 * Netlify accepts a `*` only at the end of a pattern; Cloudflare allows 100
 * rules and 2,000 characters a line. `headerRules` fails the build past those.
 */
import { withBase } from './urls';

/** One rule of the file: a path pattern and the headers sent for it. */
export interface HeaderRule {
	/** `/_astro/*` (a trailing splat matches everything below) or an exact path. */
	path: string;
	headers: [name: string, value: string][];
}

/** Cloudflare Pages' limits for `_headers` (Netlify's are looser). */
export const headersFileLimits = { rules: 100, lineLength: 2000 } as const;

/** Cache-Control for files whose name changes with their content. */
export const immutableCaching = 'public, max-age=31536000, immutable';
/** Cache-Control for everything else (pages, the service worker, fixed-name files): check each time. */
export const revalidateCaching = 'public, max-age=0, must-revalidate';

/**
 * Folders of `dist/` whose files are named by content hash: Astro's bundles, and
 * Pagefind's index chunks. Pagefind's own top-level files keep fixed names
 * (pagefind.js, pagefind-entry.json, wasm.en.pagefind …) and must revalidate.
 */
export const hashedFolders = ['_astro', 'pagefind/fragment', 'pagefind/index', 'pagefind/filter'] as const;

/** A single hashed file outside those folders: Pagefind's metadata, `pagefind.en_<hash>.pf_meta`. */
const hashedFile = /^pagefind\/pagefind\.[\w-]+_[0-9a-f]{6,}\.pf_meta$/;

/** True when a `dist/` file is named by its content and may be cached for a year. */
export function isHashedFile(file: string): boolean {
	return hashedFolders.some((folder) => file.startsWith(`${folder}/`)) || hashedFile.test(file);
}

/** The URL path a `dist/` file is served at: `section-1/index.html` → `<base>section-1/`. */
export function urlPathOf(file: string, base: string): string {
	if (file === 'index.html') return withBase('/', base);
	if (file.endsWith('/index.html')) return withBase(`/${file.slice(0, -'index.html'.length)}`, base);
	return withBase(`/${file}`, base);
}

/** True when a rule's path pattern matches a URL path (a `*` only at the end, as Netlify requires). */
export function patternMatches(pattern: string, path: string): boolean {
	return pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : pattern === path;
}

/** Security headers for every response; the CSP comes first, from the pages' own policy. */
export function securityHeaders(policy: string): [string, string][] {
	return [
		['Content-Security-Policy', policy],
		['X-Content-Type-Options', 'nosniff'],
		['X-Frame-Options', 'DENY'],
		['Referrer-Policy', 'strict-origin-when-cross-origin'],
		['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=()'],
		['Cross-Origin-Opener-Policy', 'same-origin'],
	];
}

/**
 * Caching rules for the files of `dist/`: one immutable rule per hashed folder
 * that exists, the Pagefind metadata file by its exact path, and revalidation
 * for everything else, by top-level folder where the folder holds no hashed
 * file and by exact path otherwise (top-level files such as `sw.js`, Pagefind's
 * fixed-name files).
 */
export function cachingRules(files: readonly string[], base: string): HeaderRule[] {
	const immutable: string[] = [];
	const revalidate: string[] = [];
	const add = (list: string[], path: string) => list.includes(path) || list.push(path);
	const foldersWithHashes = new Set(files.filter(isHashedFile).map((file) => file.split('/')[0]));
	for (const file of files) {
		const folder = hashedFolders.find((f) => file.startsWith(`${f}/`));
		const top = file.split('/')[0]!;
		if (folder) add(immutable, withBase(`/${folder}/*`, base));
		else if (isHashedFile(file)) add(immutable, urlPathOf(file, base));
		else if (file.includes('/') && !foldersWithHashes.has(top)) add(revalidate, withBase(`/${top}/*`, base));
		else add(revalidate, urlPathOf(file, base));
	}
	return [
		...immutable.map((path) => ({ path, headers: [['Cache-Control', immutableCaching]] as [string, string][] })),
		...revalidate.map((path) => ({ path, headers: [['Cache-Control', revalidateCaching]] as [string, string][] })),
	];
}

/**
 * Every rule of the headers file: security headers and `policy` for the whole
 * site, then caching. Throws when the file would break a host's limits.
 */
export function headerRules(files: readonly string[], base: string, policy: string): HeaderRule[] {
	const rules = [{ path: withBase('/*', base), headers: securityHeaders(policy) }, ...cachingRules(files, base)];
	if (rules.length > headersFileLimits.rules)
		throw new Error(
			`The headers file would have ${rules.length} rules; Cloudflare Pages reads at most ${headersFileLimits.rules}. Group files into folders (see src/lib/static-headers.ts).`
		);
	for (const rule of rules) {
		for (const [name, value] of rule.headers) {
			const length = `  ${name}: ${value}`.length;
			if (length > headersFileLimits.lineLength)
				throw new Error(
					`The ${name} header for ${rule.path} is ${length} characters; Cloudflare Pages reads at most ${headersFileLimits.lineLength} a line. Fewer distinct inline scripts and styles shorten the CSP.`
				);
		}
	}
	return rules;
}

/** The text of a `_headers` file. */
export function formatHeadersFile(rules: readonly HeaderRule[]): string {
	const blocks = rules.map((rule) =>
		[rule.path, ...rule.headers.map(([name, value]) => `  ${name}: ${value}`)].join('\n')
	);
	return `# Generated by src/integrations/static-host-headers.ts at build time: do not edit.\n\n${blocks.join('\n\n')}\n`;
}

/** Reads a `_headers` file back into rules (comments and blank lines skipped); throws on a header line outside a rule. */
export function parseHeadersFile(text: string): HeaderRule[] {
	const rules: HeaderRule[] = [];
	for (const [index, line] of text.split('\n').entries()) {
		if (line.trim() === '' || line.trim().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			rules.push({ path: line.trim(), headers: [] });
			continue;
		}
		const match = /^\s+([A-Za-z0-9-]+):\s*(.*)$/.exec(line);
		const rule = rules.at(-1);
		if (!match || !rule) throw new Error(`Line ${index + 1} of the headers file is not a header of a rule: "${line}".`);
		rule.headers.push([match[1]!, match[2]!]);
	}
	return rules;
}

/** The headers a URL path receives: those of every matching rule, in file order. */
export function headersFor(rules: readonly HeaderRule[], path: string): [string, string][] {
	return rules.filter((rule) => patternMatches(rule.path, path)).flatMap((rule) => rule.headers);
}
