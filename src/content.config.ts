import { defineCollection } from 'astro:content';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { checkStudyPage, pageFields } from './schemas/frontmatter';
import { questionSchema } from './schemas/question';
import { questionsLoader } from './loaders/questions';

export const collections = {
	docs: defineCollection({
		loader: docsLoader(),
		schema: (context) => docsSchema({ extend: pageFields })(context).superRefine(checkStudyPage),
	}),
	i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
	questions: defineCollection({
		loader: questionsLoader(),
		schema: questionSchema,
	}),
};
