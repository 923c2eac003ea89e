/**
 * Every built page is valid HTML under the committed configuration
 * (.htmlvalidate.mjs): zero errors.
 */
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate, formatterFactory } from 'html-validate';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, distDir, htmlFiles } from '../support/dist';

let files: string[] = [];
beforeAll(async () => {
	assertBuilt();
	files = await htmlFiles();
});

describe('valid HTML', () => {
	it('every built page passes html-validate with zero errors', async () => {
		const validator = new HtmlValidate(new FileSystemConfigLoader());
		const results = [];
		for (const file of files) {
			const report = await validator.validateFile(join(distDir, file));
			if (!report.valid) results.push(...report.results);
		}
		const text = formatterFactory('text')(results);
		expect(files.length).toBeGreaterThan(50);
		expect(
			results.reduce((n, r) => n + r.errorCount, 0),
			`HTML validation errors:\n${text}`
		).toBe(0);
	});
});
