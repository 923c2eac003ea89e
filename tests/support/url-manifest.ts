/**
 * URL stability. The committed manifest (tests/url-manifest.json) records every
 * public page and every heading (and question) fragment people may have linked
 * to; a later build must still serve them all, directly or through a redirect.
 */
import { extractIds, pathForFile } from '../../src/lib/link-check';

export type UrlManifest = Record<string, string[]>;

/** Fragment targets worth keeping stable: heading ids and question anchors. */
export function linkableFragments(html: string): string[] {
	const ids = new Set<string>();
	for (const match of html.matchAll(/<(?:h[1-6]|article)\b[^>]*?\sid="([^"]+)"/g)) ids.add(match[1]!);
	// `_top` and Starlight's own `starlight__…` ids are page chrome, not content anchors.
	ids.delete('_top');
	return [...ids].filter((id) => !id.startsWith('starlight__')).sort();
}

/** Builds the manifest of a built site (paths without the base). */
export function buildManifest(pages: ReadonlyMap<string, string>): UrlManifest {
	const manifest: UrlManifest = {};
	for (const [file, html] of [...pages].sort(([a], [b]) => a.localeCompare(b))) {
		if (file === '404.html') continue;
		manifest[pathForFile(file, '/')] = linkableFragments(html);
	}
	return manifest;
}

export interface ManifestDiff {
	/** Recorded pages the build no longer serves. */
	missingPages: string[];
	/** Recorded fragments whose element is gone from a page that still exists. */
	missingFragments: { page: string; fragment: string }[];
	/** Pages built now but not yet recorded (not an error; update the manifest to protect them). */
	newPages: string[];
}

export function diffManifest(
	recorded: UrlManifest,
	current: UrlManifest,
	built: (path: string) => string | undefined
): ManifestDiff {
	const missingPages: string[] = [];
	const missingFragments: { page: string; fragment: string }[] = [];
	for (const [page, fragments] of Object.entries(recorded)) {
		const html = built(page);
		if (html === undefined) {
			missingPages.push(page);
			continue;
		}
		const ids = extractIds(html);
		for (const fragment of fragments) if (!ids.has(fragment)) missingFragments.push({ page, fragment });
	}
	const newPages = Object.keys(current).filter((page) => !(page in recorded));
	return { missingPages, missingFragments, newPages };
}
