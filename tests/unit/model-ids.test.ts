import { describe, expect, it } from 'vitest';
import { createMarkdownProcessor, markdownConfigDefaults } from '@astrojs/markdown-remark';
import { models } from '../../src/data/models';
import { currentGemini, findModelIds, modelIdProblem, modelIdProblems } from '../../src/lib/model-ids';
import { remarkModelIds } from '../../src/plugins/remark-model-ids';
import { questionSchema } from '../../src/schemas/question';
import { option, source } from '../support/question-fixtures';

const day = new Date('2026-11-30T12:00:00Z');

describe('model IDs', () => {
	it('finds Gemini, Imagen, Veo and embedding IDs, but not URL slugs', () => {
		const code = [
			'client.models.generate_content(model="gemini-3.8-flash", contents=prompt)',
			"OPTIONS (endpoint => 'gemini-2.5-flash-lite')",
			'veo-3.1-generate-001 and gemini-embedding-001 and text-embedding-005.',
			'# see https://docs.cloud.google.com/.../guides/gemini-3-8-flash',
		].join('\n');
		expect(findModelIds(code)).toEqual([
			'gemini-3.8-flash',
			'gemini-2.5-flash-lite',
			'veo-3.1-generate-001',
			'gemini-embedding-001',
			'text-embedding-005',
		]);
	});

	it('accepts current models and names a replacement for retired and unknown ones', () => {
		expect(modelIdProblem('gemini-3.8-flash', models, day)).toBeUndefined();
		expect(modelIdProblem('gemini-2.5-flash', models, day)).toMatch(
			/^model ID "gemini-2\.5-flash" was retired on 2026-10-20 \(src\/data\/models\.ts\).*Use "gemini-3\.8-flash" instead\.$/
		);
		expect(modelIdProblem('gemini-9.9-ultra', models, day)).toMatch(
			/^model ID "gemini-9\.9-ultra" is not in the model registry \(src\/data\/models\.ts\).*such as "gemini-4-argon"/
		);
	});

	it('lets a model retire on its date and not before', () => {
		expect(modelIdProblem('gemini-2.5-pro', models, new Date('2026-10-19T12:00:00Z'))).toBeUndefined();
		expect(modelIdProblem('gemini-2.5-pro', models, new Date('2026-10-20T12:00:00Z'))).toMatch(/was retired/);
	});

	it('suggests the newest GA Gemini model', () => {
		expect(currentGemini(models)?.id).toBe('gemini-4-argon');
		expect(modelIdProblems('no models here', models, day)).toEqual([]);
	});

	it('fails the build on a retired ID in a code block, naming file, line and replacement; prose may mention it', async () => {
		const processor = await createMarkdownProcessor({
			...markdownConfigDefaults,
			syntaxHighlight: false,
			remarkPlugins: [[remarkModelIds, { today: day }]] as never,
		});
		const fileURL = new URL('file:///project/src/content/docs/section-1/page.mdx');
		await expect(
			processor.render(
				'Gemini 2.5 models (`gemini-2.5-flash`) were shut down.\n\n```python\nmodel = "gemini-3.8-flash"\n```',
				{
					fileURL,
				}
			)
		).resolves.toBeTruthy();
		await expect(
			processor.render('Text.\n\n```sql\nSELECT 1;\n-- endpoint => "gemini-2.5-flash"\n```', { fileURL })
		).rejects.toThrow(/page\.mdx: line 3: a code sample's model ID "gemini-2\.5-flash" was retired on 2026-10-20/);
	});

	it('rejects a retired ID in a question stem or option', () => {
		const bad = {
			id: 'model-id-fixture',
			objective: '1.1',
			consideration: '1.1.1',
			difficulty: 2,
			stem: 'A fixture scenario long enough for the schema. Which model should the team tune?',
			options: [
				option('Tune gemini-3.5-flash.', true),
				option('Tune gemini-2.5-flash-lite.'),
				option('C'),
				option('D'),
			],
			explanation: 'The fixture explanation.',
			sources: [source],
		};
		const result = questionSchema.safeParse(bad);
		expect(result.success).toBe(false);
		expect(result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toContainEqual(
			expect.stringMatching(
				/^options\.1\.text: Question ".*": option 2's model ID "gemini-2\.5-flash-lite" was retired.*"gemini-3\.5-flash-lite"/
			)
		);
	});
});
