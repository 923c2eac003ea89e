/**
 * Which bundler messages the build drops as known and harmless. Everything else
 * goes to Vite's default handler, so a new warning stays visible.
 */

/** The parts of a Rolldown log message the filter looks at. */
export interface BundlerLog {
	code?: string;
	message?: string;
}

/**
 * Astro wraps every content page it bundles in a module that starts with the
 * directive "use astro:head-inject" (astro/dist/content/vite-plugin-content-assets.js).
 * Rolldown warns that it may drop module-level directives when bundling; nothing
 * in Astro 7 reads this one after bundling, so the warning (one boxed message per
 * page) carries no information. Other directive warnings ("use client" in a
 * dependency, say) are kept.
 */
export function isKnownHarmlessLog(log: BundlerLog): boolean {
	return log.code === 'MODULE_LEVEL_DIRECTIVE' && (log.message ?? '').includes('"use astro:head-inject"');
}
