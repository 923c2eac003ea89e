/**
 * Exam format facts for the home page (2024-10 guide), checked against the
 * official certification page, https://cloud.google.com/learn/certification/machine-learning-engineer,
 * and its exam guide, https://cloud.google.com/learn/certification/guides/machine-learning-engineer.
 * This module has no imports, so practice scripts in the browser can use it too.
 */

/** The real exam's length and size, in numbers: the mock exam derives its defaults from these. */
export const examFormat = { minutes: 120, minQuestions: 50, maxQuestions: 60 } as const;

export const examFacts = {
	officialGuideUrl: 'https://cloud.google.com/learn/certification/machine-learning-engineer',
	duration: `${examFormat.minutes / 60} hours`,
	questions: `${examFormat.minQuestions}–${examFormat.maxQuestions} multiple-choice and multiple-select questions`,
	caseStudies: 'None',
	fee: 'USD 200 (plus tax where applicable)',
	delivery: 'Online-proctored, or on site at a test center',
	prerequisites:
		'None. Recommended: 3+ years of industry experience, including 1+ year designing and managing solutions on Google Cloud',
	validity: 'Two years; recertify by retaking the exam, from 60 days before expiry',
	coding: 'Not assessed directly; basic Python and SQL let you read the snippets that appear',
} as const;
