/**
 * Link previews: what a chat tool or social site shows for a link to this site.
 * Every docs page gets a generated 1200×630 image (src/pages/og/[...slug].png.ts)
 * with its title, its section and objective IDs, and the site name, and Open
 * Graph and Twitter tags that point to it (src/route-data.ts). Permalinks
 * (/o/<id>/) carry the tags of the page they lead to. Pure: no Astro imports.
 */
import type { PageFields } from '../schemas/frontmatter';
import { getSection, sectionOf, sections } from './registry';

/** The site name: Starlight's `title` (astro.config.mjs), and shown on every image. */
export const siteName = 'PMLE Study Guide';

/** The site's description: Starlight's `description`, used by pages that have none of their own. */
export const siteDescription =
	'A free, open-source study guide for the Google Cloud Professional Machine Learning Engineer exam, organized by exam objective.';

/** Pixel size of the images, as astro-og-canvas draws them and og:image:width/height declare them. */
export const previewImageSize = { width: 1200, height: 630 } as const;

/** Root-relative path (no base) of a docs entry's preview image: `section-1/bigquery-ml` → `/og/section-1/bigquery-ml.png`. */
export function previewImagePath(entryId: string): string {
	return `/og/${entryId}.png`;
}

/** What one image says: the page title, then lines under it. */
export interface PreviewText {
	title: string;
	/** The section line, such as "Section 3 · Scaling prototypes into ML models", when the page belongs to one. */
	section?: string;
	/** The objective line, such as "Objectives 3.1, 3.2", when the page teaches or outlines objectives. */
	objectives?: string;
}

/** The page fields a preview reads: the typed frontmatter and Starlight's title. */
export type PreviewFields = PageFields & { title: string };

/** Text of a page's preview, from its frontmatter and the registry. */
export function previewText(data: PreviewFields): PreviewText {
	const objectiveLine = (ids: readonly string[]) =>
		`${ids.length === 1 ? 'Objective' : 'Objectives'} ${ids.join(', ')}`;
	const sectionLine = (id: string) => `Section ${id} · ${getSection(id)!.title}`;
	if (data.kind === 'study') {
		const section = sectionOf(data.objectives[0]!)!;
		return { title: data.title, section: sectionLine(section.id), objectives: objectiveLine(data.objectives) };
	}
	if (data.kind === 'overview') {
		const section = sections.find((s) => s.id === data.section)!;
		// The overview's title is already "Section N: <title>"; no section line repeats it.
		return { title: data.title, objectives: objectiveLine(section.subObjectives.map((o) => o.id)) };
	}
	return { title: data.title };
}

/**
 * Font size of the title on the image: the longest study-page titles (about 120
 * characters) take four lines at 60 px; longer ones get a smaller size so the
 * lines under them stay on the image.
 */
export function previewTitleSize(title: string): number {
	return title.length <= 120 ? 60 : 48;
}

/** The lines under the title on the image: section, objectives, then the site name. */
export function previewLines(text: PreviewText): string[] {
	return [text.section, text.objectives, siteName].filter((line): line is string => Boolean(line));
}

/** og:image:alt: what the image shows, for readers who cannot see it. */
export function previewAlt(text: PreviewText): string {
	return [text.title, ...previewLines(text)].join(' — ');
}

/** One tag of a page's head, in the shape Starlight's route data uses. */
export interface HeadTag {
	tag: 'meta';
	attrs: Record<string, string>;
}

/**
 * The tags Starlight does not emit itself (it has og:title, og:description,
 * og:url, og:site_name and twitter:card): the image, its size and text, and the
 * Twitter title and description. `imageUrl` must be absolute (Open Graph
 * requires it), so callers pass it only when the site's URL is known.
 */
export function previewImageTags(imageUrl: string, alt: string): HeadTag[] {
	return [
		{ tag: 'meta', attrs: { property: 'og:image', content: imageUrl } },
		{ tag: 'meta', attrs: { property: 'og:image:type', content: 'image/png' } },
		{ tag: 'meta', attrs: { property: 'og:image:width', content: String(previewImageSize.width) } },
		{ tag: 'meta', attrs: { property: 'og:image:height', content: String(previewImageSize.height) } },
		{ tag: 'meta', attrs: { property: 'og:image:alt', content: alt } },
		{ tag: 'meta', attrs: { name: 'twitter:image:alt', content: alt } },
	];
}
