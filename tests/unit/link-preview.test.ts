/** What a link preview says about a page (src/lib/link-preview.ts). */
import { describe, expect, it } from 'vitest';
import {
	previewAlt,
	previewImagePath,
	previewImageTags,
	previewLines,
	previewText,
	previewTitleSize,
	siteName,
} from '../../src/lib/link-preview';
import { entryIdOfPath, entryPath } from '../../src/lib/urls';
import type { PreviewFields } from '../../src/lib/link-preview';

const study = {
	kind: 'study',
	title: 'Training hardware',
	objectives: ['3.2', '3.3'],
} as unknown as PreviewFields;

describe('link previews', () => {
	it('name a study page’s section by the registry’s title, and its objectives', () => {
		const text = previewText(study);
		expect(text).toEqual({
			title: 'Training hardware',
			section: 'Section 3 · Scaling prototypes into ML models',
			objectives: 'Objectives 3.2, 3.3',
		});
		expect(previewLines(text)).toEqual([text.section, text.objectives, siteName]);
		expect(previewAlt(text)).toBe(
			'Training hardware — Section 3 · Scaling prototypes into ML models — Objectives 3.2, 3.3 — PMLE Study Guide'
		);
	});

	it('list every objective of a section on its overview, and only the title and site elsewhere', () => {
		const overview = previewText({ kind: 'overview', section: '1', title: 'Section 1: x' } as PreviewFields);
		expect(overview).toEqual({ title: 'Section 1: x', objectives: 'Objectives 1.1, 1.2, 1.3' });
		expect(previewLines(previewText({ kind: 'page', title: 'Home' } as PreviewFields))).toEqual([siteName]);
	});

	it('keep long titles on the image with a smaller size', () => {
		expect(previewTitleSize('x'.repeat(116))).toBe(60);
		expect(previewTitleSize('x'.repeat(150))).toBeLessThan(60);
	});

	it('put the image next to the page’s id, and find the page behind a permalink target', () => {
		expect(previewImagePath('section-1/bigquery-ml')).toBe('/og/section-1/bigquery-ml.png');
		expect(entryIdOfPath('/section-1/bigquery-ml/#feature-engineering')).toBe('section-1/bigquery-ml');
		expect(entryIdOfPath('/')).toBe('index');
		for (const id of ['index', 'section-2', 'section-2/some-page']) expect(entryIdOfPath(entryPath(id))).toBe(id);
	});

	it('declare the image, its size and its text', () => {
		const tags = previewImageTags('https://example.org/og/index.png', 'Alt');
		const byKey = Object.fromEntries(tags.map((t) => [t.attrs.property ?? t.attrs.name, t.attrs.content]));
		expect(byKey).toEqual({
			'og:image': 'https://example.org/og/index.png',
			'og:image:type': 'image/png',
			'og:image:width': '1200',
			'og:image:height': '630',
			'og:image:alt': 'Alt',
			'twitter:image:alt': 'Alt',
		});
	});
});
