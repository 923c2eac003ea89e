/**
 * Exam format facts for the home page (2024-10 guide; checked against the
 * official certification page and several public sources, see ../shared/exam-guide.md).
 */
export const examFacts = {
	officialGuideUrl: 'https://cloud.google.com/learn/certification/machine-learning-engineer',
	duration: '2 hours',
	questions: '50–60 multiple-choice and multiple-select questions',
	caseStudies: 'None',
	fee: 'USD 200 (plus tax where applicable)',
	delivery: 'Online-proctored, or on site at a test center',
	prerequisites:
		'None. Recommended: 3+ years of industry experience, including 1+ year designing and managing solutions on Google Cloud',
	validity: 'Two years; recertify by retaking the exam, from 60 days before expiry',
	coding: 'Not assessed directly; basic Python and SQL let you read the snippets that appear',
} as const;
