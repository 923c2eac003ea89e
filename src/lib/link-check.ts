/**
 * Link integrity for the built site: every internal link (including links
 * rendered by components, redirect targets and links under a base path) must
 * point at a built file, and every fragment at an element id on that page.
 * Pure functions over HTML strings, so the build integration and tests share them.
 */

export interface BrokenLink {
	/** The page that contains the link, as a site path such as `/section-1/`. */
	page: string;
	/** The link as written in the HTML. */
	href: string;
	/** What is wrong. */
	reason: string;
}

const entities: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>' };
/** Decodes the character references an attribute value may hold: named, decimal (`&#38;`) and hex (`&#x26;`). */
export function decodeAttribute(value: string): string {
	return value.replace(/&(?:#x([0-9a-f]+)|#(\d+)|([a-z]+));/gi, (m, hex?: string, dec?: string, name?: string) => {
		if (hex) return String.fromCodePoint(parseInt(hex, 16));
		if (dec) return String.fromCodePoint(parseInt(dec, 10));
		return entities[name!.toLowerCase()] ?? m;
	});
}

/** The href of every `<a>` element, plus meta-refresh redirect targets. */
export function extractLinks(html: string): string[] {
	const links: string[] = [];
	for (const match of html.matchAll(/<a\b[^>]*?\shref=(?:"([^"]*)"|'([^']*)')/gi)) {
		links.push(decodeAttribute(match[1] ?? match[2] ?? ''));
	}
	for (const match of html.matchAll(/<meta\b[^>]*http-equiv="refresh"[^>]*content="\d+;\s*url=([^"]+)"/gi)) {
		links.push(decodeAttribute(match[1]!));
	}
	return links;
}

/** Every element id on a page (the targets a fragment can point at). */
export function extractIds(html: string): Set<string> {
	const ids = new Set<string>();
	for (const match of html.matchAll(/\sid=(?:"([^"]*)"|'([^']*)')/g))
		ids.add(decodeAttribute(match[1] ?? match[2] ?? ''));
	return ids;
}

/** Maps a site path (`/pmle/section-1/`) to the file that serves it (`section-1/index.html`), or undefined outside base. */
export function fileForPath(pathname: string, base: string): string | undefined {
	const normalizedBase = base.endsWith('/') ? base : `${base}/`;
	if (!pathname.startsWith(normalizedBase) && `${pathname}/` !== normalizedBase) return undefined;
	let rest = pathname.slice(normalizedBase.length);
	if (rest === '' || rest.endsWith('/')) rest += 'index.html';
	return rest;
}

/** The site path of a built file: `section-1/index.html` → `/pmle/section-1/`. */
export function pathForFile(file: string, base: string): string {
	const normalizedBase = base.endsWith('/') ? base : `${base}/`;
	return normalizedBase + file.replace(/(^|\/)index\.html$/, '$1');
}

/**
 * Checks the links of every HTML page.
 * @param pages built HTML files: path relative to the output folder → contents
 * @param files every built file (relative paths), for links to non-HTML assets
 * @param base the configured base path, e.g. `/` or `/pmle/`
 */
export function findBrokenLinks(
	pages: ReadonlyMap<string, string>,
	files: ReadonlySet<string>,
	base: string
): BrokenLink[] {
	const broken: BrokenLink[] = [];
	const idCache = new Map<string, Set<string>>();
	const idsOf = (file: string) => {
		let ids = idCache.get(file);
		if (!ids) idCache.set(file, (ids = extractIds(pages.get(file) ?? '')));
		return ids;
	};

	for (const [file, html] of pages) {
		const pagePath = pathForFile(file, base);
		const pageUrl = new URL(pagePath, 'http://site.invalid');
		for (const href of new Set(extractLinks(html))) {
			if (href === '') {
				broken.push({ page: pagePath, href, reason: 'empty href' });
				continue;
			}
			if (/^(https?:|mailto:|tel:|data:|javascript:)/i.test(href)) continue;
			const url = new URL(href, pageUrl);
			const target = fileForPath(decodeURIComponent(url.pathname), base);
			if (target === undefined) {
				broken.push({ page: pagePath, href, reason: `points outside the base path ${base}` });
				continue;
			}
			if (!files.has(target)) {
				broken.push({ page: pagePath, href, reason: `no built file ${target}` });
				continue;
			}
			const fragment = decodeURIComponent(url.hash.slice(1));
			// `#_top` is the HTML-defined top of the document (Starlight's "Overview" link).
			if (fragment && fragment !== '_top' && target.endsWith('.html') && !idsOf(target).has(fragment)) {
				broken.push({
					page: pagePath,
					href,
					reason: `no element with id "${fragment}" on ${pathForFile(target, base)}`,
				});
			}
		}
	}
	return broken;
}

/** One line per broken link, grouped by page, for the build error. */
export function formatBrokenLinks(broken: readonly BrokenLink[]): string {
	return broken.map((b) => `  ${b.page} → ${b.href} (${b.reason})`).join('\n');
}
