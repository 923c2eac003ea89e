/**
 * Frontmatter of the `docs` collection: Starlight's schema extended with a union
 * on `kind`, so each kind of page declares exactly the fields it needs and
 * TypeScript narrows `entry.data` by `kind`. Facts the registries already hold
 * are not restated: a study page's June 2026 objectives and its section come
 * from its `objectives`; an overview page's title must be its section's title.
 */
import { z } from 'astro/zod';
import { objectiveIdOf } from '../lib/ids';
import { getSection, sectionOf } from '../lib/registry';
import { considerationRef, handsOnSchema, objectiveRef, productRef, reviewDate, sourceSchema } from './shared';

const shown = (value: unknown) => JSON.stringify(value);
/** A list a study page must have at least one entry in, with the same message when it is missing or empty. */
function requiredList<T extends z.ZodType>(item: T, field: string, example: string) {
	const message = `Study pages (kind: study) need at least one entry in \`${field}\`, such as ${example}.`;
	return z.array(item, { error: message }).min(1, message);
}

/** A study page: teaches one or more sub-objectives of one section. */
export const studyPageFields = z
	.object({
		kind: z.literal('study'),
		/** Sub-objective IDs of blueprint 2024-10 that the page covers, such as `["1.1"]`. */
		objectives: requiredList(objectiveRef, 'objectives', '["1.1"]'),
		/** Consideration IDs covered, each with its own H2 marked `[1.1.2]`. */
		considerations: requiredList(considerationRef, 'considerations', '["1.1.1"]'),
		/** Product IDs from `src/data/products.ts` the page discusses. */
		products: requiredList(productRef, 'products', '[bigquery-ml]'),
		/** The day the page was last checked against its sources (YYYY-MM-DD). */
		lastReviewed: reviewDate,
		/** Official documentation pages that back the page's claims. */
		sources: requiredList(sourceSchema, 'sources', 'an official page with title and url'),
		/**
		 * Optional: official labs, tutorials or sample notebooks for the page's
		 * objectives (Google hosts only), rendered as the generated "Hands-on"
		 * section. Leave it out when Google offers none.
		 */
		handsOn: z
			.array(handsOnSchema, { error: '`handsOn` is a list of entries with `title` and `url`.' })
			.min(1, 'Leave `handsOn` out instead of giving an empty list.')
			.max(4, 'Keep Hands-on short: at most 4 entries, the most useful first.')
			.optional(),
	})
	.superRefine(checkStudyPage);

/** A section overview, generated from the registry. */
export const overviewPageFields = z
	.object({
		kind: z.literal('overview'),
		/** The section number (`"1"` … `"6"`). */
		section: z.enum(['1', '2', '3', '4', '5', '6'], {
			error: (issue) => `Invalid section ${shown(issue.input)}. Allowed: "1" to "6" (quote it in YAML).`,
		}),
		/** Starlight's title, checked against the registry below. */
		title: z.string(),
	})
	.superRefine((data, ctx) => {
		const expected = `Section ${data.section}: ${getSection(data.section)!.title}`;
		if (data.title !== expected) {
			ctx.addIssue({
				code: 'custom',
				path: ['title'],
				message: `The title of the section ${data.section} overview is ${shown(data.title)}, but the registry (src/data/blueprint-2024-10.ts) names it ${shown(expected)}. Use that title, or change the registry.`,
			});
		}
	});

/** Any other page: home, guides, 404. `kind` may be left out. */
export const otherPageFields = z.object({ kind: z.literal('page').default('page') });

export const pageFields = z.discriminatedUnion('kind', [studyPageFields, overviewPageFields, otherPageFields], {
	error: (issue) =>
		issue.code === 'invalid_union'
			? `Invalid kind ${shown((issue.input as { kind?: unknown } | undefined)?.kind)}. Allowed: "study" (teaches sub-objectives), "overview" (a section overview) or "page" (anything else; the default).`
			: undefined,
});

export type PageFields = z.infer<typeof pageFields>;
export type StudyPageFields = z.infer<typeof studyPageFields>;

/**
 * Cross-field rules of study pages: considerations that belong to the page's
 * objectives, and objectives from one section.
 */
function checkStudyPage(data: { objectives: string[]; considerations: string[] }, ctx: z.RefinementCtx): void {
	const { objectives, considerations } = data;
	for (const [index, id] of considerations.entries()) {
		const parent = objectiveIdOf(id);
		if (!objectives.includes(parent)) {
			ctx.addIssue({
				code: 'custom',
				path: ['considerations', index],
				message: `Consideration "${id}" belongs to objective "${parent}", which is not in this page's \`objectives\` (${shown(objectives)}). Add "${parent}" to objectives or remove the consideration.`,
			});
		}
	}
	const sections = new Set(objectives.map((id) => sectionOf(id)?.id));
	if (sections.size > 1) {
		ctx.addIssue({
			code: 'custom',
			path: ['objectives'],
			message: `A study page belongs to one section, but its objectives ${shown(objectives)} span sections ${[...sections].join(' and ')}. Split the page.`,
		});
	}
}
