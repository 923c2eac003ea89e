/**
 * Completes Astro's Content Security Policy for a static page. Astro hashes the
 * scripts and styles it bundles, but not `is:inline` ones (Starlight's theme
 * and search-shortcut scripts, for example), and it gives every page the
 * hashes of the whole site. After the build, each page's policy lists exactly
 * the inline <script> and <style> elements that page contains (bundled files
 * load under 'self'): nothing else is allowed, and no 'unsafe-inline'. The
 * policy is moved to the top of the head, so it covers everything after it.
 */
import { createHash } from 'node:crypto';

/** Base64 SHA-256 source expression for a script or style body, as CSP expects it. */
export function cspHash(body: string): string {
	return `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`;
}

/** Bodies of inline <script> elements (no src) and <style> elements. JSON-LD and other data blocks are not executed and are skipped. */
export function inlineBodies(html: string): { scripts: string[]; styles: string[] } {
	const scripts: string[] = [];
	for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
		const attributes = match[1] ?? '';
		if (/\ssrc=/i.test(attributes)) continue;
		const type = /\stype="([^"]*)"/i.exec(attributes)?.[1];
		if (type && !/^(module|text\/javascript|application\/javascript)$/i.test(type)) continue;
		scripts.push(match[2] ?? '');
	}
	const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => m[1] ?? '');
	return { scripts, styles };
}

/** Adds sources to one directive of a policy string, creating the directive if needed. */
export function addSources(policy: string, directive: string, sources: readonly string[]): string {
	if (sources.length === 0) return policy;
	const parts = policy
		.split(';')
		.map((p) => p.trim())
		.filter(Boolean);
	const index = parts.findIndex((p) => p.split(/\s+/)[0] === directive);
	if (index === -1) return [...parts, `${directive} ${sources.join(' ')}`].join('; ');
	const existing = new Set(parts[index]!.split(/\s+/).slice(1));
	const added = sources.filter((s) => !existing.has(s));
	if (added.length > 0) parts[index] = `${parts[index]} ${added.join(' ')}`;
	return parts.join('; ');
}

/**
 * Sets the hash sources of one directive to exactly `hashes`, keeping its
 * other sources ('self', 'wasm-unsafe-eval' …); creates the directive if needed.
 */
export function replaceHashes(policy: string, directive: string, hashes: readonly string[]): string {
	const parts = policy
		.split(';')
		.map((p) => p.trim())
		.filter(Boolean);
	const index = parts.findIndex((p) => p.split(/\s+/)[0] === directive);
	if (index === -1) return addSources(policy, directive, hashes);
	const kept = parts[index]!.split(/\s+/).filter((source) => !/^'sha(256|384|512)-/.test(source));
	parts[index] = [...kept, ...new Set(hashes)].join(' ');
	return parts.join('; ');
}

/** Hashes of non-empty bodies: an empty element runs nothing, so it needs no permission. */
const hashesOf = (bodies: readonly string[]) => bodies.filter((body) => body.trim() !== '').map(cspHash);

/**
 * Rewrites a page's CSP meta tag so it allows exactly the inline scripts and
 * styles the page contains, and moves it right after `<meta charset>` (a
 * policy in a meta tag only applies to what follows it).
 */
export function completePagePolicy(html: string): string {
	const meta = /<meta http-equiv="content-security-policy" content="([^"]*)"\s*\/?>/i.exec(html);
	if (!meta) return html;
	const { scripts, styles } = inlineBodies(html);
	let policy = meta[1]!;
	policy = replaceHashes(policy, 'script-src', hashesOf(scripts));
	// Style hashes belong where Astro put its own: style-src-elem when the policy has
	// one (it overrides style-src for <style> elements), style-src otherwise.
	const styleDirective = /(^|;)\s*style-src-elem\s/.test(policy) ? 'style-src-elem' : 'style-src';
	policy = replaceHashes(policy, styleDirective, hashesOf(styles));
	const tag = `<meta http-equiv="content-security-policy" content="${policy}">`;
	const withoutMeta = html.replace(meta[0], '');
	const charset = /<meta charset="[^"]*"\s*\/?>/i.exec(withoutMeta);
	if (charset) return withoutMeta.replace(charset[0], `${charset[0]}${tag}`);
	return html.replace(meta[0], tag);
}

/** True for a hash source expression ('sha256-…'). */
export const isHashSource = (source: string): boolean => /^'sha(256|384|512)-/.test(source);

/** A policy as directive name → its sources, in the policy's order. */
export function parsePolicy(policy: string): Map<string, string[]> {
	const directives = new Map<string, string[]>();
	for (const part of policy.split(';')) {
		const [name, ...sources] = part.trim().split(/\s+/);
		if (name) directives.set(name.toLowerCase(), sources);
	}
	return directives;
}

/** Serializes a parsed policy back to a policy string. */
export function formatPolicy(directives: ReadonlyMap<string, readonly string[]>): string {
	return [...directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/**
 * One policy that allows everything each of `policies` allows, for an HTTP
 * header that covers many pages: the pages must agree on every source except
 * hashes (they are rendered from one configuration), and the result lists the
 * union of their hashes. Throws, naming the directive, when two pages disagree.
 */
export function unionOfPolicies(policies: readonly string[]): string {
	const union = new Map<string, string[]>();
	const first = new Map<string, string>();
	for (const policy of policies) {
		const parsed = parsePolicy(policy);
		const names = [...parsed.keys()].sort().join(' ');
		const known = [...union.keys()].sort().join(' ');
		if (union.size > 0 && names !== known)
			throw new Error(`Pages have different CSP directives: "${known}" and "${names}".`);
		for (const [name, sources] of parsed) {
			const fixed = sources.filter((s) => !isHashSource(s)).join(' ');
			if (!first.has(name)) first.set(name, fixed);
			else if (first.get(name) !== fixed)
				throw new Error(`Pages have different non-hash sources for ${name}: "${first.get(name)}" and "${fixed}".`);
			const merged = union.get(name) ?? sources.filter((s) => !isHashSource(s));
			for (const s of sources) if (isHashSource(s) && !merged.includes(s)) merged.push(s);
			union.set(name, merged);
		}
	}
	return formatPolicy(union);
}
