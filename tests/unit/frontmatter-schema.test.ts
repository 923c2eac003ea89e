import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { checkStudyPage, pageFields } from '../../src/schemas/frontmatter';

/** The page schema as content.config.ts assembles it, minus Starlight's own fields. */
const schema = pageFields.superRefine(checkStudyPage);

const valid = {
	kind: 'study',
	objectives: ['1.1'],
	considerations: ['1.1.1', '1.1.2', '1.1.3'],
	products: ['bigquery-ml'],
	blueprint2026: ['1.1'],
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
		expect(schema.parse(valid).lastReviewed).toBeInstanceOf(Date);
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

	it('rejects an unknown June 2026 objective', () => {
		expect(messages({ ...valid, blueprint2026: ['1.3'] })[0]).toMatch(
			/blueprint2026\.0: Unknown June 2026 objective ID "1\.3"/
		);
	});

	it.each(['objectives', 'considerations', 'products', 'blueprint2026', 'lastReviewed', 'sources'] as const)(
		'requires %s on study pages',
		(field) => {
			const { [field]: _omitted, ...rest } = valid;
			expect(messages(rest)).toContainEqual(
				expect.stringMatching(new RegExp(`^${field}: Study pages \\(kind: study\\) need \`${field}\``))
			);
		}
	);

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

	it('requires the section on overview pages', () => {
		expect(messages({ kind: 'overview' })[0]).toMatch(/^section: Overview pages need `section`/);
	});

	it('rejects study pages that span sections', () => {
		const data = { ...valid, objectives: ['1.1', '2.1'], considerations: ['1.1.1'] };
		expect(messages(data)).toContainEqual(expect.stringMatching(/span sections 1 and 2/));
	});

	it('is a zod object so Starlight can merge it into docsSchema', () => {
		expect(pageFields).toBeInstanceOf(z.ZodObject);
	});
});
