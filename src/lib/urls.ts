/**
 * URL building. Every internal link goes through `withBase` so the site works
 * when deployed under a sub-path (BASE_PATH=/pmle/).
 */

/** Joins the configured base (`import.meta.env.BASE_URL`) and a root-relative path. */
export function withBase(path: string, base: string): string {
	const trimmedBase = base.endsWith('/') ? base.slice(0, -1) : base;
	const trimmedPath = path.startsWith('/') ? path : `/${path}`;
	return `${trimmedBase}${trimmedPath}`;
}

/**
 * Joins the site's base path and a root-relative path. The base is read once
 * here, as Starlight's own `pathWithBase` does, so callers never pass it.
 */
export function pathWithBase(path: string): string {
	return withBase(path, import.meta.env.BASE_URL);
}

/** Path of a section's overview page, e.g. `/section-1/`. */
export function sectionPath(sectionSlug: string): string {
	return `/${sectionSlug}/`;
}

/** Path of a docs entry from its collection id, e.g. `section-1/bigquery-ml` → `/section-1/bigquery-ml/`. */
export function entryPath(entryId: string): string {
	return entryId === 'index' ? '/' : `/${entryId}/`;
}

/** Path of the practice questions for one sub-objective, e.g. `/practice/1.1/`. */
export function practicePath(objectiveId: string): string {
	return `/practice/${objectiveId}/`;
}

/** Path of a section's one-page review, e.g. `/section-1/review/` (src/pages/[section]/review.astro). */
export function reviewPath(sectionSlug: string): string {
	return `/${sectionSlug}/review/`;
}

/** The docs entry id a root-relative page path leads to (fragment ignored): `/section-1/bigquery-ml/#x` → `section-1/bigquery-ml`, `/` → `index`. */
export function entryIdOfPath(path: string): string {
	const id = path.split('#')[0]!.replace(/^\/+|\/+$/g, '');
	return id === '' ? 'index' : id;
}
