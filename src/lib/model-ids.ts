/**
 * Finds generative model IDs in code and question text and checks them against
 * the model registry: an ID the registry does not know, or one retired on the
 * given day, is a problem with a message that names a current replacement.
 * Prose may mention retired models as history; callers pass only code, stems
 * and options.
 */
import type { Model } from '../schemas/registry';

/** Gemini, Imagen, Veo and embedding model IDs, not inside a URL path. */
const modelIdPattern =
	/(?<![\w/.@-])(?:gemini-(?:embedding-\d+|\d[\w.-]*)|imagen-\d[\w.-]*|veo-\d[\w.-]*|text-(?:multilingual-)?embedding-\d+)/g;

/** The distinct model IDs in a text, in order of appearance. */
export function findModelIds(text: string): string[] {
	const ids = [...text.matchAll(modelIdPattern)].map((m) => m[0].replace(/[.-]+$/, ''));
	return [...new Set(ids)];
}

/** The newest generally available Gemini model of the registry: the default suggestion. */
export function currentGemini(registry: readonly Model[]): Model | undefined {
	return registry
		.filter((m) => m.family === 'gemini' && m.status === 'ga' && m.released && !/image/.test(m.id))
		.sort((a, b) => b.released!.localeCompare(a.released!))[0];
}

/** Why a model ID may not be used on `today`, or undefined when it may. */
export function modelIdProblem(id: string, registry: readonly Model[], today: Date): string | undefined {
	const model = registry.find((m) => m.id === id);
	if (!model) {
		const suggestion = currentGemini(registry)?.id;
		return `model ID "${id}" is not in the model registry (src/data/models.ts). Add it there with its dates from the official model versions page, or use a current model${suggestion ? ` such as "${suggestion}"` : ''}.`;
	}
	const day = today.toISOString().slice(0, 10);
	if (model.retired && model.retired <= day) {
		return `model ID "${id}" was retired on ${model.retired} (src/data/models.ts): a reader who copies it gets an error. Use "${model.replacement ?? currentGemini(registry)?.id}" instead.`;
	}
	return undefined;
}

/** Every problem with the model IDs in a text. */
export function modelIdProblems(text: string, registry: readonly Model[], today: Date): string[] {
	return findModelIds(text).flatMap((id) => modelIdProblem(id, registry, today) ?? []);
}
