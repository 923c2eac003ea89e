/**
 * Redirects for pages that moved or were merged: old path → new path (both
 * without the base path). When a page disappears from the URL manifest
 * (tests/url-manifest.json), add its old path here so existing links keep working.
 */
export const redirects: Record<string, string> = {};
