/**
 * Zod schemas for the registries: exam blueprints and the product catalogue.
 * The registries are parsed with these at import time, so a typo in the data
 * stops the build (and the unit tests) instead of rendering a wrong page.
 */
import { z } from 'astro/zod';
import { kebabCase } from '../lib/ids';
import { officialInfoHosts } from '../lib/official-urls';
import { officialUrl } from './official-url';

/** Section IDs are `1` … `6`. */
export const sectionIdSchema = z.string().regex(/^[1-9]$/, 'a section ID is one digit, such as "1"');
/** Sub-objective IDs are `<section>.<n>`, such as `1.1`. */
export const objectiveIdSchema = z.string().regex(/^[1-9]\.[1-9]$/, 'a sub-objective ID looks like "1.1"');
/** Consideration IDs are `<section>.<n>.<m>`, such as `1.1.2`. */
export const considerationIdSchema = z
	.string()
	.regex(/^[1-9]\.[1-9]\.[1-9][0-9]?$/, 'a consideration ID looks like "1.1.2"');

export const considerationSchema = z.object({
	/** Stable ID, `<sub-objective>.<position>`; never renumbered once published. */
	id: considerationIdSchema,
	/** The consideration as the exam guide words it. */
	text: z.string().min(10),
	/** Short heading-sized label used in lists, tables and badges. */
	label: z.string().min(3).max(70),
	/** True when the wording was confirmed in only one near-verbatim copy of the official guide (marked † in the source). */
	singleSource: z.boolean().default(false),
});

export const subObjectiveSchema = z.object({
	/** Stable ID such as `1.1`. */
	id: objectiveIdSchema,
	/** Title as in the exam guide. */
	title: z.string().min(5),
	/** The considerations listed under it, in guide order. */
	considerations: z.array(considerationSchema).min(1),
});

export const sectionSchema = z.object({
	/** Section number as a string, `1` … `6`. */
	id: sectionIdSchema,
	/** Section title as in the exam guide. */
	title: z.string().min(5),
	/** Approximate share of the exam, in percent. */
	weight: z.number().int().min(1).max(100),
	/** URL-safe folder name of the section's pages, such as `section-1`. */
	slug: z.string().regex(/^section-[1-9]$/),
	/** The sub-objectives, in guide order. */
	subObjectives: z.array(subObjectiveSchema).min(1),
});

export const blueprintSchema = z.object({
	/** Blueprint ID, the year and month the guide went live: `2024-10`. */
	id: z.string().regex(/^\d{4}-\d{2}$/),
	/** Date the guide went live. */
	effective: z.iso.date(),
	/** Whether the text is the official wording (false for a reconstructed summary). */
	official: z.boolean(),
	/** The six sections. */
	sections: z.array(sectionSchema).length(6),
});

export const addedTopicSchema = z.object({
	/** The topic, as summarised from the public copies of the June 2026 guide. */
	topic: z.string().min(5),
	/**
	 * The 2024-10 considerations under whose headings this site teaches the topic,
	 * such as `["3.2.3"]`; empty while no study page teaches it. The "Study by the
	 * June 2026 guide" page and the section overviews link these headings.
	 */
	taughtIn: z.array(considerationIdSchema).default([]),
});

export const summarySubObjectiveSchema = z.object({
	/** Sub-objective ID in the June 2026 numbering. */
	id: objectiveIdSchema,
	/** Descriptive title (reconstructed; not official wording). */
	title: z.string().min(5),
	/** Topics the June 2026 guide adds here, and where this site teaches them. */
	added: z.array(addedTopicSchema).default([]),
});

export const summaryBlueprintSchema = z.object({
	/** Blueprint ID: `2026-06`. */
	id: z.string().regex(/^\d{4}-\d{2}$/),
	/** Date the guide went live. */
	effective: z.iso.date(),
	/** Always false: this blueprint is an unofficial summary. */
	official: z.literal(false),
	/** Why the data is a summary and how it was put together. */
	provenance: z.string().min(20),
	/** Sections with their June 2026 weights and sub-objectives. */
	sections: z
		.array(
			z.object({
				id: sectionIdSchema,
				title: z.string().min(5),
				weight: z.number().int().min(1).max(100),
				subObjectives: z.array(summarySubObjectiveSchema).min(1),
			})
		)
		.length(6),
	/** Topics the June 2026 guide no longer names. */
	noLongerNamed: z.array(z.string()),
});

export const productCategorySchema = z.enum([
	'ai-platform',
	'generative-ai',
	'ml-api',
	'data',
	'compute',
	'devops',
	'security',
	'open-source',
]);

const isoDate = z.iso.date({ error: 'Write dates as YYYY-MM-DD.' });

/**
 * Where a product stands in Google's lifecycle, shown on the glossary. A product
 * that is simply generally available has no status. Dates come only from the
 * official deprecation, lifecycle or release-notes page named in `source`.
 */
export const productStatusSchema = z
	.object({
		/**
		 * `preview`: offered under pre-GA terms; `deprecated`: still runs but is
		 * scheduled to go; `end-of-sale`: closed to new customers, existing ones
		 * keep it; `shut-down`: no longer available.
		 */
		state: z.enum(['preview', 'deprecated', 'end-of-sale', 'shut-down']),
		/** The day the state took effect (YYYY-MM-DD): deprecation, end of sale or shutdown. */
		date: isoDate,
		/** For a deprecated product, the announced shutdown date (YYYY-MM-DD). */
		shutdown: isoDate.optional(),
		/** What Google suggests instead, in a few words. */
		replacement: z.string().min(3).optional(),
		/** The official deprecation, lifecycle or release-notes page the dates come from. */
		source: z.url({ protocol: /^https$/ }),
	})
	.refine((s) => !s.shutdown || (s.state === 'deprecated' && s.shutdown > s.date), {
		error: 'A `shutdown` date belongs to a deprecated product and must come after its deprecation `date`.',
		path: ['shutdown'],
	});

export const productSchema = z.object({
	/** Stable kebab-case ID used in frontmatter (`products: [bigquery-ml]`) and as its glossary anchor. */
	id: z.string().regex(kebabCase, 'a product ID is kebab-case, such as "bigquery-ml"'),
	/** The current official name. */
	name: z.string().min(2),
	/**
	 * One line in our own words: what the product is for in this exam. Shown on
	 * the glossary and indexed by search, so keep it to one sentence.
	 */
	summary: z
		.string({ error: 'Each product needs a `summary`: one sentence on what it is for in this exam.' })
		.min(30, 'A summary says what the product is for in this exam, in one sentence of at least 30 characters.')
		.max(200, 'A summary is one line: at most 200 characters.')
		.regex(
			/^[A-Z][^\n]*\.$/,
			'A summary is one sentence on one line, starting with a capital and ending with a period.'
		),
	/** Earlier names, newest first, with the year the change took effect. */
	formerNames: z.array(z.object({ name: z.string().min(2), until: z.number().int().min(2000).max(2100) })).default([]),
	/** Abbreviations and informal names candidates type into search. */
	aliases: z.array(z.string()).default([]),
	/** Broad family, used to group products on the site. */
	category: productCategorySchema,
	/** Official documentation home page. */
	docs: z.url({ protocol: /^https$/ }),
	/** Set when the product is in preview, deprecated, closed to new customers or shut down. */
	status: productStatusSchema.optional(),
});

export const modelSchema = z
	.object({
		/** The model ID exactly as code passes it, such as `gemini-3.8-flash`. */
		id: z.string().regex(/^[a-z0-9][a-z0-9.-]*$/, 'a model ID is lower case, such as "gemini-3.8-flash"'),
		/** Model family, for grouping. */
		family: z.enum(['gemini', 'imagen', 'veo', 'embedding', 'partner', 'open']),
		/** Launch stage on the lifecycle page. */
		status: z.enum(['preview', 'ga', 'deprecated', 'retired']),
		/** Release date (YYYY-MM-DD), when the lifecycle page gives one. */
		released: isoDate.optional(),
		/** Google's "retirement on or after" date: the earliest the model may go away. */
		earliestRetirement: isoDate.optional(),
		/** The day the model was shut down; required when `status` is `retired`. */
		retired: isoDate.optional(),
		/** The current model to use instead of a deprecated or retired one. */
		replacement: z.string().optional(),
		/** Limits that matter in samples (regions, tuning support). */
		note: z.string().optional(),
		/** Official lifecycle page the dates come from. */
		source: z.url({ protocol: /^https$/ }),
	})
	.refine((m) => m.status !== 'retired' || (m.retired && m.replacement), {
		error: 'A retired model needs its `retired` date and a `replacement`.',
	});

/** The groups of the Official resources page, in page order. */
export const officialResourceGroupSchema = z.enum(['exam', 'registration', 'preparation']);

/** A date written YYYY-MM-DD that is not in the future: the day someone checked a fact. */
const checkedDate = isoDate.refine((date) => date <= new Date().toISOString().slice(0, 10), {
	error: (issue) => `Checked date ${JSON.stringify(issue.input)} is in the future. Use the day you checked the page.`,
});

export const officialResourceSchema = z.object({
	/** Stable kebab-case ID: the item's anchor on the Official resources page and its key for look-ups. */
	id: z.string().regex(kebabCase, 'an official resource ID is kebab-case, such as "retake-policy"'),
	/** Which group of the Official resources page lists it. */
	group: officialResourceGroupSchema,
	/** Short label, such as "Length" or "Sample questions". */
	label: z.string().min(2),
	/**
	 * The fact or what the resource offers, in one or two sentences of our own.
	 * Left out when we could not confirm a value on Google's page: the item then
	 * says "See the official page" instead of guessing.
	 */
	value: z.string().min(2).optional(),
	/** Title of the official page that states it, shown as the link text. */
	source: z.string().min(3),
	/** That page, on an official Google host (src/lib/official-urls.ts). */
	url: officialUrl(officialInfoHosts, 'Official resource URL'),
	/** The day the value was last checked against that page (YYYY-MM-DD). */
	checked: checkedDate,
});

export const officialResourcesSchema = z.array(officialResourceSchema).superRefine((items, ctx) => {
	const seen = new Set<string>();
	for (const [index, item] of items.entries()) {
		if (seen.has(item.id))
			ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `Duplicate official resource ID "${item.id}".` });
		seen.add(item.id);
	}
});

export type Consideration = z.infer<typeof considerationSchema>;
export type SubObjective = z.infer<typeof subObjectiveSchema>;
export type Section = z.infer<typeof sectionSchema>;
export type Blueprint = z.infer<typeof blueprintSchema>;
export type SummaryBlueprint = z.infer<typeof summaryBlueprintSchema>;
export type AddedTopic = z.infer<typeof addedTopicSchema>;
export type Product = z.infer<typeof productSchema>;
export type ProductStatus = z.infer<typeof productStatusSchema>;
export type ProductCategory = z.infer<typeof productCategorySchema>;
export type Model = z.infer<typeof modelSchema>;
export type OfficialResource = z.infer<typeof officialResourceSchema>;
export type OfficialResourceGroup = z.infer<typeof officialResourceGroupSchema>;
