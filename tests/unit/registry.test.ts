import { describe, expect, it } from 'vitest';
import {
	blueprint2024,
	blueprint2026,
	considerationIds,
	mapping2024To2026,
	objective2026Ids,
	objectiveIds,
	products,
	sections,
	subObjectives,
} from '../../src/lib/registry';
import { blueprintSchema, productSchema } from '../../src/schemas/registry';

describe('blueprint 2024-10', () => {
	it('has 6 sections, 16 sub-objectives and 66 considerations', () => {
		expect(sections).toHaveLength(6);
		expect(subObjectives).toHaveLength(16);
		expect(considerationIds).toHaveLength(66);
	});

	it('has weights that sum to 100 and match the exam guide', () => {
		expect(sections.map((s) => s.weight)).toEqual([13, 14, 18, 20, 22, 13]);
		expect(sections.reduce((n, s) => n + s.weight, 0)).toBe(100);
	});

	it('numbers IDs by position, so every ID is unique and nested under its parent', () => {
		expect(new Set(objectiveIds).size).toBe(16);
		expect(new Set(considerationIds).size).toBe(66);
		for (const section of sections) {
			section.subObjectives.forEach((objective, i) => {
				expect(objective.id).toBe(`${section.id}.${i + 1}`);
				objective.considerations.forEach((c, j) => expect(c.id).toBe(`${objective.id}.${j + 1}`));
			});
		}
	});

	it('has the consideration counts of the guide per sub-objective', () => {
		expect(subObjectives.map((o) => o.considerations.length)).toEqual([3, 3, 5, 6, 6, 2, 2, 7, 2, 4, 5, 7, 2, 3, 4, 5]);
	});

	it('rejects a blueprint with a missing section', () => {
		const broken = { ...blueprint2024, sections: blueprint2024.sections.slice(1) };
		expect(() => blueprintSchema.parse(broken)).toThrow();
	});
});

describe('blueprint 2026-06', () => {
	it('is flagged as an unofficial summary with its provenance', () => {
		expect(blueprint2026.official).toBe(false);
		expect(blueprint2026.provenance).toMatch(/public copies/);
	});

	it('has the June 2026 weights as published (rounded, so they sum to 101)', () => {
		expect(blueprint2026.sections.map((s) => s.weight)).toEqual([13, 16, 21, 20, 18, 13]);
		expect(blueprint2026.sections.reduce((n, s) => n + s.weight, 0)).toBe(101);
	});

	it('keeps the six section titles', () => {
		expect(blueprint2026.sections.map((s) => s.title)).toEqual(sections.map((s) => s.title));
	});

	it('maps every 2024-10 sub-objective to existing June 2026 IDs', () => {
		expect(Object.keys(mapping2024To2026).sort()).toEqual([...objectiveIds].sort());
		for (const targets of Object.values(mapping2024To2026)) {
			expect(targets.length).toBeGreaterThan(0);
			for (const id of targets) expect(objective2026Ids).toContain(id);
		}
		expect(mapping2024To2026['1.3']).toEqual(['1.1']);
		expect(mapping2024To2026['5.3']).toEqual(['2.3']);
	});

	it('leaves no June 2026 sub-objective without a 2024-10 source', () => {
		const targets = new Set(Object.values(mapping2024To2026).flat());
		for (const id of objective2026Ids) expect(targets).toContain(id);
	});
});

describe('products', () => {
	it('have unique IDs and names', () => {
		const ids = products.map((p) => p.id);
		expect(new Set(ids).size).toBe(ids.length);
		const names = products.map((p) => p.name);
		expect(new Set(names).size).toBe(names.length);
	});

	it('include every product the 2024-10 guide names', () => {
		const ids = new Set(products.map((p) => p.id));
		for (const id of [
			'bigquery-ml',
			'model-garden',
			'document-ai',
			'retail-api',
			'agent-builder',
			'automl',
			'tabular-workflows',
			'cloud-storage',
			'bigquery',
			'spanner',
			'cloud-sql',
			'apache-spark',
			'apache-hadoop',
			'dataflow',
			'tfx',
			'feature-store',
			'workbench',
			'colab-enterprise',
			'dataproc',
			'experiments',
			'kubeflow-pipelines',
			'tensorboard',
			'tensorflow',
			'pytorch',
			'scikit-learn',
			'jax',
			'custom-training',
			'gke',
			'cloud-tpu',
			'cloud-gpus',
			'horovod',
			'inference',
			'xgboost',
			'model-registry',
			'mlflow',
			'cloud-build',
			'cloud-run',
			'pipelines',
			'managed-airflow',
			'jenkins',
			'ml-metadata',
			'model-monitoring',
			'explainable-ai',
			'sensitive-data-protection',
		]) {
			expect(ids, `missing product ${id}`).toContain(id);
		}
	});

	it('record the renames the content standard requires', () => {
		const former = (id: string) => products.find((p) => p.id === id)?.formerNames.map((f) => f.name) ?? [];
		expect(former('vertex-ai')).toContain('Vertex AI');
		expect(former('managed-airflow')).toContain('Cloud Composer');
		expect(former('sensitive-data-protection').join(' ')).toMatch(/Cloud DLP/);
		expect(former('pipelines')).toContain('Vertex AI Pipelines');
		expect(products.find((p) => p.id === 'managed-airflow')?.name).toBe('Managed Service for Apache Airflow');
	});

	it('reject a malformed product', () => {
		expect(() => productSchema.parse({ id: 'Bad ID', name: 'x', category: 'data', docs: 'ftp://x' })).toThrow();
	});
});

describe('official resources (src/data/exam.ts)', async () => {
	const { officialResourceGroups, officialResources, officialResource, examFormat } =
		await import('../../src/data/exam');
	const { officialResourcesSchema } = await import('../../src/schemas/registry');
	const item = {
		id: 'fee',
		group: 'registration',
		label: 'Fee',
		value: 'USD 200',
		source: 'Certification page',
		url: 'https://cloud.google.com/learn/certification/machine-learning-engineer',
		checked: '2026-11-30',
	};
	const messages = (data: unknown) => {
		const result = officialResourcesSchema.safeParse(data);
		return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
	};

	it('covers the exam guides, sample questions, learning path, registration, format, price, languages, retakes and renewal', () => {
		const ids = officialResources.map((r) => r.id);
		for (const id of [
			'exam-guide-2026',
			'exam-guide-2024',
			'sample-questions',
			'learning-path',
			'registration',
			'length',
			'questions',
			'fee',
			'languages',
			'retakes',
			'validity',
			'renewal',
		])
			expect(ids).toContain(id);
		for (const group of Object.keys(officialResourceGroups))
			expect(officialResources.some((r) => r.group === group)).toBe(true);
	});

	it('words the exam format from the numbers the mock exam uses', () => {
		expect(officialResource('length').value).toBe(`${examFormat.minutes / 60} hours`);
		expect(officialResource('questions').value).toMatch(
			new RegExp(`^${examFormat.minQuestions}–${examFormat.maxQuestions} `)
		);
		expect(() => officialResource('no-such-item')).toThrow(/Unknown official resource "no-such-item"/);
	});

	it('accepts an item without a value (the page then points at the official page)', () => {
		const { value: _omitted, ...pointer } = item;
		expect(messages([item, { ...pointer, id: 'languages' }])).toEqual([]);
	});

	it('rejects a source off Google, a checked date in the future and a duplicate ID', () => {
		expect(messages([{ ...item, url: 'https://exam-dumps.example.com/pmle' }])).toEqual([
			'0.url: Official resource URL "https://exam-dumps.example.com/pmle" is not an https:// page on an official Google host. Allowed hosts: cloud.google.com, docs.cloud.google.com, www.cloudskillsboost.google, cloudskillsboost.google, developers.google.com, github.com/GoogleCloudPlatform/…, support.google.com.',
		]);
		expect(messages([{ ...item, checked: '2999-01-01' }])).toEqual([
			'0.checked: Checked date "2999-01-01" is in the future. Use the day you checked the page.',
		]);
		expect(messages([{ ...item, checked: '30 Nov' }])[0]).toMatch(/^0\.checked: Write dates as YYYY-MM-DD/);
		expect(messages([item, item])).toEqual(['1.id: Duplicate official resource ID "fee".']);
	});
});
