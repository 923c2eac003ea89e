/**
 * Flashcard schema. A card is one atomic fact or decision rule from a study
 * page, in our own words, with the official page that backs it. Rules are in
 * CONTRIBUTING.md ("Add a flashcard"); every message names the card, the
 * bad value and what is allowed, because Astro prints it next to the file.
 */
import { z } from 'astro/zod';
import { considerationRef, objectiveRef } from './shared';
import { officialUrl } from './official-url';
import { cardSourceHosts } from '../lib/official-urls';
import { kebabCase, objectiveIdOf } from '../lib/ids';
import { modelIdProblems } from '../lib/model-ids';
import { models } from '../data/models';

const shown = (value: unknown) => JSON.stringify(value);

/** Longest card ID: IDs are storage keys and Anki note IDs, so they stay short. */
export const maxCardIdLength = 80;

/** A string of `min` to `max` characters; the message names the field and its length. */
function text(field: string, min: number, max: number) {
	return z
		.string({ error: `Each card needs \`${field}\` (text, ${min} to ${max} characters).` })
		.refine((value) => value.trim().length >= min && value.trim().length <= max, {
			error: (issue) =>
				`\`${field}\` is ${String(issue.input).trim().length} characters (${shown(String(issue.input).slice(0, 60))}…); allowed: ${min} to ${max}.`,
		});
}

/**
 * Inline Markdown only: code spans and emphasis render; a blank line, list item
 * or heading would not (cards render as one paragraph on the page and in Anki).
 */
export function blockMarkdownProblem(value: string): string | undefined {
	if (/\n\s*\n/.test(value.trim())) return 'a blank line (cards are one paragraph)';
	const line = value.split('\n').find((l) => /^\s*([-*+]\s|\d+[.)]\s|#{1,6}\s|>\s?)/.test(l));
	return line === undefined ? undefined : `a list item, heading or quote (${shown(line.trim())})`;
}

export const cardSourceSchema = z.object(
	{
		/** Title of the official page. */
		title: z.string({ error: 'A card `source` needs a `title` (the page title).' }).min(3),
		/** The page, on an official Google or open-source project host. */
		url: officialUrl(cardSourceHosts, 'Card source URL'),
	},
	{ error: 'Each card needs a `source`: an object with `title` and `url` of the official page that backs it.' }
);

export const flashcardSchema = z
	.object({
		/** Stable kebab-case ID, unique across all card files and never reused: the review-state key and the Anki note ID. */
		id: z
			.string({ error: 'Each card needs a stable `id` in kebab-case.' })
			.regex(kebabCase, {
				error: (issue) =>
					`Card id ${shown(issue.input)} must be kebab-case (a-z, 0-9 and single hyphens), such as "bqml-implicit-feedback".`,
			})
			.max(maxCardIdLength, {
				error: (issue) => `Card id ${shown(issue.input)} is longer than ${maxCardIdLength} characters.`,
			}),
		/** The sub-objective, such as `1.1`; must equal the file name's objective (checked by the loader). */
		objective: objectiveRef,
		/** The consideration the card tests, such as `1.1.2`; must belong to `objective`. */
		consideration: considerationRef,
		/** The prompt: one question or prompt in inline Markdown, 20–240 characters, ending with `?` or `:`. */
		front: text('front', 20, 240),
		/** The answer: inline Markdown, 10–600 characters. */
		back: text('back', 10, 600),
		/** Optional: why it matters on the exam (a trap, a clue word), 20–300 characters. */
		why: text('why', 20, 300).optional(),
		/** The official page that backs the back of the card. */
		source: cardSourceSchema,
	})
	.superRefine((card, ctx) => {
		const parent = objectiveIdOf(card.consideration);
		if (parent !== card.objective) {
			ctx.addIssue({
				code: 'custom',
				path: ['consideration'],
				message: `Card "${card.id}": consideration "${card.consideration}" belongs to objective "${parent}", not to the card's objective "${card.objective}". Use one of "${card.objective}.1", "${card.objective}.2", ….`,
			});
		}
		if (!/[?:]$/.test(card.front.trim())) {
			ctx.addIssue({
				code: 'custom',
				path: ['front'],
				message: `Card "${card.id}": \`front\` must be one question or prompt ending with "?" or ":"; it ends with ${shown(card.front.trim().slice(-12))}.`,
			});
		}
		for (const field of ['front', 'back', 'why'] as const) {
			const value = card[field];
			if (value === undefined) continue;
			const problem = blockMarkdownProblem(value);
			if (problem)
				ctx.addIssue({
					code: 'custom',
					path: [field],
					message: `Card "${card.id}": \`${field}\` contains ${problem}. Allowed: inline Markdown only (\`code\`, *emphasis*, **bold**).`,
				});
			// Model IDs must be current: candidates copy them.
			for (const modelProblem of modelIdProblems(value, models, new Date()))
				ctx.addIssue({ code: 'custom', path: [field], message: `Card "${card.id}": the ${field}'s ${modelProblem}` });
		}
	});

export type Flashcard = z.infer<typeof flashcardSchema>;
