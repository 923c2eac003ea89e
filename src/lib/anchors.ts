/**
 * Stable heading anchors for considerations. A consideration's fragment is the
 * slug of its registry label, so links such as `/section-1/bigquery-ml/#…` and
 * the `/o/1.1.2/` permalinks survive rewording of the heading text on a page.
 */
import GithubSlugger from 'github-slugger';
import { getConsideration } from './registry';

/** Slugifies text the way Astro does for heading IDs. */
export function slugify(text: string): string {
	return new GithubSlugger().slug(text);
}

/** The fragment (without `#`) of the heading that covers a consideration. */
export function considerationAnchor(considerationId: string): string {
	const consideration = getConsideration(considerationId);
	if (!consideration) throw new Error(`Unknown consideration ID "${considerationId}".`);
	return slugify(consideration.label);
}

/** Matches the `[1.2.3]` marker that tags a heading with the consideration it covers. */
const CONSIDERATION_MARKER = /\s*\[(\d+\.\d+\.\d+)\]\s*$/;

/** Splits a heading text into its visible text and the consideration ID of its marker. */
export function parseConsiderationMarker(text: string): { text: string; considerationId?: string } {
	const match = CONSIDERATION_MARKER.exec(text);
	if (!match) return { text };
	return { text: text.slice(0, match.index), considerationId: match[1] };
}
