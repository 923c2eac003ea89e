import { describe, expect, it } from 'vitest';

describe('CSP completion', async () => {
	const { addSources, completePagePolicy, cspHash, inlineBodies, replaceHashes } = await import('../../src/lib/csp');

	it('hashes bodies the way browsers do', () => {
		// echo -n "alert(1)" | openssl dgst -sha256 -binary | base64
		expect(cspHash('alert(1)')).toBe("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
	});

	it('finds inline scripts and styles, skipping external and data scripts', () => {
		const html =
			'<script>a()</script><script src="/x.js"></script><script type="application/ld+json">{}</script><script type="module">b()</script><style>p{}</style>';
		expect(inlineBodies(html)).toEqual({ scripts: ['a()', 'b()'], styles: ['p{}'] });
	});

	it('adds only missing sources, creating a directive when needed', () => {
		expect(
			addSources("default-src 'self'; script-src 'self' 'sha256-a'", 'script-src', ["'sha256-a'", "'sha256-b'"])
		).toBe("default-src 'self'; script-src 'self' 'sha256-a' 'sha256-b'");
		expect(addSources("default-src 'self'", 'style-src', ["'sha256-c'"])).toBe(
			"default-src 'self'; style-src 'sha256-c'"
		);
	});

	it('rewrites the page policy with the hashes of its own inline code', () => {
		const html = `<meta http-equiv="content-security-policy" content="script-src 'self'; style-src 'self'"><script>alert(1)</script>`;
		expect(completePagePolicy(html)).toContain(`script-src 'self' ${cspHash('alert(1)')}; style-src 'self'">`);
		expect(completePagePolicy('<p>no policy</p>')).toBe('<p>no policy</p>');
	});

	it("replaces the site-wide hashes with the page's own, keeping other sources", () => {
		expect(
			replaceHashes("default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-old'", 'script-src', [
				"'sha256-new'",
			])
		).toBe("default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-new'");
		expect(replaceHashes("script-src 'self' 'sha256-old'", 'script-src', [])).toBe("script-src 'self'");
	});

	it('allows no empty script or style, and puts the policy right after the charset', () => {
		const html =
			'<html><head><meta charset="utf-8"><title>T</title>' +
			`<meta http-equiv="content-security-policy" content="script-src 'self' 'sha256-site-wide'; style-src 'self'">` +
			'<script></script><style>p{}</style></head><body></body></html>';
		const completed = completePagePolicy(html);
		expect(completed).toBe(
			'<html><head><meta charset="utf-8">' +
				`<meta http-equiv="content-security-policy" content="script-src 'self'; style-src 'self' ${cspHash('p{}')}">` +
				'<title>T</title><script></script><style>p{}</style></head><body></body></html>'
		);
		expect(completed).not.toContain(cspHash(''));
	});

	it('puts style hashes on style-src-elem when the policy has it, since it overrides style-src for elements', () => {
		const html = `<meta http-equiv="content-security-policy" content="style-src-elem 'self' 'sha256-x'; style-src-attr 'unsafe-inline'"><style>p{}</style>`;
		expect(completePagePolicy(html)).toContain(
			`style-src-elem 'self' ${cspHash('p{}')}; style-src-attr 'unsafe-inline'">`
		);
	});
});
