import { describe, expect, it } from 'vitest';
import { ankiField, ankiFile, ankiHeader, ankiTags } from '../../src/lib/flashcards/anki';
import { renderCard, sortCards } from '../../src/lib/flashcards/deck';
import type { Flashcard } from '../../src/schemas/flashcard';

const card = (id: string, objective: string, overrides: Partial<Flashcard> = {}): Flashcard => ({
	id,
	objective,
	consideration: `${objective}.1`,
	front: 'Which BigQuery ML function returns recommendations?',
	back: '`ML.RECOMMEND`, for *matrix factorization* models.',
	source: { title: 'The "ML.RECOMMEND" function', url: 'https://docs.cloud.google.com/bigquery/docs/x?a=1&b=2' },
	...overrides,
});

describe('Anki export', () => {
	it('writes the header lines Anki reads: separator, HTML, note type, deck, GUID and tags columns', () => {
		expect(ankiHeader('PMLE study guide::Section 1')).toEqual([
			'#separator:tab',
			'#html:true',
			'#notetype:Basic',
			'#deck:PMLE study guide::Section 1',
			'#guid column:1',
			'#tags column:4',
			'#columns:guid\tFront\tBack\ttags',
		]);
	});

	it('escapes tabs and line breaks, and quotes fields holding a double quote', () => {
		expect(ankiField('a\tb\nc\r\nd')).toBe('a b<br>c<br>d');
		expect(ankiField('<a href="x">y</a>')).toBe('"<a href=""x"">y</a>"');
		expect(ankiField('plain')).toBe('plain');
	});

	it('tags each note with its section and objective', () => {
		expect(ankiTags({ objective: '3.2' })).toBe('pmle::section-3 pmle::objective-3.2');
	});

	it('writes one note per card: the card ID first (the GUID), front and back as HTML, tags last', () => {
		const cards = sortCards([
			card('second-card', '2.1', { why: 'A trap:\tthe tab must go.' }),
			card('first-card', '1.1'),
		]).map(renderCard);
		const text = ankiFile(cards, 'PMLE study guide');
		const lines = text.split('\n');
		expect(text.endsWith('\n')).toBe(true);
		expect(lines.slice(0, 7).every((l) => l.startsWith('#'))).toBe(true);
		const notes = lines.slice(7, -1).map((l) => l.split('\t'));
		expect(notes.map((n) => n[0])).toEqual(['first-card', 'second-card']);
		for (const note of notes) expect(note).toHaveLength(4);
		expect(notes[0]![1]).toBe('Which BigQuery ML function returns recommendations?');
		expect(notes[0]![2]).toBe(
			"<code>ML.RECOMMEND</code>, for <em>matrix factorization</em> models.<br><br><small>Source: <a href='https://docs.cloud.google.com/bigquery/docs/x?a=1&amp;b=2'>The &quot;ML.RECOMMEND&quot; function</a></small>"
		);
		expect(notes[1]![2]).toContain('<i>Why it matters:</i> A trap: the tab must go.');
		expect(notes[1]![3]).toBe('pmle::section-2 pmle::objective-2.1');
		// Stable: the same cards give the same file.
		expect(ankiFile(cards, 'PMLE study guide')).toBe(text);
	});
});
