/**
 * Blueprint `2026-06`: the English exam guide that went live on 1 June 2026.
 * Google's exact wording was not available when this was written, so this is an
 * UNOFFICIAL SUMMARY (see `provenance`), shown as such wherever the site uses it.
 * The 2024-10 guide stays the primary structure of the site. Google announces the
 * June 2026 exam on https://cloud.google.com/learn/certification/machine-learning-engineer
 * and names the renames in its official table,
 * https://docs.cloud.google.com/gemini-enterprise-agent-platform/vertex-ai-name-changes.
 *
 * Each added topic also records where this site teaches it (`taughtIn`: the
 * 2024-10 considerations whose headings cover it). That is a fact about this
 * site, not about the guide: update it when a study page starts or stops
 * teaching a topic.
 */
import type { z } from 'astro/zod';
import { summaryBlueprintSchema, type SummaryBlueprint } from '../schemas/registry';
import { blueprint2024 } from './blueprint-2024-10';

const data = {
	id: '2026-06',
	effective: '2026-06-01',
	official: false,
	provenance:
		'Reconstructed from several independent public copies of the June 2026 guide, which agree on the section weights, the moves (1.3 into 1.1, 5.3 into 2.3) and the added topics. Sub-objective titles are descriptive, not official text; the placement of each added topic is our reading of those copies. The published weights are rounded and sum to 101%.',
	sections: [
		{
			id: '1',
			title: 'Architecting low-code AI solutions',
			weight: 13,
			subObjectives: [
				{
					id: '1.1',
					title: 'Developing ML models with BigQuery ML and AutoML',
					added: [{ topic: 'Fine-tuning Gemini models by using BigQuery', taughtIn: ['1.1.1'] }],
				},
				{
					id: '1.2',
					title: 'Building AI solutions with ML APIs and foundation models',
					added: [
						{ topic: 'Gemini, Imagen, Veo and model as a service in Model Garden', taughtIn: ['1.2.1'] },
						{ topic: 'Vision and Translation APIs', taughtIn: ['1.2.1'] },
						{
							topic: 'Optimizing Gemini applications for cost, latency and availability',
							taughtIn: ['1.2.1', '4.2.5'],
						},
					],
				},
			],
		},
		{
			id: '2',
			title: 'Collaborating within and across teams to manage data and models',
			weight: 16,
			subObjectives: [
				{
					id: '2.1',
					title: 'Exploring and preprocessing organization-wide data',
					added: [
						{
							topic: 'Choosing a preprocessing tool by data scale (BigQuery SQL, Dataflow, Spark, in-memory Python)',
							taughtIn: ['2.1.3'],
						},
					],
				},
				{ id: '2.2', title: 'Prototyping models in notebooks' },
				{
					id: '2.3',
					title: 'Tracking experiments, metadata and lineage',
					added: [{ topic: 'LLM-as-a-judge evaluation', taughtIn: ['2.3.2'] }],
				},
			],
		},
		{
			id: '3',
			title: 'Scaling prototypes into ML models',
			weight: 21,
			subObjectives: [
				{ id: '3.1', title: 'Building models' },
				{
					id: '3.2',
					title: 'Training models',
					added: [
						{ topic: 'Data parallelism and model parallelism', taughtIn: ['3.2.4'] },
						{ topic: 'Ray on Agent Platform', taughtIn: ['3.2.3'] },
					],
				},
				{ id: '3.3', title: 'Choosing hardware for training' },
			],
		},
		{
			id: '4',
			title: 'Serving and scaling models',
			weight: 20,
			subObjectives: [
				{
					id: '4.1',
					title: 'Serving models',
					added: [
						{ topic: 'Serving on Cloud Run and GKE with prebuilt or custom containers', taughtIn: ['4.1.2'] },
						{ topic: 'Canary rollouts', taughtIn: ['4.1.4'] },
						{ topic: 'Inference pre-processing and post-processing', taughtIn: ['4.1.2'] },
					],
				},
				{ id: '4.2', title: 'Scaling online model serving' },
			],
		},
		{
			id: '5',
			title: 'Automating and orchestrating ML pipelines',
			weight: 18,
			subObjectives: [
				{ id: '5.1', title: 'Developing end-to-end ML pipelines' },
				{
					id: '5.2',
					title: 'Automating model retraining',
					added: [{ topic: 'Continuous integration, delivery and training (CI/CD/CT)', taughtIn: ['5.2.1', '5.2.2'] }],
				},
			],
		},
		{
			id: '6',
			title: 'Monitoring AI solutions',
			weight: 13,
			subObjectives: [
				{
					id: '6.1',
					title: 'Identifying risks to AI solutions',
					added: [
						{ topic: 'Model Armor and safety filters', taughtIn: ['6.1.1'] },
						{ topic: 'Data exfiltration and malicious prompting', taughtIn: ['6.1.1'] },
					],
				},
				{
					id: '6.2',
					title: 'Monitoring, testing and troubleshooting AI solutions',
					added: [
						{ topic: 'Data drift and concept drift', taughtIn: ['6.2.4'] },
						{ topic: 'Monitoring and evaluating generative AI', taughtIn: ['6.2.1', '2.3.2'] },
					],
				},
			],
		},
	],
	noLongerNamed: [
		'Agent Builder RAG',
		'Retail API',
		'Spanner, Cloud SQL and Hadoop as named data sources',
		'TFX',
		'Kubeflow DSL',
		'MLflow',
		'Jenkins',
		'Hybrid and multicloud strategies',
		'Reduction Server',
		'Horovod',
		'Vertex AI TensorBoard',
		'Notebooks on Dataproc',
		'Spark kernels',
		'PHI',
		'Edge devices for training',
		'Baselines and simpler models',
		'Common training and serving errors',
	],
} satisfies z.input<typeof summaryBlueprintSchema>;

/** The June 2026 blueprint summary, validated. */
export const blueprint2026: SummaryBlueprint = summaryBlueprintSchema.parse(data);

// `taughtIn` names considerations of the other registry, so it is checked here, once both are loaded.
const knownConsiderations = new Set(
	blueprint2024.sections.flatMap((s) => s.subObjectives.flatMap((o) => o.considerations.map((c) => c.id)))
);
for (const section of blueprint2026.sections) {
	for (const objective of section.subObjectives) {
		for (const [index, added] of objective.added.entries()) {
			const unknown = added.taughtIn.filter((id) => !knownConsiderations.has(id));
			if (unknown.length > 0) {
				throw new Error(
					`src/data/blueprint-2026-06.ts: sub-objective ${objective.id}, added[${index}] ("${added.topic}"), taughtIn names ${unknown.map((id) => `"${id}"`).join(', ')}, which is not a consideration of the 2024-10 guide. Use IDs from src/data/blueprint-2024-10.ts, such as "3.2.3", or leave taughtIn empty while no page teaches the topic.`
				);
			}
		}
	}
}

/**
 * Where each 2024-10 sub-objective lives in the June 2026 guide.
 * 1.3 (AutoML) moved into 1.1, and 5.3 (metadata and lineage) into 2.3.
 */
export const mapping2024To2026: Readonly<Record<string, readonly string[]>> = {
	'1.1': ['1.1'],
	'1.2': ['1.2'],
	'1.3': ['1.1'],
	'2.1': ['2.1'],
	'2.2': ['2.2'],
	'2.3': ['2.3'],
	'3.1': ['3.1'],
	'3.2': ['3.2'],
	'3.3': ['3.3'],
	'4.1': ['4.1'],
	'4.2': ['4.2'],
	'5.1': ['5.1'],
	'5.2': ['5.2'],
	'5.3': ['2.3'],
	'6.1': ['6.1'],
	'6.2': ['6.2'],
};
