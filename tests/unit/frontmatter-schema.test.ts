import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { pageFields } from '../../src/schemas/frontmatter';

/** The page schema as content.config.ts passes it to Starlight, minus Starlight's own fields. */
const schema = pageFields;

const valid = {
	kind: 'study',
	objectives: ['1.1'],
	considerations: ['1.1.1', '1.1.2', '1.1.3'],
	products: ['bigquery-ml'],
	lastReviewed: '2026-11-01',
	sources: [
		{ title: 'Introduction to BigQuery ML', url: 'https://docs.cloud.google.com/bigquery/docs/bqml-introduction' },
	],
};

function messages(data: unknown): string[] {
	const result = schema.safeParse(data);
	if (result.success) return [];
	return result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('page frontmatter', () => {
	it('accepts a valid study page', () => {
		expect(messages(valid)).toEqual([]);
		const parsed = schema.parse(valid);
		expect(parsed.kind === 'study' && parsed.lastReviewed).toBeInstanceOf(Date);
	});

	it('accepts a plain page without exam fields', () => {
		expect(messages({})).toEqual([]);
		expect(schema.parse({}).kind).toBe('page');
	});

	it('rejects an unknown objective ID, naming it and what is allowed', () => {
		const [message] = messages({ ...valid, objectives: ['9.9'] });
		expect(message).toMatch(/^objectives\.0: Unknown objective ID "9\.9"\. Allowed .*"1\.1", "1\.2"/);
	});

	it('rejects an unknown consideration ID', () => {
		expect(messages({ ...valid, considerations: ['1.1.9'] })[0]).toMatch(
			/considerations\.0: Unknown consideration ID "1\.1\.9"/
		);
	});

	it('rejects a consideration of an objective the page does not list', () => {
		expect(messages({ ...valid, considerations: ['1.2.1'] })[0]).toMatch(
			/belongs to objective "1\.2", which is not in this page's `objectives`/
		);
	});

	it('rejects an unknown product ID and points at the registry', () => {
		expect(messages({ ...valid, products: ['cloud-magic'] })[0]).toMatch(
			/products\.0: Unknown product ID "cloud-magic"\. Use an `id` from src\/data\/products\.ts/
		);
	});

	it.each(['objectives', 'considerations', 'products', 'sources'] as const)(
		'requires at least one entry in %s on study pages',
		(field) => {
			const { [field]: _omitted, ...rest } = valid;
			const expected = new RegExp(`^${field}: Study pages \\(kind: study\\) need at least one entry in \`${field}\``);
			expect(messages(rest)).toContainEqual(expect.stringMatching(expected));
			expect(messages({ ...valid, [field]: [] })).toContainEqual(expect.stringMatching(expected));
		}
	);

	it('requires lastReviewed on study pages', () => {
		const { lastReviewed: _omitted, ...rest } = valid;
		expect(messages(rest)[0]).toMatch(/^lastReviewed: /);
	});

	it('does not ask study pages for facts the registry holds (June 2026 mapping, section)', () => {
		const parsed = schema.parse({ ...valid, blueprint2026: ['9.9'], section: '7' });
		expect(parsed).not.toHaveProperty('blueprint2026');
		expect(parsed).not.toHaveProperty('section');
	});

	it('rejects a malformed source URL, naming the value', () => {
		const data = { ...valid, sources: [{ title: 'Docs', url: 'docs.cloud.google.com/bigquery' }] };
		expect(messages(data)[0]).toMatch(
			/^sources\.0\.url: Source URL "docs\.cloud\.google\.com\/bigquery" is not a valid absolute https:\/\/ URL/
		);
	});

	it('rejects a plain-http source URL', () => {
		expect(messages({ ...valid, sources: [{ title: 'Docs', url: 'http://example.com/' }] })[0]).toMatch(
			/sources\.0\.url/
		);
	});

	it('accepts hands-on links to official Google labs, tutorials and notebooks', () => {
		const handsOn = [
			{
				title: 'Train a model with BigQuery ML',
				url: 'https://docs.cloud.google.com/bigquery/docs/create-machine-learning-model',
			},
			{
				title: 'Get started with BigQuery ML training',
				url: 'https://github.com/GoogleCloudPlatform/vertex-ai-samples/blob/main/notebooks/official/bigquery_ml/get_started_with_bqml_training.ipynb',
			},
			{ title: 'Machine Learning Engineer learning path', url: 'https://www.cloudskillsboost.google/paths/17' },
		];
		expect(messages({ ...valid, handsOn })).toEqual([]);
		expect(messages(valid)).toEqual([]); // optional
	});

	it.each([
		['another domain', 'https://example.com/bqml-lab'],
		['a look-alike host', 'https://cloud.google.com.example.net/lab'],
		['GitHub outside GoogleCloudPlatform', 'https://github.com/someone/vertex-ai-samples/blob/main/lab.ipynb'],
		['plain http', 'http://cloud.google.com/bigquery/docs'],
	])('rejects a hands-on URL on %s, naming the field, the value and the allowed hosts', (_case, url) => {
		const [message] = messages({ ...valid, handsOn: [{ title: 'A lab', url }] });
		expect(message).toBe(
			`handsOn.0.url: Hands-on URL ${JSON.stringify(url)} is not an https:// page on an official Google host. Allowed hosts: cloud.google.com, docs.cloud.google.com, www.cloudskillsboost.google, cloudskillsboost.google, developers.google.com, github.com/GoogleCloudPlatform/….`
		);
	});

	it('rejects an empty hands-on list, an entry without a title and more than four entries', () => {
		expect(messages({ ...valid, handsOn: [] })).toEqual([
			'handsOn: Leave `handsOn` out instead of giving an empty list.',
		]);
		expect(messages({ ...valid, handsOn: [{ url: 'https://cloud.google.com/a' }] })[0]).toMatch(
			/^handsOn\.0\.title: Each hands-on entry needs a `title`/
		);
		const five = Array.from({ length: 5 }, (_, i) => ({ title: `Lab ${i}`, url: 'https://cloud.google.com/a' }));
		expect(messages({ ...valid, handsOn: five })).toEqual([
			'handsOn: Keep Hands-on short: at most 4 entries, the most useful first.',
		]);
	});

	it('rejects a malformed date', () => {
		expect(messages({ ...valid, lastReviewed: 'last Tuesday' })[0]).toMatch(
			/^lastReviewed: Invalid date "last Tuesday"\. Write the date as YYYY-MM-DD/
		);
	});

	it('rejects a review date in the future', () => {
		expect(messages({ ...valid, lastReviewed: '2999-01-01' })[0]).toMatch(/lastReviewed: .*is in the future/);
	});

	it('rejects an unknown kind and lists the allowed ones', () => {
		expect(messages({ kind: 'lesson' })[0]).toMatch(/kind: Invalid kind "lesson"\. Allowed: "study"/);
	});

	it('requires the section on overview pages and checks their title against the registry', () => {
		expect(messages({ kind: 'overview', title: 'Section 1' })[0]).toMatch(/^section: Invalid section undefined/);
		expect(messages({ kind: 'overview', section: '1', title: 'Section 1: Low code' })[0]).toMatch(
			/^title: The title of the section 1 overview is "Section 1: Low code", but the registry .* names it "Section 1: Architecting low-code AI solutions"/
		);
		expect(
			messages({ kind: 'overview', section: '1', title: 'Section 1: Architecting low-code AI solutions' })
		).toEqual([]);
	});

	it('narrows the type by kind', () => {
		const parsed = schema.parse({
			kind: 'overview',
			section: '2',
			title: 'Section 2: Collaborating within and across teams to manage data and models',
		});
		expect(parsed.kind === 'overview' && parsed.section).toBe('2');
	});

	it('rejects study pages that span sections', () => {
		const data = { ...valid, objectives: ['1.1', '2.1'], considerations: ['1.1.1'] };
		expect(messages(data)).toContainEqual(expect.stringMatching(/span sections 1 and 2/));
	});

	it('is a zod union of objects, which Starlight merges into docsSchema', () => {
		expect(pageFields).toBeInstanceOf(z.ZodUnion);
		for (const option of pageFields.options) expect(option).toBeInstanceOf(z.ZodObject);
	});
});
