/**
 * Practice question schema. A question is our own scenario with one or two
 * correct options, an explanation per option and an official source.
 */
import { z } from 'astro/zod';
import { considerationRef, objectiveRef, sourceSchema } from './shared';
import { kebabCase, objectiveIdOf } from '../lib/ids';
import { modelIdProblems } from '../lib/model-ids';
import { models } from '../data/models';

export const optionSchema = z.object({
	/** The option as shown to the candidate. */
	text: z.string({ error: 'Each option needs `text`.' }).min(1),
	/** Whether choosing this option is right. */
	correct: z.boolean({ error: 'Each option needs `correct: true` or `correct: false`.' }),
	/** Why this option is right, or why it fails in this scenario. */
	why: z.string({ error: 'Each option needs `why`: why it is right or wrong in this scenario.' }).min(10),
});

export const questionSchema = z
	.object({
		/** Stable kebab-case ID, unique across the bank and never reused: the deep-link anchor and progress key. */
		id: z.string({ error: 'Each question needs a stable `id` in kebab-case.' }).regex(kebabCase, {
			error: (issue) =>
				`Question id ${JSON.stringify(issue.input)} must be kebab-case, such as "bqml-churn-class-weights".`,
		}),
		/** The sub-objective it tests, such as `1.1`. */
		objective: objectiveRef,
		/** The consideration it tests, such as `1.1.2`; must belong to `objective`. */
		consideration: considerationRef,
		/** 1 (recall), 2 (apply), 3 (analyse trade-offs). */
		difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)], {
			error: (issue) => `Invalid difficulty ${JSON.stringify(issue.input)}. Allowed: 1, 2 or 3.`,
		}),
		/** How many options to choose: 1 (four options) or 2 (five options). */
		select: z
			.union([z.literal(1), z.literal(2)], {
				error: (issue) => `Invalid select ${JSON.stringify(issue.input)}. Allowed: 1 or 2.`,
			})
			.default(1),
		/** The scenario and the question, in Markdown. */
		stem: z.string({ error: 'Each question needs a `stem`: the scenario and the question.' }).min(40),
		/** The options, in authoring order (the practice UI may shuffle them). */
		options: z.array(optionSchema),
		/** Short overall explanation. */
		explanation: z.string({ error: 'Each question needs an `explanation`.' }).min(20),
		/** Official documentation backing the answer: at least one. */
		sources: z.array(sourceSchema).min(1, { error: 'Each question needs at least one official source.' }),
	})
	.superRefine((q, ctx) => {
		const expectedOptions = q.select === 2 ? 5 : 4;
		if (q.options.length !== expectedOptions) {
			ctx.addIssue({
				code: 'custom',
				path: ['options'],
				message: `Question "${q.id}" has ${q.options.length} options; a select-${q.select} question needs exactly ${expectedOptions}.`,
			});
		}
		const correct = q.options.filter((o) => o.correct).length;
		if (correct === 0) {
			ctx.addIssue({
				code: 'custom',
				path: ['options'],
				message: `Question "${q.id}" has no correct option. Mark ${q.select} option(s) with \`correct: true\`.`,
			});
		} else if (correct !== q.select) {
			ctx.addIssue({
				code: 'custom',
				path: ['select'],
				message: `Question "${q.id}" says select: ${q.select} but marks ${correct} options correct. Make them match.`,
			});
		}
		const parent = objectiveIdOf(q.consideration);
		if (parent !== q.objective) {
			ctx.addIssue({
				code: 'custom',
				path: ['consideration'],
				message: `Consideration "${q.consideration}" belongs to objective "${parent}", not to this question's objective "${q.objective}".`,
			});
		}
		const texts = q.options.map((o) => o.text.trim().toLowerCase());
		if (new Set(texts).size !== texts.length) {
			ctx.addIssue({
				code: 'custom',
				path: ['options'],
				message: `Question "${q.id}" has two options with the same text.`,
			});
		}
		// Model IDs in the scenario and options must be current: candidates copy them.
		const today = new Date();
		for (const problem of modelIdProblems(q.stem, models, today))
			ctx.addIssue({ code: 'custom', path: ['stem'], message: `Question "${q.id}": the stem's ${problem}` });
		for (const [index, option] of q.options.entries())
			for (const problem of modelIdProblems(option.text, models, today))
				ctx.addIssue({
					code: 'custom',
					path: ['options', index, 'text'],
					message: `Question "${q.id}": option ${index + 1}'s ${problem}`,
				});
	});

export type Question = z.infer<typeof questionSchema>;
