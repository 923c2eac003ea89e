/**
 * What a candidate needs from Google itself: the exam's format and policies and
 * the official preparation material, each with the official page that states it
 * and the day it was last checked there. The home page's exam table and the
 * Official resources page render from this list; nothing is restated in pages.
 *
 * Checking rules: a value is written only when Google's own page states it. When
 * Google's pages disagree or could not be read (exam languages, cancellation
 * deadlines, how recertification works today), the item has no `value` and the
 * page says "See the official page". `checked` is the day the value was last
 * confirmed on that page: 2026-11-27 for the format facts from the first check of
 * the certification page, 2026-11-30 for the rest.
 */
import { officialResourcesSchema, type OfficialResource, type OfficialResourceGroup } from '../schemas/registry';
import { examFormat } from './exam-format';

export { examFormat };

const certificationPage = {
	source: 'Professional Machine Learning Engineer certification',
	url: 'https://cloud.google.com/learn/certification/machine-learning-engineer',
};
const faq = {
	source: 'Google Cloud Certification FAQs',
	url: 'https://support.google.com/cloud-certification/answer/9438208',
};

export const officialResources: readonly OfficialResource[] = officialResourcesSchema.parse([
	// Exam guide and format
	{
		id: 'certification-page',
		group: 'exam',
		label: 'Certification page',
		value:
			"Google's page for this exam: the role it certifies, the format, the fee, the current exam guides and the Register button. Start here and come back before you book.",
		...certificationPage,
		checked: '2026-11-30',
	},
	{
		id: 'exam-guide-2026',
		group: 'exam',
		label: 'Exam guide, June 2026',
		value:
			'The English exam follows a new guide since 1 June 2026. It reflects the move from Vertex AI to Gemini Enterprise Agent Platform and other data product changes. Open it from the certification page.',
		...certificationPage,
		checked: '2026-11-30',
	},
	{
		id: 'exam-guide-2024',
		group: 'exam',
		label: 'Exam guide, October 2024',
		value:
			'The guide this site is organized by (six sections, 16 sub-objectives). If you sit the exam in a language other than English, check on the certification page which guide applies to it.',
		source: 'Professional Machine Learning Engineer certification exam guide',
		url: 'https://cloud.google.com/learn/certification/guides/machine-learning-engineer',
		checked: '2026-11-30',
	},
	{
		id: 'length',
		group: 'exam',
		label: 'Length',
		value: `${examFormat.minutes / 60} hours`,
		...certificationPage,
		checked: '2026-11-27',
	},
	{
		id: 'questions',
		group: 'exam',
		label: 'Questions',
		value: `${examFormat.minQuestions}–${examFormat.maxQuestions} multiple-choice and multiple-select questions`,
		...certificationPage,
		checked: '2026-11-27',
	},
	{
		id: 'case-studies',
		group: 'exam',
		label: 'Case studies',
		value: 'None',
		...certificationPage,
		checked: '2026-11-27',
	},
	{
		id: 'languages',
		group: 'exam',
		label: 'Languages',
		...certificationPage,
		checked: '2026-11-30',
	},
	{
		id: 'coding',
		group: 'exam',
		label: 'Coding',
		value:
			'Not assessed directly; a minimum proficiency in Python and SQL lets you read the code snippets that appear in questions',
		...certificationPage,
		checked: '2026-11-30',
	},
	{
		id: 'prerequisites',
		group: 'exam',
		label: 'Prerequisites',
		value: 'None',
		...faq,
		checked: '2026-11-30',
	},
	{
		id: 'recommended-experience',
		group: 'exam',
		label: 'Recommended experience',
		value: '3+ years of industry experience, including 1+ year designing and managing solutions on Google Cloud',
		...certificationPage,
		checked: '2026-11-27',
	},
	// Registration and policies
	{
		id: 'fee',
		group: 'registration',
		label: 'Fee',
		value: 'USD 200 (plus tax where applicable)',
		...certificationPage,
		checked: '2026-11-27',
	},
	{
		id: 'registration',
		group: 'registration',
		label: 'How to register',
		value:
			'Use Register on the certification page, then choose online or test-center delivery, a date and a time. The legal name on your booking must match your government-issued photo ID, or you cannot sit the exam and lose the fee.',
		source: 'Registration and Scheduling (Google Cloud Certification Help)',
		url: 'https://support.google.com/cloud-certification/answer/9907651',
		checked: '2026-11-30',
	},
	{
		id: 'delivery',
		group: 'registration',
		label: 'Delivery',
		value: 'Online-proctored from your home or office, or onsite at a test center',
		source: 'Registration and Scheduling (Google Cloud Certification Help)',
		url: 'https://support.google.com/cloud-certification/answer/9907651',
		checked: '2026-11-30',
	},
	{
		id: 'eligibility',
		group: 'registration',
		label: 'Who can sit it',
		value: 'Anyone aged 18 or over',
		...faq,
		checked: '2026-11-30',
	},
	{
		id: 'cancellation',
		group: 'registration',
		label: 'Cancelling, rescheduling, no-shows',
		source: 'Important Program Policies (Google Cloud Certification Help)',
		url: 'https://support.google.com/cloud-certification/answer/10220719',
		checked: '2026-11-30',
	},
	{
		id: 'retakes',
		group: 'registration',
		label: 'Retakes',
		value:
			'After a failed attempt you wait 14 days before the next one; after a second failure, 60 days. You pay for every attempt, and attempts in any language or delivery method count. For later waits and any limit on attempts, see the official policy.',
		source: 'Retake Policy (Google Cloud Certification Help)',
		url: 'https://support.google.com/cloud-certification/answer/9749448',
		checked: '2026-11-30',
	},
	{
		id: 'validity',
		group: 'registration',
		label: 'Validity',
		value: 'Two years from the day you certify',
		...faq,
		checked: '2026-11-30',
	},
	{
		id: 'renewal',
		group: 'registration',
		label: 'Renewal',
		value:
			'To keep the certification you must recertify before it expires. When you can recertify and what you take: see the official page.',
		source: 'Recertification (Google Cloud Certification Help)',
		url: 'https://support.google.com/cloud-certification/answer/9907853',
		checked: '2026-11-30',
	},
	// Official preparation
	{
		id: 'sample-questions',
		group: 'preparation',
		label: 'Sample questions',
		value: "Google's own sample questions for this exam, to get used to the style of the real ones.",
		source: 'Professional Machine Learning Engineer sample questions',
		url: 'https://cloud.google.com/certification/practice-exam/machine-learning-engineer',
		checked: '2026-11-30',
	},
	{
		id: 'learning-path',
		group: 'preparation',
		label: 'Learning path and labs',
		value:
			"Google's Machine Learning Engineer learning path on Google Cloud Skills Boost: on-demand courses with hands-on labs.",
		source: 'Machine Learning Engineer learning path (Google Cloud Skills Boost)',
		url: 'https://www.cloudskillsboost.google/paths/17',
		checked: '2026-11-30',
	},
	{
		id: 'vertex-ai-samples',
		group: 'preparation',
		label: 'Sample notebooks',
		value:
			'Official notebooks for training, serving, pipelines, Feature Store, Experiments and Model Monitoring. They run in your own Google Cloud project, which is billed for what they create.',
		source: 'GoogleCloudPlatform/vertex-ai-samples (official notebooks)',
		url: 'https://github.com/GoogleCloudPlatform/vertex-ai-samples',
		checked: '2026-11-30',
	},
	{
		id: 'generative-ai-samples',
		group: 'preparation',
		label: 'Generative AI notebooks',
		value: 'Official notebooks for Gemini, RAG Engine, tuning and the Gen AI evaluation service.',
		source: 'GoogleCloudPlatform/generative-ai (official notebooks)',
		url: 'https://github.com/GoogleCloudPlatform/generative-ai',
		checked: '2026-11-30',
	},
]);

/** The groups of the Official resources page, in order, with their headings' words. */
export const officialResourceGroups: Record<OfficialResourceGroup, string> = {
	exam: 'Exam guide and format',
	registration: 'Registration and policies',
	preparation: 'Official preparation',
};

/** One resource by ID; throws so that a typo in a component fails the build. */
export function officialResource(id: string): OfficialResource {
	const item = officialResources.find((resource) => resource.id === id);
	if (!item)
		throw new Error(`Unknown official resource "${id}". IDs: ${officialResources.map((r) => r.id).join(', ')}.`);
	return item;
}
