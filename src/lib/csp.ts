/**
 * Completes Astro's Content Security Policy for a static page. Astro hashes the
 * scripts and styles it bundles, but not `is:inline` ones (Starlight's theme
 * and search-shortcut scripts, for example). After the build, every inline
 * <script> and <style> element a page actually contains is hashed and added to
 * that page's own policy: nothing else is allowed, and no 'unsafe-inline'.
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

/** Rewrites a page's CSP meta tag so it allows exactly the inline scripts and styles the page contains. */
export function completePagePolicy(html: string): string {
	const meta = /<meta http-equiv="content-security-policy" content="([^"]*)"\s*\/?>/i.exec(html);
	if (!meta) return html;
	const { scripts, styles } = inlineBodies(html);
	let policy = meta[1]!;
	policy = addSources(policy, 'script-src', [...new Set(scripts.map(cspHash))]);
	// Style hashes belong where Astro put its own: style-src-elem when the policy has
	// one (it overrides style-src for <style> elements), style-src otherwise.
	const styleDirective = /(^|;)\s*style-src-elem\s/.test(policy) ? 'style-src-elem' : 'style-src';
	policy = addSources(policy, styleDirective, [...new Set(styles.map(cspHash))]);
	return html.replace(meta[0], `<meta http-equiv="content-security-policy" content="${policy}">`);
}
