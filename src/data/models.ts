/**
 * Generative model IDs the site uses in code samples, options and stems, with
 * their lifecycle. Code that names a retired model fails when a reader copies
 * it, so the build rejects an ID that is missing here or retired on the build
 * date (src/lib/model-ids.ts). Dates come from the official lifecycle page:
 * https://docs.cloud.google.com/gemini-enterprise-agent-platform/models/model-versions
 * (checked November 2026). `earliestRetirement` is Google's "on or after" date,
 * not a shutdown; `retired` is set once a model is actually shut down.
 * Re-checked 2026-11-30 against that page: the Gemini 2.5 retirement moved from
 * October 16 to October 20, 2026, and the listed replacements are gemini-3.8-flash
 * or 3.5-flash (2.5 Pro), 3.8-flash or 3.5-flash-lite (2.5 Flash, 2.5 Flash-Lite).
 */
import { z } from 'astro/zod';
import { modelSchema, type Model } from '../schemas/registry';

const VERSIONS = 'https://docs.cloud.google.com/gemini-enterprise-agent-platform/models/model-versions';

const data = [
	{
		id: 'gemini-4-argon',
		family: 'gemini',
		status: 'ga',
		released: '2026-10-13',
		earliestRetirement: '2027-10-13',
		source: VERSIONS,
	},
	{
		id: 'gemini-3.8-flash',
		family: 'gemini',
		status: 'ga',
		released: '2026-09-02',
		earliestRetirement: '2027-09-02',
		// Developer's guide to Gemini 3.8 Flash, spec table: supported regions "Global, Multi-region"
		// (https://docs.cloud.google.com/gemini-enterprise-agent-platform/models/guides/gemini-3-8-flash).
		note: 'Served from the global endpoint and the us and eu multi-regions only.',
		source: VERSIONS,
	},
	{
		id: 'gemini-3.5-flash-lite',
		family: 'gemini',
		status: 'ga',
		released: '2026-07-21',
		earliestRetirement: '2027-07-21',
		note: 'Supports supervised fine-tuning.',
		source: VERSIONS,
	},
	{
		id: 'gemini-3.5-flash',
		family: 'gemini',
		status: 'ga',
		released: '2026-05-19',
		earliestRetirement: '2027-05-19',
		note: 'Supports supervised fine-tuning.',
		source: VERSIONS,
	},
	{
		id: 'gemini-3.1-flash-lite',
		family: 'gemini',
		status: 'ga',
		released: '2026-05-07',
		earliestRetirement: '2027-05-07',
		// Release notes, May 20, 2026: supervised fine-tuning added with limited support, tuning in
		// us-central1 and europe-west4 only (https://docs.cloud.google.com/gemini-enterprise-agent-platform/release-notes).
		note: 'Supports supervised fine-tuning (limited support; tuning in us-central1 and europe-west4).',
		source: VERSIONS,
	},
	{ id: 'gemini-3.1-flash-image', family: 'gemini', status: 'ga', earliestRetirement: '2027-05-28', source: VERSIONS },
	{ id: 'gemini-3-pro-image', family: 'gemini', status: 'ga', earliestRetirement: '2027-05-28', source: VERSIONS },
	{ id: 'veo-3.1-generate-001', family: 'veo', status: 'ga', source: VERSIONS },
	{ id: 'veo-3.1-fast-generate-001', family: 'veo', status: 'ga', source: VERSIONS },
	{ id: 'gemini-embedding-001', family: 'embedding', status: 'ga', earliestRetirement: '2028-05-20', source: VERSIONS },
	// Retired: kept so the build can say what replaces them.
	{
		id: 'gemini-2.5-pro',
		family: 'gemini',
		status: 'retired',
		retired: '2026-10-20',
		replacement: 'gemini-3.8-flash',
		source: VERSIONS,
	},
	{
		id: 'gemini-2.5-flash',
		family: 'gemini',
		status: 'retired',
		retired: '2026-10-20',
		replacement: 'gemini-3.8-flash',
		source: VERSIONS,
	},
	{
		id: 'gemini-2.5-flash-lite',
		family: 'gemini',
		status: 'retired',
		retired: '2026-10-20',
		replacement: 'gemini-3.5-flash-lite',
		source: VERSIONS,
	},
] satisfies z.input<typeof modelSchema>[];

/** The model registry, validated (duplicate IDs and replacements that are not in the registry are rejected). */
export const models: readonly Model[] = z
	.array(modelSchema)
	.superRefine((list, ctx) => {
		const ids = list.map((m) => m.id);
		for (const [index, model] of list.entries()) {
			if (ids.indexOf(model.id) !== index)
				ctx.addIssue({
					code: 'custom',
					path: [index, 'id'],
					message: `Duplicate model ID "${model.id}" in src/data/models.ts.`,
				});
			if (model.replacement && !ids.includes(model.replacement))
				ctx.addIssue({
					code: 'custom',
					path: [index, 'replacement'],
					message: `Model "${model.id}" names replacement "${model.replacement}", which is not in src/data/models.ts.`,
				});
		}
	})
	.parse(data);
