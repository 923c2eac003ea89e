/**
 * Bad content must stop the real build with a message that names the file, the
 * field, the bad value and what is allowed.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { buildFixture, removeFixture, type BuildResult } from '../support/fixture-build';

const results: BuildResult[] = [];
afterAll(async () => {
	await Promise.all(results.map(removeFixture));
});

async function build(files: Record<string, string>) {
	const result = await buildFixture(files);
	results.push(result);
	return result;
}

const studyPage = (frontmatter: string, body = '## Choosing a model [1.1.1]\n\nText.\n') => `---
title: Fixture page
description: A fixture page for the build tests.
kind: study
${frontmatter}
---
${body}`;

const validFields = `objectives: ['1.1']
considerations: ['1.1.1']
products: [bigquery-ml]
blueprint2026: ['1.1']
lastReviewed: 2026-11-01
sources:
  - title: Introduction to BigQuery ML
    url: https://docs.cloud.google.com/bigquery/docs/bqml-introduction`;

const question = (overrides: string) => `- id: fixture-question
  objective: '1.1'
  consideration: '1.1.1'
  difficulty: 1
  stem: A fixture scenario long enough to pass the minimum length of a stem. Which option fits?
  options:
    - { text: Option A, correct: true, why: Right for the fixture. }
    - { text: Option B, correct: false, why: Wrong for the fixture. }
    - { text: Option C, correct: false, why: Wrong for the fixture. }
    - { text: Option D, correct: false, why: Wrong for the fixture. }
  explanation: The fixture explanation of the answer.
  sources:
    - { title: BigQuery ML, url: 'https://docs.cloud.google.com/bigquery/docs/bqml-introduction' }
${overrides}`;

describe('the build fails loudly on bad input', () => {
	// One build per kind of bad input. Each schema and plugin rule has its own
	// unit test (tests/unit/frontmatter-schema, question-schema, plugins); these
	// builds prove that the real build stops and names the file, field and value.

	it('bad frontmatter: names the file, each field, its value and what is allowed', async () => {
		const fields = validFields
			.replace("objectives: ['1.1']", "objectives: ['9.9']")
			.replace('2026-11-01', 'soon')
			.replace('https://docs.cloud.google.com/bigquery/docs/bqml-introduction', 'not a url')
			.concat('\nhandsOn:\n  - title: A BigQuery ML lab\n    url: https://labs.example.com/bqml');
		const result = await build({ 'src/content/docs/fixture/bad-frontmatter.mdx': studyPage(fields) });
		expect(result.code).not.toBe(0);
		expect(result.output).toContain('src/content/docs/fixture/bad-frontmatter.mdx');
		expect(result.output).toContain('objectives.0: Unknown objective ID "9.9". Allowed');
		expect(result.output).toContain('lastReviewed: Invalid date "soon". Write the date as YYYY-MM-DD');
		expect(result.output).toContain('sources.0.url: Source URL "not a url" is not a valid absolute https:// URL');
		expect(result.output).toContain(
			'handsOn.0.url: Hands-on URL "https://labs.example.com/bqml" is not an https:// page on an official Google host. Allowed hosts: cloud.google.com, docs.cloud.google.com'
		);
	});

	it('a bad question file: names the file, the question and each problem, including a retired model ID', async () => {
		const result = await build({
			'src/content/questions/zz-fixture.yaml': question('')
				.replace('correct: true', 'correct: false')
				.replace('Option B', 'Tune gemini-2.5-flash'),
		});
		expect(result.code).not.toBe(0);
		expect(result.output).toContain('src/content/questions/zz-fixture.yaml');
		expect(result.output).toContain('Question "fixture-question" has no correct option');
		expect(result.output).toContain(
			`Question "fixture-question": option 2's model ID "gemini-2.5-flash" was retired on 2026-10-20`
		);
	});
});

describe('the build fails on bad flashcards', () => {
	// Content sync stops at the first collection that fails, so flashcards get
	// their own fixture; it fails within seconds, before any page renders.
	it('names the file, the card, each field, its value and what is allowed', async () => {
		const result = await build({
			'src/content/flashcards/1.2.yaml': `- id: fixture-card
  objective: '1.2'
  consideration: '1.1.1'
  front: 'Which BigQuery ML model type fits implicit feedback'
  back: 'Tune gemini-2.5-flash from SQL.'
  source: { title: A blog post, url: 'https://medium.com/fixture' }
`,
		});
		expect(result.code).not.toBe(0);
		expect(result.output).toContain('flashcards → fixture-card data does not match collection schema');
		expect(result.output).toContain('src/content/flashcards/1.2.yaml');
		expect(result.output).toContain(
			'consideration: Card "fixture-card": consideration "1.1.1" belongs to objective "1.1", not to the card\'s objective "1.2"'
		);
		expect(result.output).toContain(
			'front: Card "fixture-card": `front` must be one question or prompt ending with "?" or ":"'
		);
		expect(result.output).toContain(
			'source.url: Card source URL "https://medium.com/fixture" is not an https:// page on an official Google host. Allowed hosts: docs.cloud.google.com'
		);
		expect(result.output).toContain('back: Card "fixture-card": the back\'s model ID "gemini-2.5-flash" was retired');
	});

	it('a card filed under another objective: names the file, the card and the objective it must have', async () => {
		const result = await build({
			'src/content/flashcards/1.3.yaml': `- id: fixture-misfiled-card\n  objective: '1.2'\n`,
		});
		expect(result.code).not.toBe(0);
		expect(result.output).toContain(
			`src/content/flashcards/1.3.yaml: card "fixture-misfiled-card" has objective "1.2"; cards in 1.3.yaml must have objective '1.3'.`
		);
	});
});

describe('the build fails on broken internal links', () => {
	it('names the page and the link: a missing page, a missing heading, a link that ignores the base path', async () => {
		const result = await buildFixture(
			{
				'src/content/docs/fixture/links.mdx': `---\ntitle: Links fixture\ndescription: A page with broken links.\n---\nimport { LinkCard } from '@astrojs/starlight/components';\n\nSee [a missing page](/no-such-page/) and [a missing heading](/section-1/#no-such-heading).\n\n<LinkCard title="Component link" href="/pmle/section-9/" />\n\n<a href="/section-1/">Section 1</a>\n`,
			},
			{ BASE_PATH: '/pmle/' }
		);
		results.push(result);
		expect(result.code).not.toBe(0);
		expect(result.output).toContain('broken internal links in the built site');
		expect(result.output).toContain(
			'/pmle/fixture/links/ → /pmle/no-such-page/ (no built file no-such-page/index.html)'
		);
		expect(result.output).toContain(
			'/pmle/fixture/links/ → /pmle/section-1/#no-such-heading (no element with id "no-such-heading" on /pmle/section-1/)'
		);
		expect(result.output).toContain('/pmle/fixture/links/ → /pmle/section-9/ (no built file section-9/index.html)');
		expect(result.output).toContain('/pmle/fixture/links/ → /section-1/ (points outside the base path /pmle/)');
	});
});
