import { defineCollection } from 'astro:content';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { pageFields } from './schemas/frontmatter';
import { questionSchema } from './schemas/question';
import { questionsLoader } from './loaders/questions';
import { flashcardSchema } from './schemas/flashcard';
import { flashcardsLoader } from './loaders/flashcards';

export const collections = {
	docs: defineCollection({
		loader: docsLoader(),
		schema: docsSchema({ extend: pageFields }),
	}),
	i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
	questions: defineCollection({
		loader: questionsLoader(),
		schema: questionSchema,
	}),
	flashcards: defineCollection({
		loader: flashcardsLoader(),
		schema: flashcardSchema,
	}),
};
