/**
 * Frontmatter of the `docs` collection: Starlight's schema extended with the
 * fields that tie a page to the exam. Study pages (`kind: study`) must carry all
 * of them; the checks that span fields live in `checkStudyPage`.
 */
import { z } from 'astro/zod';
import { getObjective, sectionOf } from '../lib/registry';
import { considerationRef, objective2026Ref, objectiveRef, productRef, reviewDate, sourceSchema } from './shared';

export const pageKinds = ['study', 'overview', 'page'] as const;

export const pageFields = z.object({
	/** What the page is: a study page for sub-objectives, a section overview, or any other page. */
	kind: z
		.enum(pageKinds, {
			error: (issue) =>
				`Invalid kind ${JSON.stringify(issue.input)}. Allowed: "study" (teaches sub-objectives), "overview" (a section overview) or "page".`,
		})
		.default('page'),
	/** For overview pages: the section number (`"1"` … `"6"`). */
	section: z
		.enum(['1', '2', '3', '4', '5', '6'], {
			error: (issue) => `Invalid section ${JSON.stringify(issue.input)}. Allowed: "1" to "6" (quote it in YAML).`,
		})
		.optional(),
	/** Sub-objective IDs of blueprint 2024-10 that the page covers, such as `["1.1"]`. */
	objectives: z.array(objectiveRef).optional(),
	/** Consideration IDs covered, each with its own H2 marked `[1.1.2]`. */
	considerations: z.array(considerationRef).optional(),
	/** Product IDs from `src/data/products.ts` the page discusses. */
	products: z.array(productRef).optional(),
	/** June 2026 sub-objective IDs this material maps to. */
	blueprint2026: z.array(objective2026Ref).optional(),
	/** The day the page was last checked against its sources (YYYY-MM-DD). */
	lastReviewed: reviewDate.optional(),
	/** Official documentation pages that back the page's claims. */
	sources: z.array(sourceSchema).optional(),
});

export type PageFields = z.infer<typeof pageFields>;

const requiredForStudy = [
	'objectives',
	'considerations',
	'products',
	'blueprint2026',
	'lastReviewed',
	'sources',
] as const;

/**
 * Cross-field rules: required fields of study pages, considerations that belong
 * to the page's objectives, and the section of overview pages.
 */
export function checkStudyPage(data: PageFields, ctx: z.RefinementCtx): void {
	if (data.kind === 'overview' && !data.section) {
		ctx.addIssue({
			code: 'custom',
			path: ['section'],
			message: 'Overview pages need `section`, the section number as a quoted string ("1" to "6").',
		});
	}
	if (data.kind !== 'study') return;
	for (const field of requiredForStudy) {
		const value = data[field];
		if (value === undefined || (Array.isArray(value) && value.length === 0)) {
			ctx.addIssue({
				code: 'custom',
				path: [field],
				message: `Study pages (kind: study) need \`${field}\`. Required fields: ${requiredForStudy.join(', ')}. See README "Adding a study page".`,
			});
		}
	}
	const objectives = data.objectives ?? [];
	for (const [index, id] of (data.considerations ?? []).entries()) {
		const parent = id.split('.').slice(0, 2).join('.');
		if (getObjective(parent) && !objectives.includes(parent)) {
			ctx.addIssue({
				code: 'custom',
				path: ['considerations', index],
				message: `Consideration "${id}" belongs to objective "${parent}", which is not in this page's \`objectives\` (${JSON.stringify(objectives)}). Add "${parent}" to objectives or remove the consideration.`,
			});
		}
	}
	const sections = new Set(objectives.map((id) => sectionOf(id)?.id));
	if (sections.size > 1) {
		ctx.addIssue({
			code: 'custom',
			path: ['objectives'],
			message: `A study page belongs to one section, but its objectives ${JSON.stringify(objectives)} span sections ${[...sections].join(' and ')}. Split the page.`,
		});
	}
}
