/**
 * Field schemas shared by page frontmatter and practice questions. Each error
 * message names the bad value and what is allowed, because Astro prints it next
 * to the file and field path, and that should be enough to fix the mistake.
 */
import { z } from 'astro/zod';
import { considerationIds, describeAllowed, objectiveIds, productIds } from '../lib/registry';
import { handsOnHosts } from '../lib/official-urls';
import { officialUrl } from './official-url';

const shown = (value: unknown) => JSON.stringify(value);

/** A sub-objective ID of blueprint 2024-10, such as `1.1`. */
export const objectiveRef = z.string().refine((id) => objectiveIds.includes(id), {
	error: (issue) =>
		`Unknown objective ID ${shown(issue.input)}. Allowed (blueprint 2024-10, src/data/blueprint-2024-10.ts): ${describeAllowed(objectiveIds)}.`,
});

/** A consideration ID of blueprint 2024-10, such as `1.1.2`. */
export const considerationRef = z.string().refine((id) => considerationIds.includes(id), {
	error: (issue) =>
		`Unknown consideration ID ${shown(issue.input)}. Use <objective>.<n> from src/data/blueprint-2024-10.ts, for example "1.1.1" to "1.1.3" or "1.3.1" to "1.3.5".`,
});

/** A product ID from the product registry. */
export const productRef = z.string().refine((id) => productIds.includes(id), {
	error: (issue) =>
		`Unknown product ID ${shown(issue.input)}. Use an \`id\` from src/data/products.ts (or add the product there), such as ${describeAllowed(productIds, 8)}.`,
});

/** An official documentation page that backs a claim. */
export const sourceSchema = z.object({
	/** Title of the documentation page. */
	title: z.string({ error: 'Each source needs a `title` (the documentation page title).' }).min(3),
	/** Absolute https URL of the page. */
	url: z.url({
		protocol: /^https$/,
		error: (issue) =>
			`Source URL ${shown(issue.input)} is not a valid absolute https:// URL, such as "https://docs.cloud.google.com/bigquery/docs/bqml-introduction".`,
	}),
});

/** A calendar date written as YAML `2026-11-27` (YAML parses it to a Date) or a string in that form. */
export const reviewDate = z.unknown().transform((value, ctx): Date => {
	const date =
		value instanceof Date
			? value
			: typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)
				? new Date(`${value}T00:00:00Z`)
				: undefined;
	if (!date || Number.isNaN(date.getTime())) {
		ctx.addIssue({
			code: 'custom',
			message: `Invalid date ${shown(value)}. Write the date as YYYY-MM-DD, for example 2026-11-27.`,
		});
		return z.NEVER;
	}
	if (date.getTime() > Date.now() + 86_400_000) {
		ctx.addIssue({
			code: 'custom',
			message: `Date ${date.toISOString().slice(0, 10)} is in the future. Use the day the page was last checked against its sources.`,
		});
		return z.NEVER;
	}
	return date;
});

/** An official lab, tutorial or sample notebook a candidate can work through for an objective. */
export const handsOnSchema = z.object(
	{
		/** What the reader does there, in a few words: "Train an AutoML tabular model and get predictions". */
		title: z
			.string({ error: 'Each hands-on entry needs a `title` (what the reader does there).' })
			.min(3, 'A hands-on `title` needs at least 3 characters.'),
		/** The lab, tutorial or notebook, on an official Google host. */
		url: officialUrl(handsOnHosts, 'Hands-on URL'),
	},
	{ error: 'Each hands-on entry is an object with `title` and `url`.' }
);
