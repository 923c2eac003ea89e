import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { checkStudyPage, pageFields } from './schemas/frontmatter';
import { questionSchema } from './schemas/question';
import { questionsLoader } from './loaders/questions';

export const collections = {
	docs: defineCollection({
		loader: docsLoader(),
		schema: (context) => docsSchema({ extend: pageFields })(context).superRefine(checkStudyPage),
	}),
	questions: defineCollection({
		loader: questionsLoader(),
		schema: questionSchema,
	}),
};
